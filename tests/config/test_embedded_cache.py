"""The embedded default runs several processes (gunicorn's workers, the Celery worker) on one cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_BUMP = """
import django
django.setup()
from django.core.cache import cache
from briefs.page_cache import GENERATION_KEY
cache.set(GENERATION_KEY, 4242, timeout=None)
"""
_READ = """
import django
django.setup()
from django.core.cache import cache
from briefs.page_cache import GENERATION_KEY
print(cache.get(GENERATION_KEY))
"""


def _run(code: str, var_dir: Path) -> str:
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DATABASE_URL"}} | {
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "VAR_DIR": str(var_dir),
    }
    done = subprocess.run(  # noqa: S603 - this interpreter, with code written above
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_purge_in_one_process_of_the_embedded_default_reaches_the_others(tmp_path):
    # One process bumps the generation that retires every cached reader page (as a publication does);
    # another, started apart, must see it, or it serves the page from before the publication.
    _run(_BUMP, tmp_path)

    assert _run(_READ, tmp_path) == "4242"

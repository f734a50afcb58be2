"""API settings: the browsable API is off in production, and bad limits stop start-up."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from briefs.api import filters
from briefs.services import claims
from tests.conftest import REPO

PRINT_API_SETTINGS = (
    "import django, json; django.setup(); from django.conf import settings; "
    "print(json.dumps({'renderers': settings.REST_FRAMEWORK['DEFAULT_RENDERER_CLASSES'], "
    "'rates': settings.API_THROTTLE_RATES}))"
)


def settings_of(module: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": module,
        "SECRET_KEY": "a-production-secret-key-that-is-long-enough-0123456789-abcdefghij",
        "ALLOWED_HOSTS": "briefs.example.org",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", PRINT_API_SETTINGS], cwd=REPO, env=environment, capture_output=True, text=True
    )


def test_production_renders_json_only_and_development_keeps_the_browsable_api():
    production = json.loads(settings_of("config.settings.production").stdout)
    development = json.loads(settings_of("config.settings.base").stdout)

    assert production["renderers"] == ["briefs.api.fragments.FragmentJSONRenderer"]
    assert "rest_framework.renderers.BrowsableAPIRenderer" in development["renderers"]


def test_throttle_rates_come_from_the_environment_and_are_checked():
    assert (
        json.loads(settings_of("config.settings.base", API_THROTTLE_PARTNER="5/second").stdout)["rates"][
            "partner"
        ]
        == "5/second"
    )
    bad = settings_of("config.settings.base", API_THROTTLE_ANON="lots")
    assert bad.returncode != 0 and "API_THROTTLE_ANON" in bad.stderr
    superscript = settings_of("config.settings.base", API_THROTTLE_ANON="²/minute")
    assert superscript.returncode != 0 and "ImproperlyConfigured: API_THROTTLE_ANON=" in superscript.stderr
    too_slow = settings_of("config.settings.base", WEBHOOK_RETRY_MAX_SECONDS="3600")
    assert too_slow.returncode != 0 and "MAX_TASK_DELAY_SECONDS" in too_slow.stderr


def documented_limits() -> dict[str, set[int]]:
    """Each setting or constant named in docs/api.md's limits table, with the numbers its row states."""
    text = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    section = text.split("## Limits and hostile input", 1)[1].split("\n## ", 1)[0]
    found: dict[str, set[int]] = {}
    for row in (line for line in section.splitlines() if line.startswith("| ")):
        numbers = {int(number.replace(",", "")) for number in re.findall(r"\d[\d,]*\d|\d", row)}
        for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row):
            found[name] = numbers
    return found


def test_the_documented_limits_are_the_ones_in_force(settings):
    in_force = {
        "DATA_UPLOAD_MAX_MEMORY_SIZE": settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
        "DATA_UPLOAD_MAX_NUMBER_FILES": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
        "DATA_UPLOAD_MAX_NUMBER_FIELDS": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        "INGEST_MAX_BYTES": settings.INGEST_MAX_BYTES,
        "CLAIM_MAX_FIGURES": settings.CLAIM_MAX_FIGURES,
        "API_MAX_PAGE_SIZE": settings.API_MAX_PAGE_SIZE,
        "QUOTE_MAX_CHARS": claims.QUOTE_MAX_CHARS,
        "PARAPHRASE_MAX_CHARS": claims.PARAPHRASE_MAX_CHARS,
        "TEXT_FILTER_MAX_CHARS": filters.TEXT_FILTER_MAX_CHARS,
        "SEARCH_MAX_CHARS": filters.SEARCH_MAX_CHARS,
        "SEARCH_MAX_WORDS": filters.SEARCH_MAX_WORDS,
    }
    documented = documented_limits()

    for name, value in in_force.items():
        assert name in documented, f"docs/api.md's limits table does not name {name}"
        assert value in documented[name], f"docs/api.md states {name} as {documented[name]}, not {value}"

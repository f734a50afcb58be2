"""API settings: the browsable API is off in production, and bad limits stop start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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

    assert production["renderers"] == ["rest_framework.renderers.JSONRenderer"]
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
    too_slow = settings_of("config.settings.base", WEBHOOK_RETRY_MAX_SECONDS="3600")
    assert too_slow.returncode != 0 and "MAX_TASK_DELAY_SECONDS" in too_slow.stderr

"""Production settings plus the bench-only baselines (never used outside `make bench`).

The runner sets the environment production requires (a throwaway SECRET_KEY, ALLOWED_HOSTS=127.0.0.1,
SECURE_SSL_REDIRECT=false, a throwaway DATABASE_URL and VAR_DIR), so this is config.settings.production
with one change that matters: ROOT_URLCONF adds the baseline routes of bench/urls.py.
"""

from pathlib import Path

from config.settings.production import *  # noqa: F403
from config.settings.production import TEMPLATES

ROOT_URLCONF = "bench.urls"
TEMPLATES = [{**TEMPLATES[0], "DIRS": [*TEMPLATES[0]["DIRS"], Path(__file__).resolve().parent / "templates"]}]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

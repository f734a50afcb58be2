"""Settings for the test suite: the same code paths, with tasks run eagerly for unit tests.

tests/integration/ switches eager mode off and starts a real worker against the PostgreSQL + Redis leg.
"""

from config.settings.base import *  # noqa: F403

# Fast hashing for tests only; production keeps Argon2 first (base.PASSWORD_HASHERS).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
# Webhook tests deliver to a receiver on 127.0.0.1 over plain http; nowhere else is this allowed.
EGRESS_ALLOW_HTTP = True
EGRESS_ALLOWED_NETWORKS = ["127.0.0.0/8", "::1/128"]

if not REDIS_URL:  # noqa: F405
    # Unit tests run in one process, which a memory cache serves as the embedded default's file cache
    # serves several (tests/config/test_embedded_cache.py runs that one across processes).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "briefdesk"}
    }
    # The memory cache stands in for a shared one (tests/briefs/test_reader_pages.py tries both ways).
    READER_PAGES_SHARED = True

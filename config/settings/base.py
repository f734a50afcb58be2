"""Settings shared by every environment, read strictly from the environment.

No DATABASE_URL -> a SQLite file under var/; no REDIS_URL -> the embedded default (local-memory cache,
kombu's filesystem transport and a file result folder under var/, consumed by a real worker process).
"""

from __future__ import annotations

import secrets
import zoneinfo
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.database import database_settings
from config.egress import parse_networks
from config.env import Env, validate_redis_url
from config.filemodes import ensure_private_dir, private_file

env = Env.from_os()

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env.str("VAR_DIR", str(BASE_DIR / "var")))


def _development_secret_key() -> str:
    """A random key kept in var/ so a fresh machine boots and sessions survive restarts."""
    key_file = VAR_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    ensure_private_dir(VAR_DIR)
    key = secrets.token_urlsafe(50)
    private_file(key_file).write_text(key)
    return key


SECRET_KEY = env.str("SECRET_KEY") or _development_secret_key()
DEBUG = env.bool("DEBUG", False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # django.contrib.admin, with our admin site (second factor, enrolment) as admin.site.
    "config.accounts.apps.BriefdeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "config.apps.ProjectConfig",
    "config.accounts.apps.AccountsConfig",
    "ops",
    "ingest",
    "briefs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, except that an unprefixed reader address still negotiates (config/languages.py).
    "config.languages.ReaderLocaleMiddleware",
    "config.middleware.ApiSpeaksEnglishMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session gave a second-factor code.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: turns a refused login into our lockout page.
    "axes.middleware.AxesMiddleware",
    # Innermost: it sees a view's 404 first and sends a renamed brief's or actor's old address onwards.
    "briefs.addresses.FormerAddressRedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: PostgreSQL in production, a SQLite file by default; SQLite gets the same options either way.
DATABASES = {
    "default": database_settings(
        url=env.str("DATABASE_URL"),
        default_sqlite_path=VAR_DIR / "briefdesk.sqlite3",
        conn_max_age=env.int("CONN_MAX_AGE", 60, minimum=0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: broker, result backend and cache when REDIS_URL is set.
REDIS_URL = env.str("REDIS_URL")
if REDIS_URL:
    validate_redis_url(REDIS_URL)
    CACHES = {
        "default": {
            # Django's Redis backend with a one-round-trip incr (rate limits, purges).
            "BACKEND": "config.redis_cache.OneTripRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "briefdesk",
            "TIMEOUT": 300,
            # The cache only saves work and every caller copes without it (docs/reliability.md), so an
            # unreachable Redis must fail fast rather than hold a request for the system's TCP timeout.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    # Shared by every process of the embedded default (gunicorn's workers, the Celery worker): the
    # generation that retires reader pages after a publication, and the rate limits, must be one for all
    # of them. A per-process memory cache left the other workers serving the old page.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
LOGIN_URL = "admin:login"
# Where a login goes when its ?next= is missing or refused as off-site (Django's default,
# /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "admin:index"

# Internationalisation: stored in UTC, shown in the newsroom's zone (WIB by default).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("id", _("Indonesian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The API's answers are in English whatever the caller asks for (config.middleware.ApiSpeaksEnglishMiddleware).
API_PATH_PREFIX = "/api/"
API_LANGUAGE = "en"
TIME_ZONE = env.str("TIME_ZONE", "Asia/Jakarta")
try:
    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE={TIME_ZONE!r} is not a known IANA time zone") from None
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 200

# --- Accounts: login throttling and the optional second factor (README, "Accounts") ----------------
# Failed logins are counted per (username, client address) pair, not per username: an attacker who
# sprays an editor's username from elsewhere locks only their own pair, never the editor out of every
# place. The price is that guesses spread over many addresses are each allowed the limit; the failure
# log (and the briefdesk.security log lines) shows such a spray, and a second factor defeats it.
AUTHENTICATION_BACKENDS = [
    # Refuses a locked (username, address) pair before the password is hashed.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The site's one client-address rule (REMOTE_ADDR unless TRUSTED_PROXIES says how many proxies to
# believe in X-Forwarded-For), never django-ipware's guess from whatever headers a client sends.
AXES_CLIENT_IP_CALLABLE = "config.clients.client_address"
AXES_LOCKOUT_CALLABLE = "config.accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Kept out of axes' stored request data and log lines, like the password.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# Reviewers (who approve and publish) must set up a TOTP authenticator before they reach the admin.
REQUIRE_2FA_FOR_REVIEWERS = env.bool("REQUIRE_2FA_FOR_REVIEWERS", False)
OTP_TOTP_ISSUER = "Briefdesk"
# Administrators manage devices in the admin but never see another person's secret key or QR code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Reverse proxies in front of the web processes, each appending the address it saw to X-Forwarded-For.
# With 0 the header is only what the caller wrote, so it is ignored and the peer address is the client's
# (config/clients.py). Rate limits and /healthz's local details depend on this being right.
TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", 0, minimum=0)


# Celery. Every countdown and retry delay in the code stays below MAX_TASK_DELAY_SECONDS, which stays
# below the broker's visibility timeout, so a delayed task is never redelivered while it waits. The
# visibility timeout is also how long a task whose worker died (SIGKILL, lost machine) waits before Redis
# hands it to another worker: it must exceed the longest task (the hard time limit), or a task still
# running would be handed out a second time. Lower all three together to recover faster (tests do).
MAX_TASK_DELAY_SECONDS = env.int("CELERY_MAX_TASK_DELAY_SECONDS", 15 * 60, minimum=1)
CELERY_BROKER_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", 2 * 60 * 60, minimum=2)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", 120, minimum=1)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", 180, minimum=2)
if CELERY_TASK_TIME_LIMIT <= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured("CELERY_TASK_TIME_LIMIT must be larger than CELERY_TASK_SOFT_TIME_LIMIT")
# Housekeeping tasks and webhook deliveries (briefs/tasks.py) get shorter limits than assembly.
CELERY_SHORT_TASK_SOFT_TIME_LIMIT = min(60, CELERY_TASK_SOFT_TIME_LIMIT)
CELERY_SHORT_TASK_TIME_LIMIT = min(90, CELERY_TASK_TIME_LIMIT)
if max(MAX_TASK_DELAY_SECONDS, CELERY_TASK_TIME_LIMIT) >= CELERY_BROKER_VISIBILITY_TIMEOUT:
    raise ImproperlyConfigured(
        f"CELERY_VISIBILITY_TIMEOUT={CELERY_BROKER_VISIBILITY_TIMEOUT} must be larger than both "
        f"CELERY_MAX_TASK_DELAY_SECONDS ({MAX_TASK_DELAY_SECONDS}) and CELERY_TASK_TIME_LIMIT "
        f"({CELERY_TASK_TIME_LIMIT}), or waiting and running tasks are handed out twice"
    )
# Transient errors (database) are retried with a jittered exponential backoff capped here, then the
# task is recorded as a TaskFailure for a human (ops/services/task_failures.py).
CELERY_TASK_RETRY_BACKOFF_MAX = min(300, MAX_TASK_DELAY_SECONDS // 3) or 1
CELERY_TASK_RETRY_BACKOFF = min(5, CELERY_TASK_RETRY_BACKOFF_MAX)
# A message whose worker died this many times while running it (killed, out of memory, a crash in C code)
# is not run again but recorded as a TaskFailure: reject_on_worker_lost alone would requeue it forever.
CELERY_TASK_MAX_WORKER_LOSSES = env.int("CELERY_TASK_MAX_WORKER_LOSSES", 3, minimum=1)
CELERY_RESULT_EXPIRES = 24 * 60 * 60
CELERY_TASK_DEFAULT_QUEUE = "briefdesk"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": CELERY_BROKER_VISIBILITY_TIMEOUT,
        # Each worker sweeps for messages whose worker died every interval·throttle seconds (kombu's
        # default 10·10). Keep the sweep at a tenth of a short timeout so recovery takes ~timeout.
        "unacked_restore_interval": min(10, max(1, CELERY_BROKER_VISIBILITY_TIMEOUT // 10)),
        "unacked_restore_throttle": 10 if CELERY_BROKER_VISIBILITY_TIMEOUT >= 1000 else 1,
    }
    CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_BROKER_VISIBILITY_TIMEOUT}
else:
    # The embedded default: no server to install, yet tasks still run in a real worker process.
    CELERY_QUEUE_DIR = VAR_DIR / "celery" / "queue"
    CELERY_RESULTS_DIR = VAR_DIR / "celery" / "results"
    CELERY_BROKER_URL = "filesystem://"
    # kombu's own filesystem channel can hand a worker a half-written message (config/broker.py).
    CELERY_BROKER_TRANSPORT = "config.broker:AtomicFilesystemTransport"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR),
        "data_folder_out": str(CELERY_QUEUE_DIR),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
        # At the default of 1 s every round trip takes about a second.
        "polling_interval": 0.05,
        "visibility_timeout": CELERY_BROKER_VISIBILITY_TIMEOUT,
    }
    CELERY_RESULT_BACKEND = f"file://{CELERY_RESULTS_DIR}"

# Reader pages: cached whole by what they show (see briefs/page_cache.py) and purged on publish.
READER_PAGE_CACHE_SECONDS = env.int("READER_PAGE_CACHE_SECONDS", 24 * 60 * 60, minimum=0)
READER_PAGE_MAX_AGE = env.int("READER_PAGE_MAX_AGE", 60, minimum=0)
# Each web process also keeps the pages it served last in its own memory (0 turns that off): a hit then
# costs no cache round trip and no copy of a page that can be most of a megabyte.
READER_PAGE_MEMORY_BYTES = env.int("READER_PAGE_MEMORY_BYTES", 32 * 1024 * 1024, minimum=0)
# Whether rendered pages are also kept in the shared cache for the other processes. With Redis, yes. The
# embedded default's file cache shares only the generation: writing and reading a compressed quarter of
# a megabyte per page in files cost each process more than rendering it once itself.
READER_PAGES_SHARED = env.bool("READER_PAGES_SHARED", bool(REDIS_URL))
# How long a web process trusts the page-cache generation it last read before asking the shared cache
# again (0: on every request). A hit on a page the process holds then costs no cache round trip; a
# publication made through another process reaches this one's readers up to this much later.
READER_GENERATION_RECHECK_MS = env.int("READER_GENERATION_RECHECK_MS", 1000, minimum=0)
# Each web process keeps the API answers it served last (0 turns that off), keyed on the latest change-feed
# event, read on every request: a repeated list or detail costs one small query instead of the page's.
API_ANSWER_MEMORY_BYTES = env.int("API_ANSWER_MEMORY_BYTES", 16 * 1024 * 1024, minimum=0)
API_ANSWER_CACHE_SECONDS = env.int("API_ANSWER_CACHE_SECONDS", 10 * 60, minimum=0)
# Reader pages that must be rendered (cache misses, 404s) per client address; cached pages are free.
READER_RENDER_RATE = env.rate("READER_RENDER_RATE", "300/minute")
# /healthz connects to the database, cache and broker on every call: a budget per client address too.
HEALTHZ_RATE = env.rate("HEALTHZ_RATE", "120/minute")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)

# Briefdesk's own settings.
CORPUS_DIR = Path(env.str("CORPUS", str(BASE_DIR.parent / "shared" / "seeds")))
INGEST_MAX_BYTES = env.int("INGEST_MAX_BYTES", 2_000_000, minimum=1)
# An admin upload's request only stores its files; a Celery task imports them (ingest/tasks.py), in runs that
# stop between files at half the task's soft time limit. What remains bounded by the request is reading and
# storing the bytes (held in memory once): bigger batches go through `manage.py import_sources` or the API.
INGEST_UPLOAD_MAX_BYTES = env.int("INGEST_UPLOAD_MAX_BYTES", 32 * 1024 * 1024, minimum=1)
#: Figures one claim may state; more is refused (API, admin and services alike).
CLAIM_MAX_FIGURES = env.int("CLAIM_MAX_FIGURES", 50, minimum=1)
# A publication date the importer is less sure of than this (0 = a guess, 1 = date, time and zone
# written on the byline) is not shown to readers as the date until an editor confirms it; a page's
# display date never is. A brief citing such a source cannot be published (docs/briefs.md).
SOURCE_DATE_MIN_CONFIDENCE = env.float("SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0.0, maximum=1.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # axes' own lines mask the username and address, and its INFO lines repeat ours
        # (config/accounts/receivers.py); its warnings stay.
        "axes": {"level": "WARNING"},
    },
}

# Serve static files straight from the app folders until collectstatic has run (demo, tests).
WHITENOISE_USE_FINDERS = True

# Four-eyes review: the annotator of a claim cannot approve it. A one-person newsroom may relax this.
CLAIMS_ALLOW_SELF_REVIEW = env.bool("CLAIMS_ALLOW_SELF_REVIEW", False)

# Brief assembly: approvals within this window share one assembly; beat re-assembles every brief.
BRIEF_ASSEMBLY_DEBOUNCE_SECONDS = env.int("BRIEF_ASSEMBLY_DEBOUNCE_SECONDS", 10, minimum=0)
if BRIEF_ASSEMBLY_DEBOUNCE_SECONDS >= MAX_TASK_DELAY_SECONDS:
    raise ImproperlyConfigured(
        f"BRIEF_ASSEMBLY_DEBOUNCE_SECONDS must stay below CELERY_MAX_TASK_DELAY_SECONDS ({MAX_TASK_DELAY_SECONDS})"
    )
# The desk's e-mail notices (briefs/services/notifications.py): at most one per person per this many
# minutes, and only for something new; beat runs a round as often, so a notice held back goes out later.
DESK_NOTIFY_MINUTES = env.int("DESK_NOTIFY_MINUTES", 15, minimum=1)
# The address notices link to (the desk's page is appended).
BRIEFDESK_BASE_URL = env.str("BRIEFDESK_BASE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "briefdesk@localhost")
# The demo prints mail to the console; production sets an SMTP backend and its EMAIL_* settings.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
CELERY_BEAT_SCHEDULE = {
    # The safety net for lost messages (a Redis restart loses what it held in memory): re-enqueues the
    # briefs whose assembly is out of date and the webhook deliveries that are due (briefs/services/reconcile.py).
    "reconcile": {"task": "briefs.reconcile", "schedule": 5 * 60},
    "notify-desk": {"task": "briefs.notify_desk", "schedule": DESK_NOTIFY_MINUTES * 60},
}


# --- Syndication API (/api/v1/) ------------------------------------------------------------------
# Read access to published material for everyone (anonymous and partners), writes for editors; deny by
# default: every view names its permission. Throttle rates are "N/second|minute|hour|day", counted per
# address (anonymous) or per account by config/rate_limits.py.
API_THROTTLE_RATES = {
    "anon": env.rate("API_THROTTLE_ANON", "60/minute"),
    "partner": env.rate("API_THROTTLE_PARTNER", "600/minute"),
    "editor": env.rate("API_THROTTLE_EDITOR", "1200/minute"),
}
API_MAX_PAGE_SIZE = 200
#: Absolute links in webhook payloads start with this (the public address of the site).
API_BASE_URL = env.str("API_BASE_URL", "http://127.0.0.1:8000")
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["briefs.api.permissions.DenyAll"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "briefs.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # DRF reads X-Forwarded-For only as far as our own proxies wrote it (config/clients.py).
    "NUM_PROXIES": TRUSTED_PROXIES,
    "DEFAULT_THROTTLE_CLASSES": [
        "briefs.api.throttling.AnonymousRateThrottle",
        "briefs.api.throttling.AccountRateThrottle",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_RENDERER_CLASSES": [
        "briefs.api.fragments.FragmentJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "briefs.api.errors.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Briefdesk syndication API",
    "DESCRIPTION": (
        "Published briefs, key points, claims and their sources. Anonymous and partner access see "
        "published material only; editors may also import sources and create draft claims. "
        "See docs/api.md."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Self-hosted Swagger UI (drf-spectacular-sidecar): the docs page works offline and under our CSP.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "briefs.models.Actor.Kind",
        "OutletKindEnum": "ingest.models.Outlet.Kind",
        "ChangeKindEnum": "briefs.models.ChangeEvent.Kind",
        "PublicRevisionStatusEnum": ["published", "superseded"],
        "ImportStatusEnum": ["created", "unchanged"],
        # One name per vocabulary, wherever a serializer offers it (briefs/vocabulary.py).
        "EventPrecisionEnum": "briefs.vocabulary.EVENT_PRECISIONS",
        "PublicationPrecisionEnum": "ingest.publication_dates.PRECISIONS",
        "SaidOnPrecisionEnum": "briefs.vocabulary.SAID_ON_PRECISIONS",
        # Published claims name the precision only when coarser than a day.
        "CoarseSaidOnPrecisionEnum": ["month", "year"],
    },
}

# Webhooks: an attempt waits at most WEBHOOK_TIMEOUT_SECONDS; failed attempts are retried after
# base·2^(n-1) seconds, capped, until WEBHOOK_MAX_ATTEMPTS. Every delay stays below MAX_TASK_DELAY_SECONDS.
WEBHOOK_TIMEOUT_SECONDS = env.int("WEBHOOK_TIMEOUT_SECONDS", 10, minimum=1)
WEBHOOK_RETRY_BASE_SECONDS = env.int("WEBHOOK_RETRY_BASE_SECONDS", 2, minimum=1)
WEBHOOK_RETRY_MAX_SECONDS = env.int("WEBHOOK_RETRY_MAX_SECONDS", 600, minimum=1)
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", 10, minimum=1)
if WEBHOOK_RETRY_MAX_SECONDS >= MAX_TASK_DELAY_SECONDS:
    raise ImproperlyConfigured(
        f"WEBHOOK_RETRY_MAX_SECONDS must stay below CELERY_MAX_TASK_DELAY_SECONDS ({MAX_TASK_DELAY_SECONDS})"
    )
if WEBHOOK_MAX_ATTEMPTS > 20:
    raise ImproperlyConfigured("WEBHOOK_MAX_ATTEMPTS is at most 20")
# Due deliveries whose message was lost are re-enqueued by the "reconcile" beat entry above.
if WEBHOOK_TIMEOUT_SECONDS >= CELERY_SHORT_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"WEBHOOK_TIMEOUT_SECONDS={WEBHOOK_TIMEOUT_SECONDS} must stay below the delivery task's time limit "
        f"({CELERY_SHORT_TASK_SOFT_TIME_LIMIT} s: 60, or CELERY_TASK_SOFT_TIME_LIMIT when lower)"
    )
# Outbound requests to addresses people type (webhooks): https to public addresses only (config/egress.py).
# Both switches exist for tests that run a receiver on this machine; production refuses to start with them.
EGRESS_ALLOW_HTTP = env.bool("EGRESS_ALLOW_HTTP", False)
EGRESS_ALLOWED_NETWORKS = env.list("EGRESS_ALLOWED_NETWORKS", [])
try:
    parse_networks(EGRESS_ALLOWED_NETWORKS)
except ValueError as exc:
    raise ImproperlyConfigured(f"EGRESS_ALLOWED_NETWORKS: {exc}") from None
# Import by URL (ingest/services/fetching.py): the page is fetched through the same guard, which refuses private
# targets on every hop. Plain http is allowed for pages by default (many news sites still serve it and nothing
# secret is sent); turn it off to fetch over https only.
INGEST_FETCH_ALLOW_HTTP = env.bool("INGEST_FETCH_ALLOW_HTTP", True)
# The import task stops starting new items at half its soft time limit: one fetch must fit in the other half,
# with time left to clean and store the page (the default leaves a third of the limit when it is lowered).
INGEST_FETCH_TIMEOUT_SECONDS = env.int(
    "INGEST_FETCH_TIMEOUT_SECONDS", max(1, min(20, CELERY_TASK_SOFT_TIME_LIMIT // 3)), minimum=1
)
INGEST_FETCH_MAX_REDIRECTS = env.int("INGEST_FETCH_MAX_REDIRECTS", 5, minimum=0)
if INGEST_FETCH_TIMEOUT_SECONDS * 2 > CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"INGEST_FETCH_TIMEOUT_SECONDS={INGEST_FETCH_TIMEOUT_SECONDS} must be at most half the import task's "
        f"soft time limit (CELERY_TASK_SOFT_TIME_LIMIT={CELERY_TASK_SOFT_TIME_LIMIT})"
    )
# --- end of the API block -------------------------------------------------------------------------

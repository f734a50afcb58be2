"""Settings come from the environment and a malformed value stops start-up with a clear message."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import Env, parse_database_url, validate_redis_url

REPO = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    leaking = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in leaking}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("value", ["true", "TRUE", "1", "yes", "on"])
def test_true_spellings_enable_a_flag(value):
    assert Env({"DEBUG": value}).bool("DEBUG", False) is True


@pytest.mark.parametrize("value", ["false", "0", "no", "off"])
def test_false_spellings_disable_a_flag(value):
    assert Env({"DEBUG": value}).bool("DEBUG", True) is False


def test_malformed_boolean_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe' is not a boolean"):
        Env({"DEBUG": "maybe"}).bool("DEBUG", False)


def test_absent_or_blank_value_falls_back_to_the_default():
    assert Env({}).bool("DEBUG", False) is False
    assert Env({"ALLOWED_HOSTS": "  "}).list("ALLOWED_HOSTS", ["127.0.0.1"]) == ["127.0.0.1"]


def test_host_list_rejects_empty_items():
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS"):
        Env({"ALLOWED_HOSTS": "a.example,,b.example"}).list("ALLOWED_HOSTS", [])


def test_integer_rejects_words_and_values_below_minimum():
    with pytest.raises(ImproperlyConfigured, match="INGEST_MAX_BYTES='lots' is not a whole number"):
        Env({"INGEST_MAX_BYTES": "lots"}).int("INGEST_MAX_BYTES", 1)
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        Env({"INGEST_MAX_BYTES": "0"}).int("INGEST_MAX_BYTES", 1, minimum=1)


def test_a_fraction_is_read_and_refused_outside_its_bounds_or_as_a_word():
    read = Env({"SOURCE_DATE_MIN_CONFIDENCE": "0.7"})
    assert read.float("SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0, maximum=1) == 0.7
    assert Env({}).float("SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0, maximum=1) == 0.5
    with pytest.raises(ImproperlyConfigured, match="SOURCE_DATE_MIN_CONFIDENCE='high' is not a number"):
        Env({"SOURCE_DATE_MIN_CONFIDENCE": "high"}).float(
            "SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0, maximum=1
        )
    with pytest.raises(ImproperlyConfigured, match="must lie between 0 and 1"):
        Env({"SOURCE_DATE_MIN_CONFIDENCE": "1.5"}).float(
            "SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0, maximum=1
        )


@pytest.mark.parametrize("value", ["٠.٥", "0_5", "nan", "5e-1", "0.5.1"])
def test_a_fraction_is_a_plain_ascii_decimal(value):
    with pytest.raises(ImproperlyConfigured, match="is not a number"):
        Env({"SOURCE_DATE_MIN_CONFIDENCE": value}).float(
            "SOURCE_DATE_MIN_CONFIDENCE", 0.5, minimum=0, maximum=1
        )


@pytest.mark.parametrize("value", ["٣", "²", "1_000", "+-3"])
def test_integer_takes_ascii_digits_only(value):
    with pytest.raises(ImproperlyConfigured, match="is not a whole number"):
        Env({"CLAIM_MAX_FIGURES": value}).int("CLAIM_MAX_FIGURES", 1)


def test_integer_keeps_signs_and_surrounding_space():
    assert Env({"OFFSET": " -3 "}).int("OFFSET", 0) == -3


def test_postgres_url_becomes_a_database_entry():
    entry = parse_database_url("postgres://brief:s%40cret@127.0.0.1:5433/briefdesk?sslmode=disable")
    assert entry["ENGINE"] == "django.db.backends.postgresql"
    assert (entry["USER"], entry["PASSWORD"], entry["HOST"], entry["PORT"]) == (
        "brief",
        "s@cret",
        "127.0.0.1",
        "5433",
    )
    assert entry["NAME"] == "briefdesk"
    assert entry["OPTIONS"] == {"sslmode": "disable"}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x@h/db", "unsupported scheme 'mysql'"),
        ("postgres://x@h:5432/", "names no database"),
        ("postgres://x@h:port/db", "malformed port"),
        ("sqlite://", "sqlite:////absolute/path"),
    ],
)
def test_malformed_database_urls_are_refused(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        parse_database_url(url)


def test_redis_url_must_name_a_host():
    assert validate_redis_url("redis://127.0.0.1:6379/0")
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        validate_redis_url("localhost:6379")


def test_start_up_with_malformed_debug_prints_one_line_naming_it():
    result = run_manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "briefdesk: configuration error: "
        "DEBUG='maybe' is not a boolean; use one of true/false, 1/0, yes/no, on/off"
    )


def test_unknown_time_zone_stops_start_up():
    result = run_manage("check", TIME_ZONE="Mars/Olympus")
    assert result.returncode != 0
    assert "TIME_ZONE='Mars/Olympus' is not a known IANA time zone" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("LOGIN_FAILURE_LIMIT", "five", "LOGIN_FAILURE_LIMIT='five' is not a whole number"),
        ("LOGIN_LOCKOUT_MINUTES", "0", "LOGIN_LOCKOUT_MINUTES=0 must be at least 1"),
        ("REQUIRE_2FA_FOR_REVIEWERS", "sometimes", "REQUIRE_2FA_FOR_REVIEWERS='sometimes' is not a boolean"),
        ("TRUSTED_PROXIES", "one", "TRUSTED_PROXIES='one' is not a whole number"),
    ],
)
def test_account_settings_are_parsed_strictly(variable, value, message):
    result = run_manage("check", **{variable: value})
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_login_limits_default_to_five_failures_and_fifteen_minutes(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.REQUIRE_2FA_FOR_REVIEWERS is False
    assert settings.TRUSTED_PROXIES == 0


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="briefs.newsroom.test",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="config.settings.production", ALLOWED_HOSTS="briefs.newsroom.test"
    )
    assert result.returncode != 0
    assert "SECRET_KEY is required but not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_defaults_are_wib_with_utc_storage_and_two_languages(settings):
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert settings.USE_TZ is True
    assert [code for code, _ in settings.LANGUAGES] == ["en", "id"]


def test_every_task_delay_stays_below_the_visibility_timeout(settings):
    """A countdown longer than the visibility timeout would make the broker redeliver a waiting task."""
    assert settings.MAX_TASK_DELAY_SECONDS < settings.CELERY_BROKER_VISIBILITY_TIMEOUT
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_TASK_REJECT_ON_WORKER_LOST
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]
    assert settings.CELERY_TASK_SOFT_TIME_LIMIT < settings.CELERY_TASK_TIME_LIMIT


def test_no_task_outlives_the_visibility_timeout_or_retries_later_than_the_delay_limit(settings):
    """A task still running when the visibility timeout passes would be handed to a second worker."""
    from config.celery import app
    from ops import tasks

    assert settings.CELERY_BROKER_VISIBILITY_TIMEOUT == 2 * 60 * 60
    assert (
        settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
        == settings.CELERY_BROKER_VISIBILITY_TIMEOUT
    )
    app.loader.import_default_modules()  # what a worker does at start: every app's tasks module
    ours = [task for name, task in app.tasks.items() if name.startswith(("briefs.", "briefdesk.", "ingest."))]
    assert {task.name for task in ours} >= {
        "ingest.import_upload",
        "briefs.assemble_brief",
        "briefs.deliver_webhook",
        "briefs.reconcile",
    }
    for task in ours:
        assert (
            task.time_limit or settings.CELERY_TASK_TIME_LIMIT
        ) < settings.CELERY_BROKER_VISIBILITY_TIMEOUT
        assert (getattr(task, "retry_backoff_max", 0) or 0) < settings.MAX_TASK_DELAY_SECONDS
    assert tasks.RETRY_POLICY["retry_backoff_max"] == 300
    assert settings.CELERY_BEAT_SCHEDULE["reconcile"]["schedule"] < settings.CELERY_BROKER_VISIBILITY_TIMEOUT


def test_a_visibility_timeout_below_the_delays_or_limits_stops_start_up_in_one_line():
    result = run_manage("check", CELERY_VISIBILITY_TIMEOUT="600")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "briefdesk: configuration error: CELERY_VISIBILITY_TIMEOUT=600 must be larger than both "
        "CELERY_MAX_TASK_DELAY_SECONDS (900) and CELERY_TASK_TIME_LIMIT (180), or waiting and running "
        "tasks are handed out twice"
    )
    malformed = run_manage("check", CELERY_VISIBILITY_TIMEOUT="2h")
    assert malformed.stderr.strip() == (
        "briefdesk: configuration error: CELERY_VISIBILITY_TIMEOUT='2h' is not a whole number"
    )


def test_the_worker_refuses_a_bad_visibility_timeout_in_one_line_too():
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [str(Path(sys.executable).with_name("celery")), "-A", "config", "worker"],
        cwd=REPO,
        env={**environment, "CELERY_VISIBILITY_TIMEOUT": "100"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "briefdesk: configuration error: CELERY_VISIBILITY_TIMEOUT=100 must be larger than both "
        "CELERY_MAX_TASK_DELAY_SECONDS (900) and CELERY_TASK_TIME_LIMIT (180), or waiting and running "
        "tasks are handed out twice"
    ]


def test_a_short_visibility_timeout_starts_when_delays_and_limits_are_lowered_with_it():
    """What the fault tests' worker runs with (tests/integration/conftest.py): recovery in seconds."""
    from tests.integration.conftest import SHORT_VISIBILITY

    result = run_manage("check", **SHORT_VISIBILITY)
    assert result.returncode == 0, result.stderr


def test_unreachable_database_is_one_line_naming_it():
    result = run_manage("migrate", DATABASE_URL="postgres://briefdesk@127.0.0.1:1/briefdesk")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("briefdesk: the database is unreachable (check DATABASE_URL)")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("value", "message"), [("-1", "at least 0"), ("one", "not a whole number")])
def test_a_malformed_trusted_proxy_count_stops_start_up_in_one_line(value, message):
    result = run_manage("check", TRUSTED_PROXIES=value)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("briefdesk: configuration error: TRUSTED_PROXIES")
    assert message in result.stderr


@pytest.mark.parametrize("value", ["60", "0/minute", "60/fortnight", "sixty/minute", "-5/second"])
def test_a_malformed_rate_names_the_variable(value):
    with pytest.raises(ImproperlyConfigured, match=f"READER_RENDER_RATE={value!r}: expected N/second"):
        Env({"READER_RENDER_RATE": value}).rate("READER_RENDER_RATE", "300/minute")


def test_a_rate_is_kept_as_written_and_defaults_when_absent():
    assert Env({"API_THROTTLE_ANON": "5/second"}).rate("API_THROTTLE_ANON", "60/minute") == "5/second"
    assert Env({}).rate("API_THROTTLE_ANON", "60/minute") == "60/minute"


def test_a_page_fetch_timeout_longer_than_half_the_import_task_limit_stops_start_up():
    result = run_manage("check", INGEST_FETCH_TIMEOUT_SECONDS="61")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "briefdesk: configuration error: INGEST_FETCH_TIMEOUT_SECONDS=61 must be at most half the import "
        "task's soft time limit (CELERY_TASK_SOFT_TIME_LIMIT=120)"
    )
    lowered = run_manage("check", CELERY_TASK_SOFT_TIME_LIMIT="14", CELERY_TASK_TIME_LIMIT="16")
    assert lowered.returncode == 0, lowered.stderr  # the default follows a lowered limit

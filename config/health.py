"""Health checks of the services Briefdesk depends on, shared by /healthz and `manage.py healthcheck`."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection

from config.celery import app as celery_app

BROKER_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict:
        return {"ok": self.ok, "detail": self.detail}


def check_database() -> CheckResult:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return CheckResult("database", False, _one_line(exc))
    return CheckResult("database", True, connection.vendor)


def check_cache() -> CheckResult:
    key = f"healthz:{secrets.token_hex(8)}"
    try:
        cache.set(key, "1", timeout=5)
        value = cache.get(key)
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001 - any backend failure means "down", reported by name
        return CheckResult("cache", False, _one_line(exc))
    if value != "1":
        return CheckResult("cache", False, "a value written could not be read back")
    return CheckResult("cache", True, settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1])


def check_broker() -> CheckResult:
    try:
        with celery_app.connection_for_write(connect_timeout=BROKER_TIMEOUT_SECONDS) as conn:
            # max_retries=0: report the first failure now instead of retrying while a client waits.
            conn.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT_SECONDS)
            transport = conn.transport_cls
    except Exception as exc:  # noqa: BLE001 - kombu raises many transport-specific errors
        return CheckResult("broker", False, _one_line(exc))
    return CheckResult("broker", True, str(transport))


def run_health_checks() -> list[CheckResult]:
    return [check_database(), check_cache(), check_broker()]


def health_report(results: list[CheckResult], *, detailed: bool) -> tuple[dict, bool]:
    """The /healthz answer and whether everything is up: the status, and with ``detailed`` what is down."""
    down = [result.name for result in results if not result.ok]
    payload: dict = {"status": "unavailable" if down else "ok"}
    if detailed:
        payload["down"] = down
        payload["checks"] = {result.name: result.as_dict() for result in results}
    return payload, not down


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}"[:300]

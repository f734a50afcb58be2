"""Round trips through the task queue, for `manage.py healthcheck --worker` and the tests."""

from __future__ import annotations

import secrets

from celery.result import AsyncResult
from django.db import transaction

from config.tasks import probe


def enqueue_probe(*, token: str | None = None) -> str:
    """Send a probe once the surrounding transaction commits; return its token."""
    token = token or secrets.token_hex(8)
    transaction.on_commit(lambda: probe.delay(token))
    return token


def probe_worker(*, timeout: float = 10.0) -> dict:
    """Send a probe now and wait for a worker's answer (raises celery's TimeoutError if none comes)."""
    result: AsyncResult = probe.delay(secrets.token_hex(8))
    return result.get(timeout=timeout)

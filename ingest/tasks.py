"""Celery tasks of the ingest app: ids in, one service call, safe to run twice.

``ingest`` never imports ``briefs``, so these are plain shared tasks with the same settings-driven limits and
backoff as the briefs tasks.
"""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from ingest.services.uploads import import_upload

logger = logging.getLogger(__name__)


@shared_task(
    name="ingest.import_upload",
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    max_retries=6,
    retry_backoff=settings.CELERY_TASK_RETRY_BACKOFF,
    retry_backoff_max=settings.CELERY_TASK_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    soft_time_limit=settings.CELERY_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.CELERY_TASK_TIME_LIMIT,
)
def import_upload_task(batch_id: int) -> int:
    """Import an upload's waiting files; what does not fit half the soft time limit goes on in a new task."""
    # One file takes a few seconds at most (INGEST_MAX_BYTES bounds it), so stopping between files at half
    # the limit keeps every run well inside it, however many files the upload holds.
    run = import_upload(batch_id=batch_id, time_budget=settings.CELERY_TASK_SOFT_TIME_LIMIT / 2)
    if run.waiting:
        logger.info("upload %s: %s files imported, %s left for the next run", batch_id, run.done, run.waiting)
        import_upload_task.delay(batch_id)
    return run.done

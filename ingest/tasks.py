"""Celery tasks of the ingest app: ids in, one service call, safe to run twice.

They run on ops.tasks.RecordedTask with the shared retry policy, as the briefs tasks do: a failure for
good is recorded for a person instead of being requeued forever.
"""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings

from ingest.services.uploads import import_upload
from ops.tasks import MAX_RETRIES, RETRY_POLICY, RecordedTask

logger = logging.getLogger(__name__)


@shared_task(
    name="ingest.import_upload",
    base=RecordedTask,
    acks_late=True,
    max_retries=MAX_RETRIES,
    **RETRY_POLICY,
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

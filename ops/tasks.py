"""The base every Celery task of ours runs on, and the retry and time-limit policies they share.

Every task is acked late and requeued when its worker dies (settings), retries transient database errors
a bounded number of times, and, once it fails for good, is recorded as a TaskFailure for a person
(ops/services/task_failures.py) instead of being requeued forever. The tasks themselves live in their
app's ``tasks`` module; this module declares none.
"""

from __future__ import annotations

import logging

from celery import Task
from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections

from ops.services.task_failures import (
    note_task_end,
    note_task_start,
    record_task_failure,
    record_worker_losses,
)

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError)
#: Attempts of a task failing with a transient error: the first run and this many retries.
MAX_RETRIES = 6
# Jittered exponential backoff (5, 10, 20 … s), capped below MAX_TASK_DELAY_SECONDS (settings).
RETRY_POLICY = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": settings.CELERY_TASK_RETRY_BACKOFF,
    "retry_backoff_max": settings.CELERY_TASK_RETRY_BACKOFF_MAX,
    "retry_jitter": True,
}
# Short housekeeping tasks; never above the configured limits, which the visibility timeout exceeds.
SHORT_LIMITS = {
    "soft_time_limit": settings.CELERY_SHORT_TASK_SOFT_TIME_LIMIT,
    "time_limit": settings.CELERY_SHORT_TASK_TIME_LIMIT,
}


class RecordedTask(Task):
    """Records a task that failed for good (retries exhausted, an error not worth retrying, or a message
    whose worker keeps dying while it runs)."""

    def __call__(self, *args, **kwargs):
        # Under a worker (or eagerly) the tracer has pushed this message's request already: call `run`,
        # as Celery does for tasks without a custom __call__, so retries still see the message's id.
        if self.request.called_directly:
            return super().__call__(*args, **kwargs)
        if self.request.is_eager or not self.request.id:
            return self.run(*args, **kwargs)
        # A start that never reaches `finally` is a worker that died running this message; the broker hands
        # the same message out again, and after too many deaths it is recorded, not run. A retry is a new
        # message under the same task id (it may start elsewhere before this run's `finally`), so runs
        # are counted per (task id, retry number).
        run_key = f"{self.request.id}#{self.request.retries}"
        try:
            losses = note_task_start(task_id=run_key, task_name=self.name)
        except TRANSIENT_ERRORS:
            losses = 0  # the task's own queries will meet the same error and retry with backoff
        if losses >= settings.CELERY_TASK_MAX_WORKER_LOSSES:
            record_worker_losses(
                task_name=self.name, task_id=self.request.id, args=args, kwargs=kwargs, losses=losses
            )
            note_task_end(task_id=run_key)
            return None
        try:
            return self.run(*args, **kwargs)
        finally:
            try:
                note_task_end(task_id=run_key)
            except TRANSIENT_ERRORS:  # a leftover row only counts against a message that is run again
                logger.warning("could not note the end of %s[%s]", self.name, self.request.id)

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        try:
            if not self.request.is_eager:
                # The failure may have been the connection itself: start from a usable one.
                close_old_connections()
            record_task_failure(
                task_name=self.name,
                task_id=task_id,
                args=args,
                kwargs=kwargs,
                exception=exc,
                traceback=str(einfo),
                attempts=self.request.retries + 1,
            )
        except Exception:  # noqa: BLE001 - the database may be what is failing; the log still has it
            logger.exception("could not record the failure of %s[%s]", self.name, task_id)

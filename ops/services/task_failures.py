"""Tasks that failed for good are recorded for a person instead of being requeued forever.

A task ends here when its retries are exhausted (a database that keeps refusing, a transient error that
never clears) or at once when it raises an error retrying cannot fix (a bug, bad data). The worker acks
the message either way, so the queue never holds a poison message; the row is what a person reads. The
admin's "retry now" re-enqueues the task and marks the row resolved; if it fails again, a new row appears
under the new task id.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from config import dispatch
from ops.models import TaskFailure, TaskRun
from ops.services.audit import record_audit

logger = logging.getLogger(__name__)

RETRY_PERMISSION = "ops.retry_taskfailure"


def _json_safe(value: Any) -> Any:
    """Task arguments are JSON already (the only accepted serializer); anything odd is kept as text."""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)
    return value


@transaction.atomic
def record_task_failure(
    *,
    task_name: str,
    task_id: str,
    args: Sequence[Any],
    kwargs: Mapping[str, Any],
    exception: BaseException,
    traceback: str,
    attempts: int,
) -> TaskFailure:
    """One row per task id: a message the broker delivers again after it failed updates the same row."""
    now = timezone.now()
    failure, created = TaskFailure.objects.select_for_update().get_or_create(
        task_id=task_id,
        defaults={
            "task_name": task_name,
            "args": _json_safe(list(args or [])),
            "kwargs": _json_safe(dict(kwargs or {})),
            "exception_type": type(exception).__qualname__[:200],
            "message": str(exception)[:5000],
            "traceback": traceback[-20000:],
            "attempts": attempts,
            "first_seen_at": now,
            "last_seen_at": now,
        },
    )
    if not created:
        failure.attempts += attempts
        failure.exception_type = type(exception).__qualname__[:200]
        failure.message = str(exception)[:5000]
        failure.traceback = traceback[-20000:]
        failure.last_seen_at = now
        failure.resolved_at = None
        failure.resolved_by = None
        failure.save()
    logger.error(
        "task %s[%s] failed for good after %s attempt(s): %s: %s; recorded as TaskFailure %s",
        task_name,
        task_id,
        failure.attempts,
        failure.exception_type,
        failure.message[:200],
        failure.pk,
    )
    return failure


class WorkerLost(Exception):
    """The worker running the task died (killed, out of memory, crashed) every time it started it."""


def note_task_start(*, task_id: str, task_name: str) -> int:
    """Count one start of a task message; returns how many earlier starts never finished (worker deaths)."""
    with transaction.atomic():
        run, _ = TaskRun.objects.select_for_update().get_or_create(
            task_id=task_id, defaults={"task_name": task_name[:200]}
        )
        run.starts += 1
        run.last_started_at = timezone.now()
        run.save(update_fields=["starts", "last_started_at"])
    return run.starts - 1


def note_task_end(*, task_id: str) -> None:
    """The run ended in this process (success, failure or retry), so it was no worker death."""
    TaskRun.objects.filter(task_id=task_id).delete()


def record_worker_losses(
    *, task_name: str, task_id: str, args: Sequence[Any], kwargs: Mapping[str, Any], losses: int
) -> TaskFailure:
    """Give up on a message whose worker died `losses` times: one TaskFailure for a person."""
    return record_task_failure(
        task_name=task_name,
        task_id=task_id,
        args=args,
        kwargs=kwargs,
        exception=WorkerLost(
            f"the worker running this task died {losses} times (killed, out of memory or crashed); "
            "it was not started again"
        ),
        traceback="",
        attempts=losses,
    )


def prune_task_runs(*, older_than: timedelta) -> int:
    """Forget runs whose message never came back (lost with the broker); returns how many."""
    deleted, _ = TaskRun.objects.filter(last_started_at__lt=timezone.now() - older_than).delete()
    return deleted


class UnknownTask(Exception):
    """The failed task's name is not a registered task any more (renamed or removed)."""


def can_retry(user: User) -> bool:
    return user.is_active and user.is_staff and user.has_perm(RETRY_PERMISSION)


@transaction.atomic
def retry_task_failures(*, failures: Iterable[TaskFailure], user: User) -> list[TaskFailure]:
    """Re-enqueue each unresolved failure once (after commit) and mark it resolved by `user`.

    Already resolved rows are skipped, so two people pressing the button send the task once. Tasks are
    idempotent (their services refuse a row in the wrong state), so a retry of something that meanwhile
    succeeded is harmless.
    """
    if not can_retry(user):
        raise PermissionDenied("Only staff with the retry permission can retry failed tasks.")
    ids = [failure.pk for failure in failures]
    retried = list(
        TaskFailure.objects.select_for_update().filter(pk__in=ids, resolved_at__isnull=True).order_by("pk")
    )
    unknown = sorted(
        {failure.task_name for failure in retried if not dispatch.is_registered(failure.task_name)}
    )
    if unknown:
        raise UnknownTask(f"No task is registered under {', '.join(unknown)}; nothing was retried.")
    now = timezone.now()
    for failure in retried:
        failure.resolved_at = now
        failure.resolved_by = user
        failure.save(update_fields=["resolved_at", "resolved_by"])
        record_audit(
            user=user,
            action="retried",
            target=failure,
            before={"task": failure.task_name, "task_id": failure.task_id, "attempts": failure.attempts},
            after={"resolved_at": now.isoformat()},
        )
        transaction.on_commit(
            partial(dispatch.task(failure.task_name).apply_async, args=failure.args, kwargs=failure.kwargs)
        )
    return retried

"""Celery tasks: ids in, one service call, safe to run twice (the service answers "unchanged").

Each runs on ops.tasks.RecordedTask (acked late, bounded retries of transient errors, a failure for good
recorded for a person) with the policies declared there.
"""

from __future__ import annotations

import logging

from celery import shared_task

from briefs.models import Brief
from briefs.services.assembly import assemble_brief
from briefs.services.notifications import notify_desk
from briefs.services.reconcile import reconcile
from briefs.services.webhooks import deliver, send_due_deliveries
from ops.tasks import MAX_RETRIES, RETRY_POLICY, SHORT_LIMITS, RecordedTask

logger = logging.getLogger(__name__)


@shared_task(
    name="briefs.assemble_brief", base=RecordedTask, acks_late=True, max_retries=MAX_RETRIES, **RETRY_POLICY
)
def assemble_brief_task(brief_id: int) -> dict | None:
    # Runs under the configured CELERY_TASK_SOFT_TIME_LIMIT / CELERY_TASK_TIME_LIMIT: a big brief is the
    # longest task there is.
    if not Brief.objects.filter(pk=brief_id).exists():
        logger.warning("assemble_brief: brief %s is gone; nothing to do", brief_id)
        return None
    result = assemble_brief(brief_id=brief_id)
    return {"brief": result.brief.slug, "revision": result.revision.number, "status": result.status}


@shared_task(name="briefs.assemble_all_briefs", base=RecordedTask, acks_late=True, **SHORT_LIMITS)
def assemble_all_briefs() -> int:
    """Re-assemble every brief (unchanged ones cost a read and a hash); beat runs `reconcile` instead."""
    brief_ids = list(Brief.objects.values_list("pk", flat=True))
    for brief_id in brief_ids:
        assemble_brief_task.delay(brief_id)
    return len(brief_ids)


@shared_task(name="briefs.reconcile", base=RecordedTask, acks_late=True, max_retries=2, **RETRY_POLICY)
def reconcile_task() -> dict:
    """Periodic safety net: enqueue the out-of-date briefs and the due webhook deliveries (lost messages)."""
    report = reconcile()
    return {
        "briefs": report.briefs,
        "deliveries": report.deliveries,
        "reader_pages_purged": report.reader_pages_purged,
    }


@shared_task(
    name="briefs.deliver_webhook",
    base=RecordedTask,
    bind=True,
    acks_late=True,
    # Above WEBHOOK_MAX_ATTEMPTS (at most 20, checked in settings): the service decides when to stop.
    max_retries=20,
    **RETRY_POLICY,
    **SHORT_LIMITS,
)
def deliver_webhook_task(self, delivery_id: int) -> str:
    """One attempt at one delivery; the service logs it and says when to try again (its own limit)."""
    outcome = deliver(delivery_id=delivery_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@shared_task(name="briefs.send_due_webhooks", base=RecordedTask, acks_late=True, **SHORT_LIMITS)
def send_due_webhooks() -> int:
    """Queue the deliveries whose task was lost (broker down at publication); `reconcile` also does."""
    return send_due_deliveries()


@shared_task(
    name="briefs.notify_desk",
    base=RecordedTask,
    acks_late=True,
    max_retries=2,
    **RETRY_POLICY,
    **SHORT_LIMITS,
)
def notify_desk_task() -> int:
    """E-mail each person what is new on their desk (throttled per person; a second run sends nothing)."""
    return notify_desk()

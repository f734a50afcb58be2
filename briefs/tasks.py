"""Celery tasks: ids in, one service call, safe to run twice (the service answers "unchanged")."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from briefs.models import Brief
from briefs.services.assembly import assemble_brief
from briefs.services.webhooks import deliver, send_due_deliveries

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError)


@shared_task(
    name="briefs.assemble_brief",
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=6,
    soft_time_limit=120,
    time_limit=180,
)
def assemble_brief_task(brief_id: int) -> dict | None:
    if not Brief.objects.filter(pk=brief_id).exists():
        logger.warning("assemble_brief: brief %s is gone; nothing to do", brief_id)
        return None
    result = assemble_brief(brief_id=brief_id)
    return {"brief": result.brief.slug, "revision": result.revision.number, "status": result.status}


@shared_task(name="briefs.assemble_all_briefs", acks_late=True, soft_time_limit=60, time_limit=90)
def assemble_all_briefs() -> int:
    """Periodic safety net: re-assemble every brief (unchanged ones cost a read and a hash)."""
    brief_ids = list(Brief.objects.values_list("pk", flat=True))
    for brief_id in brief_ids:
        assemble_brief_task.delay(brief_id)
    return len(brief_ids)


@shared_task(
    name="briefs.deliver_webhook",
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=5,
    retry_backoff_max=300,
    # Above WEBHOOK_MAX_ATTEMPTS (at most 20, checked in settings): the service decides when to stop.
    max_retries=20,
    soft_time_limit=60,
    time_limit=90,
)
def deliver_webhook_task(self, delivery_id: int) -> str:
    """One attempt at one delivery; the service logs it and says when to try again (its own limit)."""
    outcome = deliver(delivery_id=delivery_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@shared_task(name="briefs.send_due_webhooks", acks_late=True, soft_time_limit=60, time_limit=90)
def send_due_webhooks() -> int:
    """Periodic safety net: queue the deliveries whose task was lost (broker down at publication)."""
    return send_due_deliveries()

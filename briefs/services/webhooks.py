"""Signed webhook notices of publications and renames: fan-out after commit, delivery with retries, a log.

Each (webhook, revision) pair — or (webhook, event) for a rename — gets exactly one WebhookDelivery row
(a unique constraint), so scheduling twice, or a task delivered twice by the broker, never notifies a
partner twice of one change once it has been accepted. The body is fixed when the delivery is created; every attempt signs it afresh:

    X-Briefdesk-Timestamp: <unix seconds>
    X-Briefdesk-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>

Every POST goes through the egress guard (config/egress.py): https to public addresses only, checked
again at each attempt, no redirect followed (a 3xx is a failed attempt). A target the guard refuses
fails the delivery at once; its log says only "target refused by the egress policy".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from celery.exceptions import Retry
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from briefs.models import BriefRevision, ChangeEvent, Webhook, WebhookDelivery
from config import dispatch, egress

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Briefdesk-Signature"
TIMESTAMP_HEADER = "X-Briefdesk-Timestamp"
EVENT_HEADER = "X-Briefdesk-Event"
DELIVERY_HEADER = "X-Briefdesk-Delivery"
USER_AGENT = "Briefdesk-Webhooks/1"
#: A pending delivery this late is sent again by the periodic sweep.
SWEEP_GRACE = timedelta(minutes=5)
#: The outcome of a task for a delivery another worker is sending right now.
IN_FLIGHT = "in flight"


@dataclass(frozen=True)
class DeliveryOutcome:
    status: str
    retry_in: int | None = None  # seconds until the next attempt, when one is due


def canonical_body(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify(*, secret: str, timestamp: str, body: bytes, signature: str, tolerance: int = 300) -> bool:
    """What a partner does on receipt (also used by our tests): signature matches and is recent."""
    try:
        sent = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs(time.time() - sent) > tolerance:
        return False
    return hmac.compare_digest(sign(secret=secret, timestamp=sent, body=body), signature)


def retry_delay(attempt: int) -> int:
    """Seconds to wait after failed attempt number `attempt` (1-based): base·2^(n-1), capped."""
    delay = settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempt - 1)
    return int(min(delay, settings.WEBHOOK_RETRY_MAX_SECONDS))


def _absolute(path: str) -> str:
    return settings.API_BASE_URL.rstrip("/") + path


def publication_payload(revision: BriefRevision, event: ChangeEvent | None) -> dict:
    published_at = revision.published_at
    if published_at is None:
        raise ValueError(f"revision {revision.pk} is not published: there is nothing to notify")
    slug = revision.brief.slug
    return {
        "event": ChangeEvent.Kind.REVISION_PUBLISHED.value,
        "event_id": str(event.pk) if event else None,
        "occurred_at": published_at.isoformat(),
        "brief": {
            "slug": slug,
            "title": revision.content.get("title", revision.brief.title),
            "url": _absolute(reverse("api:brief-detail", kwargs={"slug": slug})),
        },
        "revision": {
            "number": revision.number,
            "published_at": published_at.isoformat(),
            "url": _absolute(
                reverse("api:revision-detail", kwargs={"slug": slug, "number": revision.number})
            ),
        },
        "changes_url": _absolute(reverse("api:change-list")),
    }


def rename_payload(event: ChangeEvent) -> dict:
    """A public brief or actor moved: where it is now, and the address it left (which redirects)."""
    payload = {
        "event": event.kind,
        "event_id": str(event.pk),
        "occurred_at": event.occurred_at.isoformat(),
        "old_slug": event.data["old_slug"],
        "new_slug": event.data["new_slug"],
        "changes_url": _absolute(reverse("api:change-list")),
    }
    brief, actor = event.brief, event.actor
    if brief is not None:
        slug = brief.slug
        published = (
            BriefRevision.objects.published()
            .filter(brief=brief)
            .values_list("content__title", flat=True)
            .first()
        )
        payload["brief"] = {
            "slug": slug,
            "title": published or "",
            "url": _absolute(reverse("api:brief-detail", kwargs={"slug": slug})),
        }
    elif actor is not None:
        slug = actor.slug
        payload["actor"] = {
            "slug": slug,
            "name": actor.name,
            "url": _absolute(reverse("api:actor-detail", kwargs={"slug": slug})),
        }
    else:
        raise ValueError(f"change event {event.pk} renames neither a brief nor an actor")
    return payload


def schedule_event_deliveries(event: ChangeEvent) -> list[int]:
    """Rename hook (runs after commit): one delivery of the event per active webhook, then one task each."""
    event = ChangeEvent.objects.select_related("brief", "actor").get(pk=event.pk)
    return _schedule(rename_payload(event), event=event)


def schedule_deliveries(revision: BriefRevision) -> list[int]:
    """Publish hook (runs after commit): one delivery per active webhook, then one task each."""
    revision = BriefRevision.objects.select_related("brief").get(pk=revision.pk)
    event = (
        ChangeEvent.objects.filter(kind=ChangeEvent.Kind.REVISION_PUBLISHED, revision=revision)
        .order_by("pk")
        .first()
    )
    return _schedule(publication_payload(revision, event), revision=revision)


def _schedule(
    payload: dict, *, revision: BriefRevision | None = None, event: ChangeEvent | None = None
) -> list[int]:
    """One delivery per active webhook of what is notified (a revision or an event), then one task each."""
    deliver_webhook_task = dispatch.task("briefs.deliver_webhook")
    subject: dict[str, BriefRevision | ChangeEvent | None] = (
        {"revision": revision} if revision is not None else {"event": event}
    )
    webhooks = Webhook.objects.filter(is_active=True, partner__is_active=True)
    with transaction.atomic():
        WebhookDelivery.objects.bulk_create(
            [WebhookDelivery(webhook=webhook, payload=payload, **subject) for webhook in webhooks],
            ignore_conflicts=True,
        )
        pending = list(
            WebhookDelivery.objects.filter(
                **subject, status=WebhookDelivery.Status.PENDING, attempts=0
            ).values_list("pk", flat=True)
        )
        for delivery_id in pending:
            transaction.on_commit(partial(_enqueue, deliver_webhook_task, delivery_id))
    return pending


def _enqueue(task, delivery_id: int) -> None:
    """Send one delivery task. A broker outage must not break the publication's other hooks: the
    delivery stays pending and the periodic sweep (send_due_deliveries) sends it later."""
    try:
        task.delay(delivery_id)
    except Retry:
        pass  # eager mode (unit tests): the attempts already ran, synchronously
    except KombuOperationalError:
        logger.exception("webhook delivery %s not queued; the periodic sweep will send it", delivery_id)


def due_deliveries(*, limit: int = 500) -> list[int]:
    """Pending deliveries whose task is overdue by SWEEP_GRACE (lost before queuing, or with the broker)."""
    overdue = timezone.now() - SWEEP_GRACE
    return list(
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING)
        .filter(Q(next_attempt_at__lte=overdue) | Q(next_attempt_at__isnull=True, created_at__lte=overdue))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )


def send_due_deliveries() -> int:
    deliver_webhook_task = dispatch.task("briefs.deliver_webhook")
    due = due_deliveries()
    for delivery_id in due:
        _enqueue(deliver_webhook_task, delivery_id)
    return len(due)


@dataclass(frozen=True)
class _Lease:
    """A delivery taken by this worker: what it needs for the POST, and the token that lets it record."""

    delivery_id: int
    token: str
    url: str
    secret: str
    payload: dict


@dataclass(frozen=True)
class _Answer:
    status_code: int | None
    error: str  # short, never text from the receiver
    refused: bool = False  # the egress policy refused the target: no point in trying again
    ms: int = 0

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def deliver(*, delivery_id: int) -> DeliveryOutcome:
    """One attempt, logged; the POST runs outside any database transaction.

    1. Take a lease on the delivery and commit (a short transaction). Delivered and given-up deliveries
       are left alone, so a duplicate task is a no-op; a delivery another worker holds a live lease on is
       not sent twice: the caller is told to try again when that lease ends.
    2. POST, holding no lock and no transaction, through the egress guard (config/egress.py).
    3. Record the answer in a second short transaction, only if the lease is still ours.

    A worker that dies between 1 and 3 records nothing; its lease runs out after the delivery task's
    hard time limit (no run of the task can outlast it) and the redelivered message sends it again.
    """
    lease = _take_lease(delivery_id)
    if isinstance(lease, DeliveryOutcome):
        return lease
    answer = _post(lease)
    return _record(lease, answer)


def _take_lease(delivery_id: int) -> _Lease | DeliveryOutcome:
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("webhook__partner")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None:
            return DeliveryOutcome(status="skipped")
        if delivery.status != WebhookDelivery.Status.PENDING:
            return DeliveryOutcome(status=delivery.status)
        now = timezone.now()
        if delivery.leased_until and delivery.leased_until > now:
            remaining = math.ceil((delivery.leased_until - now).total_seconds())
            return DeliveryOutcome(
                status=IN_FLIGHT, retry_in=min(max(remaining, 1), settings.WEBHOOK_RETRY_MAX_SECONDS)
            )
        webhook = delivery.webhook
        if not (webhook.is_active and webhook.partner.is_active):
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.last_error = "webhook or partner deactivated"
            delivery.next_attempt_at = None
            delivery.save(update_fields=["status", "last_error", "next_attempt_at"])
            return DeliveryOutcome(status=delivery.status)
        delivery.lease_token = uuid.uuid4().hex
        delivery.leased_until = now + timedelta(seconds=settings.CELERY_SHORT_TASK_TIME_LIMIT)
        # Should the worker die, the periodic sweep also finds the delivery once the lease is over.
        delivery.next_attempt_at = delivery.leased_until
        delivery.save(update_fields=["lease_token", "leased_until", "next_attempt_at"])
    return _Lease(
        delivery_id=delivery.pk,
        token=delivery.lease_token,
        url=webhook.url,
        secret=webhook.secret,
        payload=delivery.payload,
    )


def _post(lease: _Lease) -> _Answer:
    body = canonical_body(lease.payload)
    timestamp = int(time.time())
    started = time.monotonic()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: lease.payload.get("event", ""),
        DELIVERY_HEADER: str(lease.delivery_id),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret=lease.secret, timestamp=timestamp, body=body),
    }
    try:
        code = egress.send(
            method="POST",
            url=lease.url,
            body=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            policy=egress.EgressPolicy.from_settings(),
        )
    except egress.EgressRefused as exc:
        # The person reading the delivery log learns only that the target was refused (the log must not
        # become a map of what answers inside our network); the operator's log has the reason.
        logger.warning("webhook delivery %s refused by the egress policy: %s", lease.delivery_id, exc)
        return _Answer(status_code=None, error=egress.REFUSED, refused=True)
    except egress.EgressFailed as exc:
        return _Answer(status_code=None, error=str(exc), ms=_elapsed_ms(started))
    error = "" if 200 <= code < 300 else f"HTTP {code}"
    return _Answer(status_code=code, error=error, ms=_elapsed_ms(started))


def _elapsed_ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _record(lease: _Lease, answer: _Answer) -> DeliveryOutcome:
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .filter(pk=lease.delivery_id, lease_token=lease.token)
            .first()
        )
        if delivery is None:
            # Our lease ran out and another worker took the delivery over; it records its own attempt.
            logger.warning("webhook delivery %s: lease lost, this attempt is not recorded", lease.delivery_id)
            return DeliveryOutcome(status="skipped")
        now = timezone.now()
        delivery.attempts += 1
        delivery.last_status_code = answer.status_code
        delivery.last_error = answer.error
        delivery.attempt_log = [
            *delivery.attempt_log,
            {"at": now.isoformat(), "status": answer.status_code, "error": answer.error, "ms": answer.ms},
        ]
        delivery.lease_token = ""
        delivery.leased_until = None
        retry_in = None
        if answer.ok:
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.delivered_at = now
            delivery.next_attempt_at = None
        elif answer.refused or delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
        else:
            retry_in = retry_delay(delivery.attempts)
            delivery.next_attempt_at = now + timedelta(seconds=retry_in)
        delivery.save()
    log = logger.info if answer.ok else logger.warning
    log(
        "webhook delivery %s attempt %s: %s",
        delivery.pk,
        delivery.attempts,
        answer.status_code or answer.error,
    )
    return DeliveryOutcome(status=delivery.status, retry_in=retry_in)

"""Signed webhook notices of publications and renames: fan-out after commit, delivery with retries, a log.

Each (webhook, revision) pair — or (webhook, event) for a rename — gets exactly one WebhookDelivery row
(a unique constraint), so scheduling twice, or a task delivered twice by the broker, never notifies a
partner twice of one change once it has been accepted. The body is fixed when the delivery is created; every attempt signs it afresh:

    X-Briefdesk-Timestamp: <unix seconds>
    X-Briefdesk-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import timedelta

from celery.exceptions import Retry
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from briefs.models import BriefRevision, ChangeEvent, Webhook, WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Briefdesk-Signature"
TIMESTAMP_HEADER = "X-Briefdesk-Timestamp"
EVENT_HEADER = "X-Briefdesk-Event"
DELIVERY_HEADER = "X-Briefdesk-Delivery"
USER_AGENT = "Briefdesk-Webhooks/1"
#: A pending delivery this late is sent again by the periodic sweep.
SWEEP_GRACE = timedelta(minutes=5)


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
    slug = revision.brief.slug
    return {
        "event": ChangeEvent.Kind.REVISION_PUBLISHED.value,
        "event_id": str(event.pk) if event else None,
        "occurred_at": revision.published_at.isoformat(),
        "brief": {
            "slug": slug,
            "title": revision.content.get("title", revision.brief.title),
            "url": _absolute(reverse("api:brief-detail", kwargs={"slug": slug})),
        },
        "revision": {
            "number": revision.number,
            "published_at": revision.published_at.isoformat(),
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
    if event.brief_id is not None:
        slug = event.brief.slug
        published = event.brief.revisions.published().values_list("content__title", flat=True).first()
        payload["brief"] = {
            "slug": slug,
            "title": published or "",
            "url": _absolute(reverse("api:brief-detail", kwargs={"slug": slug})),
        }
    else:
        slug = event.actor.slug
        payload["actor"] = {
            "slug": slug,
            "name": event.actor.name,
            "url": _absolute(reverse("api:actor-detail", kwargs={"slug": slug})),
        }
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
    from briefs.tasks import deliver_webhook_task

    subject = {"revision": revision} if revision is not None else {"event": event}
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
            transaction.on_commit(lambda delivery_id=delivery_id: _enqueue(deliver_webhook_task, delivery_id))
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
    from briefs.tasks import deliver_webhook_task

    due = due_deliveries()
    for delivery_id in due:
        _enqueue(deliver_webhook_task, delivery_id)
    return len(due)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a redirect is an answer we do not follow: the attempt fails with its status


_opener = urllib.request.build_opener(_NoRedirects)


def _post(*, url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str]:
    """POST once; (HTTP status, error text). Never raises for network or HTTP failures."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return None, str(reason)[:500]


def deliver(*, delivery_id: int) -> DeliveryOutcome:
    """One attempt, logged. Delivered and given-up deliveries are left alone (a duplicate task is a no-op);
    a delivery another worker is sending right now is skipped: the row stays locked during the POST
    (at most WEBHOOK_TIMEOUT_SECONDS), which is what makes two concurrent tasks send it once."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .select_related("webhook__partner")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None:
            return DeliveryOutcome(status="skipped")
        if delivery.status != WebhookDelivery.Status.PENDING:
            return DeliveryOutcome(status=delivery.status)
        webhook = delivery.webhook
        if not (webhook.is_active and webhook.partner.is_active):
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.last_error = "webhook or partner deactivated"
            delivery.next_attempt_at = None
            delivery.save(update_fields=["status", "last_error", "next_attempt_at"])
            return DeliveryOutcome(status=delivery.status)
        body = canonical_body(delivery.payload)
        timestamp = int(time.time())
        started = time.monotonic()
        code, error = _post(
            url=webhook.url,
            body=body,
            headers={
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                EVENT_HEADER: delivery.payload.get("event", ""),
                DELIVERY_HEADER: str(delivery.pk),
                TIMESTAMP_HEADER: str(timestamp),
                SIGNATURE_HEADER: sign(secret=webhook.secret, timestamp=timestamp, body=body),
            },
        )
        now = timezone.now()
        ok = code is not None and 200 <= code < 300
        delivery.attempts += 1
        delivery.last_status_code = code
        delivery.last_error = "" if ok else (error or f"HTTP {code}")
        delivery.attempt_log = [
            *delivery.attempt_log,
            {
                "at": now.isoformat(),
                "status": code,
                "error": delivery.last_error,
                "ms": round((time.monotonic() - started) * 1000),
            },
        ]
        retry_in = None
        if ok:
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.delivered_at = now
            delivery.next_attempt_at = None
        elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
        else:
            retry_in = retry_delay(delivery.attempts)
            delivery.next_attempt_at = now + timedelta(seconds=retry_in)
        delivery.save()
    log = logger.info if ok else logger.warning
    log("webhook delivery %s attempt %s: %s", delivery.pk, delivery.attempts, code or error)
    return DeliveryOutcome(status=delivery.status, retry_in=retry_in)

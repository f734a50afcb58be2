"""Webhooks: after a publication commits, every active webhook gets one signed POST, retried with
exponential backoff until accepted or given up, each attempt logged; never twice for one revision."""

from __future__ import annotations

import json
import time

import pytest
from django.conf import settings
from django.urls import reverse

from briefs.models import Webhook, WebhookDelivery
from briefs.services import webhooks
from briefs.services.publishing import publish_revision
from tests.api.receiver import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def hook(api_partner, settings) -> Webhook:
    settings.WEBHOOK_RETRY_BASE_SECONDS = 1
    return Webhook.objects.create(
        partner=api_partner, url="http://127.0.0.1:9/unused", secret="s3cret-shared"
    )


def publish(world, reviewer, django_capture_on_commit_callbacks):
    """Publish; the hook queues the first attempt (run eagerly here), then the retries are run the way
    the worker runs them, one attempt per task until the service says stop (real worker and countdowns:
    tests/integration/test_webhooks.py)."""
    with django_capture_on_commit_callbacks(execute=True):
        revision = publish_revision(revision=world.pending, reviewer=reviewer)
    for delivery in WebhookDelivery.objects.filter(revision=revision):
        delivery.refresh_from_db()
        while delivery.status == WebhookDelivery.Status.PENDING:
            outcome = webhooks.deliver(delivery_id=delivery.pk)
            delivery.refresh_from_db()
            assert outcome.retry_in is None or outcome.retry_in == webhooks.retry_delay(delivery.attempts)
    return revision


def test_a_receiver_that_fails_twice_then_accepts_gets_one_signed_notice(
    hook, world, reviewer, django_capture_on_commit_callbacks
):
    with Receiver(statuses=[500, 503, 204]) as receiver:
        hook.url = receiver.url
        hook.save()
        revision = publish(world, reviewer, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.revision) == ("delivered", 3, revision)
    assert [entry["status"] for entry in delivery.attempt_log] == [500, 503, 204]
    assert len(receiver.received) == 3
    for request in receiver.received:
        assert webhooks.verify(
            secret="s3cret-shared",
            timestamp=request.headers["X-Briefdesk-Timestamp"],
            body=request.body,
            signature=request.headers["X-Briefdesk-Signature"],
        )
        assert request.headers["X-Briefdesk-Delivery"] == str(delivery.pk)
    payload = json.loads(receiver.received[-1].body)
    assert payload["event"] == "revision.published"
    assert payload["brief"]["slug"] == "published-brief" and payload["revision"]["number"] == 2
    assert payload["revision"]["url"].endswith("/api/v1/briefs/published-brief/revisions/2/")


def test_a_tampered_body_or_wrong_secret_or_old_timestamp_fails_verification():
    body = webhooks.canonical_body({"event": "revision.published"})
    now = int(time.time())
    signature = webhooks.sign(secret="k", timestamp=now, body=body)

    assert webhooks.verify(secret="k", timestamp=str(now), body=body, signature=signature)
    assert not webhooks.verify(secret="k", timestamp=str(now), body=body + b" ", signature=signature)
    assert not webhooks.verify(secret="other", timestamp=str(now), body=body, signature=signature)
    old = now - 3600
    stale = webhooks.sign(secret="k", timestamp=old, body=body)
    assert not webhooks.verify(secret="k", timestamp=str(old), body=body, signature=stale)


def test_the_signature_is_hmac_sha256_over_timestamp_dot_body():
    import hashlib
    import hmac

    expected = hmac.new(b"k", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert webhooks.sign(secret="k", timestamp=1700000000, body=b"{}") == f"sha256={expected}"


def test_backoff_doubles_and_every_delay_stays_below_the_task_delay_limit():
    delays = [webhooks.retry_delay(attempt) for attempt in range(1, settings.WEBHOOK_MAX_ATTEMPTS + 1)]

    assert delays[:4] == [2, 4, 8, 16]
    assert all(later >= earlier for earlier, later in zip(delays, delays[1:], strict=False))
    assert max(delays) <= settings.WEBHOOK_RETRY_MAX_SECONDS < settings.MAX_TASK_DELAY_SECONDS


def test_a_delivery_gives_up_after_the_last_attempt(
    hook, world, reviewer, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    with Receiver(statuses=[500]) as receiver:
        hook.url = receiver.url
        hook.save()
        publish(world, reviewer, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, len(receiver.received)) == ("failed", 3, 3)
    assert delivery.last_error == "HTTP 500" and delivery.next_attempt_at is None


def test_delivery_is_idempotent_per_webhook_and_revision(
    hook, world, reviewer, django_capture_on_commit_callbacks
):
    with Receiver(statuses=[200]) as receiver:
        hook.url = receiver.url
        hook.save()
        revision = publish(world, reviewer, django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            webhooks.schedule_deliveries(revision)  # the hook running twice
        delivery = WebhookDelivery.objects.get()
        assert webhooks.deliver(delivery_id=delivery.pk).status == "delivered"  # a duplicate task

    assert WebhookDelivery.objects.count() == 1
    assert len(receiver.received) == 1


def test_inactive_webhooks_and_partners_get_nothing(
    hook, world, reviewer, django_capture_on_commit_callbacks
):
    hook.is_active = False
    hook.save()

    publish(world, reviewer, django_capture_on_commit_callbacks)

    assert not WebhookDelivery.objects.exists()


def test_redirects_and_unreachable_hosts_are_failed_attempts(
    hook, world, reviewer, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    with Receiver(statuses=[302]) as receiver:
        hook.url = receiver.url
        hook.save()
        publish(world, reviewer, django_capture_on_commit_callbacks)
    assert WebhookDelivery.objects.get().last_status_code == 302

    delivery = WebhookDelivery.objects.get()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="pending", attempts=0)
    Webhook.objects.filter(pk=hook.pk).update(url="http://127.0.0.1:9/closed")
    outcome = webhooks.deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert outcome.status == "failed" and delivery.last_status_code is None and delivery.last_error


def test_the_delivery_log_is_visible_in_the_admin(
    admin_client, hook, world, reviewer, django_capture_on_commit_callbacks
):
    with Receiver(statuses=[500, 200]) as receiver:
        hook.url = receiver.url
        hook.save()
        publish(world, reviewer, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()

    listing = admin_client.get(reverse("admin:briefs_webhookdelivery_changelist")).content.decode()
    page = admin_client.get(
        reverse("admin:briefs_webhookdelivery_change", args=[delivery.pk])
    ).content.decode()

    assert "Delivered" in listing
    assert "HTTP 500" in page and "<td>200</td>" in page
    hook_page = admin_client.get(reverse("admin:briefs_webhook_change", args=[hook.pk])).content.decode()
    assert "Delivered" in hook_page


def test_reviewers_read_the_delivery_log_but_only_administrators_manage_partners(client, reviewer, editor):
    client.force_login(reviewer)
    assert client.get(reverse("admin:briefs_webhookdelivery_changelist")).status_code == 200
    assert client.get(reverse("admin:briefs_changeevent_changelist")).status_code == 200
    for name in ("partner", "apitoken", "webhook"):
        assert client.get(reverse(f"admin:briefs_{name}_changelist")).status_code == 403
    client.force_login(editor)
    assert client.get(reverse("admin:briefs_webhookdelivery_changelist")).status_code == 403

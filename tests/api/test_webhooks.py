"""Webhooks: after a publication commits, every active webhook gets one signed POST, retried with
exponential backoff until accepted or given up, each attempt logged; never twice for one revision."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from briefs.models import Brief, Webhook, WebhookDelivery
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


# --- Egress: a webhook cannot reach inside ---------------------------------------------------------


@pytest.fixture
def production_egress(settings):
    """The production policy (config.settings.test lets the other tests reach a receiver on 127.0.0.1)."""
    settings.EGRESS_ALLOW_HTTP = False
    settings.EGRESS_ALLOWED_NETWORKS = []


def webhook_form(partner, url: str) -> dict:
    return {
        "partner": partner.pk,
        "url": url,
        "secret": "s3cret-shared",
        "is_active": "on",
        "deliveries-TOTAL_FORMS": "0",  # the read-only delivery log inline
        "deliveries-INITIAL_FORMS": "0",
    }


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:8199/", "Use an https:// address."),
        ("https://127.0.0.1:8199/", "not on the public internet"),
        ("https://169.254.169.254/latest/meta-data/", "not on the public internet"),
        ("https://[::1]:6379/", "not on the public internet"),
        ("https://10.0.0.1/", "not on the public internet"),
        ("https://[::ffff:10.0.0.1]/", "not on the public internet"),
        ("https://localhost:8199/", "not on the public internet"),
        ("ftp://files.partner.example/", "Use an https:// address."),
        ("https://user:pass@93.184.216.34/", "Remove the user name and password from the address."),
    ],
)
def test_the_webhook_form_refuses_addresses_that_reach_inside(
    admin_client, api_partner, production_egress, url, message
):
    response = admin_client.post(
        reverse("admin:briefs_webhook_add"),
        webhook_form(api_partner, url),
    )

    assert response.status_code == 200, "the form is shown again"
    assert message in response.content.decode()
    assert not Webhook.objects.exists()


def test_the_webhook_form_accepts_a_public_https_address(admin_client, api_partner, production_egress):
    response = admin_client.post(
        reverse("admin:briefs_webhook_add"),
        webhook_form(api_partner, "https://93.184.216.34/hooks"),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Webhook.objects.get().url == "https://93.184.216.34/hooks"


def test_every_send_checks_the_target_again_and_the_log_says_only_that_it_was_refused(
    hook, world, reviewer, production_egress, django_capture_on_commit_callbacks
):
    """A URL saved earlier (or a host whose DNS changed since) is refused at the send: no connection is
    made, and an open port and a closed one leave the same entry, so the log is no port scanner."""
    second = Webhook.objects.create(partner=hook.partner, url="http://127.0.0.1:9/closed", secret="x")
    with Receiver(statuses=[200]) as receiver:
        Webhook.objects.filter(pk=hook.pk).update(url=receiver.url)
        publish(world, reviewer, django_capture_on_commit_callbacks)

    assert receiver.received == []
    open_port = WebhookDelivery.objects.get(webhook=hook)
    closed_port = WebhookDelivery.objects.get(webhook=second)
    for delivery in (open_port, closed_port):
        assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("failed", 1, None)
        assert delivery.last_error == "target refused by the egress policy"
        assert [(entry["status"], entry["error"], entry["ms"]) for entry in delivery.attempt_log] == [
            (None, "target refused by the egress policy", 0)
        ]


def test_failures_are_logged_in_a_few_words_without_what_the_other_side_sent(
    hook, world, reviewer, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    with socket.create_server(("127.0.0.1", 0)) as server:
        Webhook.objects.filter(pk=hook.pk).update(url=f"http://127.0.0.1:{server.getsockname()[1]}/")

        def banner():
            client, _ = server.accept()
            with client:
                client.recv(65536)
                client.sendall(b"-ERR internal-redis-banner unknown command 'POST'\r\n")

        thread = threading.Thread(target=banner, daemon=True)
        thread.start()
        publish(world, reviewer, django_capture_on_commit_callbacks)
        thread.join(timeout=10)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.last_status_code, delivery.last_error) == (None, "malformed answer")
    assert "banner" not in json.dumps(delivery.attempt_log)


# --- Delivery outside any transaction, with a lease -------------------------------------------------


def make_delivery(hook: Webhook, revision) -> WebhookDelivery:
    """A fresh pending delivery (without a test transaction, publishing `world` already made one)."""
    WebhookDelivery.objects.filter(webhook=hook).delete()
    return WebhookDelivery.objects.create(
        webhook=hook, revision=revision, payload={"event": "revision.published"}
    )


@pytest.mark.django_db(transaction=True)
def test_no_lock_or_transaction_is_held_while_the_receiver_holds_the_post(hook, world, settings):
    """While the receiver holds the request, another connection writes the delivery row itself and an
    editor's table; both must go through before the receiver answers (they used to wait for the POST,
    which then timed out)."""
    settings.WEBHOOK_TIMEOUT_SECONDS = 3
    delivery = make_delivery(hook, world.published)
    writes = []

    def write_elsewhere():
        WebhookDelivery.objects.filter(pk=delivery.pk).update(created_at=F("created_at"))
        Brief.objects.filter(pk=world.brief.pk).update(title="Edited while a webhook is in flight")
        writes.append("done")

    with Receiver(statuses=[200], while_holding=write_elsewhere) as receiver:
        hook.url = receiver.url
        hook.save()
        outcome = webhooks.deliver(delivery_id=delivery.pk)

    assert receiver.errors == [] and writes == ["done"]
    assert outcome.status == "delivered", "the receiver answered before the attempt timed out"
    assert Brief.objects.get(pk=world.brief.pk).title == "Edited while a webhook is in flight"


@pytest.mark.django_db(transaction=True)
def test_a_second_worker_does_not_post_a_delivery_that_is_in_flight(hook, world):
    delivery = make_delivery(hook, world.published)
    second_worker = []

    with Receiver(
        statuses=[200],
        while_holding=lambda: second_worker.append(webhooks.deliver(delivery_id=delivery.pk)),
    ) as receiver:
        hook.url = receiver.url
        hook.save()
        first_worker = webhooks.deliver(delivery_id=delivery.pk)

    assert receiver.errors == []
    [busy] = second_worker
    assert busy.status == webhooks.IN_FLIGHT and 1 <= busy.retry_in <= settings.WEBHOOK_RETRY_MAX_SECONDS
    assert first_worker.status == "delivered" and len(receiver.received) == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and (delivery.lease_token, delivery.leased_until) == ("", None)


def test_a_lease_left_by_a_dead_worker_runs_out_and_the_delivery_is_then_sent_and_recorded_once(hook, world):
    delivery = make_delivery(hook, world.published)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        lease_token="dead-worker", leased_until=timezone.now() + timedelta(seconds=30)
    )
    with Receiver(statuses=[200]) as receiver:
        hook.url = receiver.url
        hook.save()
        while_alive = webhooks.deliver(delivery_id=delivery.pk)
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            leased_until=timezone.now() - timedelta(seconds=1)
        )
        after_expiry = webhooks.deliver(delivery_id=delivery.pk)

    assert while_alive.status == webhooks.IN_FLIGHT and while_alive.retry_in >= 1
    assert after_expiry.status == "delivered" and len(receiver.received) == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and [entry["status"] for entry in delivery.attempt_log] == [200]


@pytest.mark.django_db(transaction=True)
def test_an_attempt_that_outlived_its_lease_does_not_record_a_second_result(hook, world):
    """The first worker's POST is held past its lease; a second worker takes over, sends and records.
    When the first answer finally comes, it is not recorded: one attempt, one result."""
    delivery = make_delivery(hook, world.published)
    takeover = []

    def lease_runs_out_and_another_worker_sends():
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            leased_until=timezone.now() - timedelta(seconds=1)
        )
        takeover.append(webhooks.deliver(delivery_id=delivery.pk))

    with Receiver(statuses=[200, 200], while_holding=lease_runs_out_and_another_worker_sends) as receiver:
        hook.url = receiver.url
        hook.save()
        late = webhooks.deliver(delivery_id=delivery.pk)

    assert receiver.errors == [] and [outcome.status for outcome in takeover] == ["delivered"]
    assert late.status == "skipped"
    assert len(receiver.received) == 2
    assert {request.headers["X-Briefdesk-Delivery"] for request in receiver.received} == {str(delivery.pk)}
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and [entry["status"] for entry in delivery.attempt_log] == [200]

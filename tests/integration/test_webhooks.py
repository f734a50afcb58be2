"""Webhook delivery through a real Celery worker (PostgreSQL + Redis): a receiver on 127.0.0.1 fails
twice, then accepts; the worker retries with its backoff and the signature verifies every time."""

from __future__ import annotations

import json

import pytest
from django.db.models import F

from briefs.models import Brief, Partner, Webhook, WebhookDelivery
from briefs.services import webhooks
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.api.receiver import Receiver
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.factories import UserFactory
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_a_publication_reaches_a_receiver_that_fails_twice_then_accepts(celery_worker, reviewer):
    partner = Partner.objects.create(name="Receiver desk", user=UserFactory(username="receiver-desk"))
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    approved_claims(3, key_point=point, reviewer=reviewer)
    revision = assemble_brief(brief_id=point.brief_id).revision

    with Receiver(statuses=[500, 502, 200]) as receiver:
        Webhook.objects.create(partner=partner, url=receiver.url, secret="integration-secret")
        publish_revision(revision=revision, reviewer=reviewer)  # commits: the hook sends the task
        delivery = wait_for(
            lambda: WebhookDelivery.objects.filter(status=WebhookDelivery.Status.DELIVERED).first(),
            timeout=60,
        )

    assert delivery.revision_id == revision.pk and delivery.attempts == 3
    assert [entry["status"] for entry in delivery.attempt_log] == [500, 502, 200]
    assert len(receiver.received) == 3
    for request in receiver.received:
        assert webhooks.verify(
            secret="integration-secret",
            timestamp=request.headers["X-Briefdesk-Timestamp"],
            body=request.body,
            signature=request.headers["X-Briefdesk-Signature"],
        )
    assert len({request.body for request in receiver.received}) == 1  # one payload, signed afresh
    assert json.loads(receiver.received[0].body)["revision"]["number"] == revision.number
    assert "briefs.deliver_webhook" in celery_worker.log_text()


def test_the_worker_holds_no_lock_while_a_receiver_keeps_the_post_waiting(celery_worker, reviewer):
    """Two slow receivers once made an editor's save wait for them. Here the receiver, while it holds the
    POST, has the test process write the delivery row itself and a brief; both go through before it
    answers, and the attempt is recorded as the 200 it got (a lock would have held the writes until the
    attempt timed out)."""
    partner = Partner.objects.create(name="Receiver desk", user=UserFactory(username="receiver-desk"))
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    approved_claims(3, key_point=point, reviewer=reviewer)
    revision = assemble_brief(brief_id=point.brief_id).revision
    writes = []

    def write_while_held():
        delivery = WebhookDelivery.objects.get()
        assert delivery.leased_until is not None, "the lease was committed before the POST"
        WebhookDelivery.objects.filter(pk=delivery.pk).update(created_at=F("created_at"))
        Brief.objects.filter(pk=point.brief_id).update(title="Edited while a webhook is in flight")
        writes.append("done")

    with Receiver(statuses=[200], while_holding=write_while_held) as receiver:
        Webhook.objects.create(partner=partner, url=receiver.url, secret="integration-secret")
        publish_revision(revision=revision, reviewer=reviewer)
        delivery = wait_for(
            lambda: WebhookDelivery.objects.filter(status=WebhookDelivery.Status.DELIVERED).first(),
            timeout=60,
        )

    assert receiver.errors == [] and writes == ["done"]
    assert delivery.attempts == 1 and [entry["status"] for entry in delivery.attempt_log] == [200]
    assert (delivery.lease_token, delivery.leased_until) == ("", None)

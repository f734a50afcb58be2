"""Faults in the task pipeline with a real worker: a pool child or the worker's main process killed with
SIGKILL mid-assembly or mid-webhook, and a warm shutdown (SIGTERM) while a delivery is in flight.

Killing the main process leaves its message unacked in Redis; it is handed out again once the visibility
timeout has passed, so those tests use `short_visibility_worker` (20 s instead of two hours).
"""

import os
import signal
import time
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import connection, transaction

from briefs.models import BriefRevision, Partner, Webhook, WebhookDelivery
from briefs.services import webhooks
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from briefs.tasks import assemble_brief_task
from ops.models import AuditEntry, TaskFailure, TaskRun
from ops.services.task_failures import retry_task_failures
from tests.api.receiver import Received, Receiver
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.factories import UserFactory
from tests.integration.conftest import (
    SHORT_VISIBILITY,
    children_of,
    finished_and_released,
    message_in_redis,
)
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

VISIBILITY_TIMEOUT = int(SHORT_VISIBILITY["CELERY_VISIBILITY_TIMEOUT"])


@contextmanager
def revisions_held():
    """Hold a SHARE lock on the revisions table: an assembly reads its brief and claims and assembles,
    then waits at its INSERT, inside its transaction, until the block exits. The kill lands there."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("LOCK TABLE briefs_briefrevision IN SHARE MODE")
        yield


def backends_waiting_for_a_lock(query_prefix: str = "") -> set[int]:
    """The test database's backends (by PID) waiting for a lock, in a query that starts so."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # else the view is frozen for the transaction
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND starts_with(query, %s)",
            [query_prefix],
        )
        return {pid for (pid,) in cursor.fetchall()}


def assemblies_waiting_to_write() -> set[int]:
    """Assemblies that have read and assembled everything and wait at their revision INSERT."""
    return backends_waiting_for_a_lock('INSERT INTO "briefs_briefrevision"')


def database_backends() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        return {pid for (pid,) in cursor.fetchall()}


def test_child_killed_mid_assembly_leaves_no_partial_revision_and_the_task_completes_once(
    celery_worker, reviewer
):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(10_000, key_point=key_point, reviewer=reviewer)
    with revisions_held():
        result = assemble_brief_task.delay(key_point.brief_id)
        wait_for(assemblies_waiting_to_write, timeout=30)
        killed = children_of(celery_worker.process.pid)
        for child in killed:
            os.kill(child, signal.SIGKILL)
    assert not BriefRevision.objects.exists(), "no partial revision"

    revision = wait_for(lambda: BriefRevision.objects.filter(brief=key_point.brief).first(), timeout=90)
    wait_for(lambda: finished_and_released(result.id), timeout=30)  # no copy of the message is left to run
    assert BriefRevision.objects.filter(brief=key_point.brief).count() == 1
    assert AuditEntry.objects.filter(action="assembled").count() == 1, "the effect happened exactly once"
    cited = sum(len(position["citations"]) for position in revision.content["key_points"][0]["positions"])
    assert cited == 10_000, "the revision is complete, not partial"
    assert celery_worker.process.poll() is None, "the main process replaced its killed children"
    assert set(children_of(celery_worker.process.pid)).isdisjoint(killed)


def test_a_message_whose_worker_is_killed_every_time_is_recorded_for_a_person_not_requeued_forever(
    celery_worker, reviewer
):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(5, key_point=key_point, reviewer=reviewer)
    losses = settings.CELERY_TASK_MAX_WORKER_LOSSES
    orphans: set[int] = set()  # database backends of the killed runs, still waiting for the lock
    with revisions_held():
        result = assemble_brief_task.delay(key_point.brief_id)
        for start in range(1, losses + 1):
            wait_for(
                lambda start=start: TaskRun.objects.filter(task_id=f"{result.id}#0", starts=start).exists(),
                timeout=60,
            )
            # The kill lands inside the assembly: this run's own backend waits for a lock (the first run at
            # the revision INSERT, later ones at the brief's row, still held by a killed run's backend).
            orphans |= wait_for(
                lambda seen=frozenset(orphans): backends_waiting_for_a_lock() - seen, timeout=30
            )
            for child in children_of(celery_worker.process.pid):
                os.kill(child, signal.SIGKILL)
        failure = wait_for(lambda: TaskFailure.objects.filter(task_id=result.id).first(), timeout=60)
    # Given the lock, the killed runs' backends find their clients gone and end, their INSERTs rolled back.
    wait_for(lambda: not orphans & database_backends(), timeout=30)
    wait_for(lambda: finished_and_released(result.id), timeout=30)

    assert failure.exception_type == "WorkerLost" and failure.attempts == losses
    assert not BriefRevision.objects.exists(), "the message was not run a fourth time"
    assert not message_in_redis(result.id), "nothing is left queued or unacked"
    assert not TaskRun.objects.filter(task_id=f"{result.id}#0").exists()
    assert celery_worker.process.poll() is None

    operator = UserFactory(username="oki-operator", is_staff=True, is_superuser=True)
    retry_task_failures(failures=[failure], user=operator)  # the cause fixed, a person retries it
    wait_for(lambda: BriefRevision.objects.filter(brief=key_point.brief).exists(), timeout=60)
    print(
        f"worker killed {losses} times under one message: recorded as TaskFailure {failure.pk}, not requeued"
    )


def test_main_process_killed_mid_assembly_gives_one_complete_revision_after_a_restart(
    short_visibility_worker, reviewer
):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(10_000, key_point=key_point, reviewer=reviewer)
    with revisions_held():
        result = assemble_brief_task.delay(key_point.brief_id)
        wait_for(assemblies_waiting_to_write, timeout=30)
        killed_at = time.monotonic()
        short_visibility_worker.kill_main()
    assert not BriefRevision.objects.exists(), "no partial revision"

    short_visibility_worker.start()
    revision = wait_for(
        lambda: BriefRevision.objects.filter(brief=key_point.brief).first(), timeout=VISIBILITY_TIMEOUT + 40
    )
    recovered_in = time.monotonic() - killed_at
    wait_for(lambda: finished_and_released(result.id), timeout=30)  # no copy of the message is left to run
    assert BriefRevision.objects.filter(brief=key_point.brief).count() == 1
    assert AuditEntry.objects.filter(action="assembled").count() == 1, "the effect happened exactly once"
    cited = sum(len(position["citations"]) for position in revision.content["key_points"][0]["positions"])
    assert cited == 10_000, "the revision is complete, not partial"
    assert f"briefs.assemble_brief[{result.id}] received" in short_visibility_worker.current_log(), (
        "the restarted worker ran the same message again"
    )
    # Redelivery waits for the visibility timeout (from when the first worker took the message).
    assert recovered_in < VISIBILITY_TIMEOUT + 30
    print(f"main process killed mid-assembly: one complete revision {recovered_in:.1f}s after the kill")


def publish_with_webhook(reviewer, receiver_url: str) -> BriefRevision:
    partner = Partner.objects.create(name="Receiver desk", user=UserFactory(username="receiver-desk"))
    Webhook.objects.create(partner=partner, url=receiver_url, secret="integration-secret")
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    approved_claims(3, key_point=point, reviewer=reviewer)
    revision = assemble_brief(brief_id=point.brief_id).revision
    return publish_revision(revision=revision, reviewer=reviewer)  # commits: the hook sends the task


def assert_signed(request: Received) -> None:
    assert webhooks.verify(
        secret="integration-secret",
        timestamp=request.headers["X-Briefdesk-Timestamp"],
        body=request.body,
        signature=request.headers["X-Briefdesk-Signature"],
    )


def test_main_process_killed_mid_webhook_delivers_once_on_our_side_with_the_same_delivery_id(
    short_visibility_worker, reviewer, published_tasks
):
    with Receiver(statuses=[200], hold_first=6) as receiver:
        publish_with_webhook(reviewer, receiver.url)
        wait_for(lambda: receiver.received, timeout=30)  # the POST is in flight

        killed_at = time.monotonic()
        short_visibility_worker.kill_main()
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.attempts) == (WebhookDelivery.Status.PENDING, 0), (
            "the attempt died with the worker: nothing recorded"
        )
        assert delivery.leased_until is not None, "its lease runs out before the message is handed out again"

        short_visibility_worker.start()
        delivery = wait_for(
            lambda: WebhookDelivery.objects.filter(status=WebhookDelivery.Status.DELIVERED).first(),
            timeout=VISIBILITY_TIMEOUT + 40,
        )
        recovered_in = time.monotonic() - killed_at
        # The delivery's message has run for good and left the broker: no further POST can follow.
        sent = published_tasks["briefs.deliver_webhook"]
        assert sent, "publishing sent the delivery task"
        wait_for(lambda: all(finished_and_released(task_id) for task_id in sent), timeout=30)

    delivery.refresh_from_db()
    assert delivery.attempts == 1 and [entry["status"] for entry in delivery.attempt_log] == [200]
    # The partner saw the notice twice (the first POST arrived; its answer never reached us), both
    # with the same delivery id, which is what docs/api.md tells partners to deduplicate on.
    assert len(receiver.received) == 2
    assert {request.headers["X-Briefdesk-Delivery"] for request in receiver.received} == {str(delivery.pk)}
    assert len({request.body for request in receiver.received}) == 1
    for request in receiver.received:
        assert_signed(request)
    print(f"main process killed mid-webhook: delivered {recovered_in:.1f}s after the kill")


def test_sigterm_finishes_the_delivery_in_flight_then_exits_and_nothing_is_redelivered(
    short_visibility_worker, reviewer
):
    with Receiver(statuses=[200], hold_first=3) as receiver:
        publish_with_webhook(reviewer, receiver.url)
        wait_for(lambda: receiver.received, timeout=30)

        stopped_at = time.monotonic()
        short_visibility_worker.process.send_signal(signal.SIGTERM)
        exit_code = short_visibility_worker.process.wait(timeout=30)
        stopped_in = time.monotonic() - stopped_at

    delivery = WebhookDelivery.objects.get()
    assert exit_code == 0, "a warm shutdown"
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.attempts == 1
    assert len(receiver.received) == 1
    task_ids = [line.split("[")[1].split("]")[0] for line in short_visibility_worker.current_log().splitlines()
                if "briefs.deliver_webhook[" in line and " received" in line]  # fmt: skip
    assert len(task_ids) == 1
    assert not message_in_redis(task_ids[0]), "acked before the worker exited: nothing left to redeliver"
    print(f"SIGTERM mid-webhook: the delivery completed and the worker exited {stopped_in:.1f}s later")

"""A poison task with a real worker: an assembly that fails every time is retried a bounded number of
times, then recorded once for a person and gone from the broker; "retry now" runs it again."""

from __future__ import annotations

import time

import pytest
from django.db import connection

from briefs.models import BriefRevision
from briefs.tasks import MAX_RETRIES, assemble_brief_task
from ops.models import TaskFailure
from ops.services.task_failures import retry_task_failures
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.factories import UserFactory
from tests.integration.conftest import finished_and_released, message_in_redis
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def refuse_revisions_of(brief_id: int) -> None:
    """The database refuses every revision of this brief with a serialization failure (SQLSTATE 40001):
    a transient error, as far as the task can tell, that never clears."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            CREATE FUNCTION refuse_revision() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.brief_id = {int(brief_id)} THEN
                    RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_revision BEFORE INSERT ON briefs_briefrevision
                FOR EACH ROW EXECUTE FUNCTION refuse_revision();
            """
        )


def stop_refusing() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "DROP TRIGGER IF EXISTS refuse_revision ON briefs_briefrevision; DROP FUNCTION IF EXISTS refuse_revision()"
        )


@pytest.fixture
def refusing_database():
    yield refuse_revisions_of
    stop_refusing()


def attempts_logged(log: str, task_id: str) -> int:
    return log.count(f"briefs.assemble_brief[{task_id}] received")


def test_an_assembly_that_always_fails_is_recorded_once_after_bounded_retries_and_leaves_the_queue(
    short_visibility_worker, reviewer, refusing_database
):
    poisoned = PropositionFactory(statement="North Korea ships munitions to Russia.")
    healthy = PropositionFactory(statement="Russia supplies oil to North Korea.")
    for point in (poisoned, healthy):
        approved_claims(3, key_point=point, reviewer=reviewer)
    refusing_database(poisoned.brief_id)

    started = time.monotonic()
    result = assemble_brief_task.delay(poisoned.brief_id)
    failure = wait_for(lambda: TaskFailure.objects.filter(task_id=result.id).first(), timeout=60)
    gave_up_in = time.monotonic() - started
    # The last attempt stored its failure and its message was acked, not requeued: none can follow.
    wait_for(lambda: finished_and_released(result.id), timeout=30)

    failure.refresh_from_db()
    assert TaskFailure.objects.count() == 1
    assert failure.attempts == MAX_RETRIES + 1 == 7
    assert (failure.task_name, failure.args, failure.exception_type) == (
        "briefs.assemble_brief",
        [poisoned.brief_id],
        "OperationalError",
    )
    assert "could not serialize access" in failure.message and failure.resolved_at is None
    assert attempts_logged(short_visibility_worker.current_log(), result.id) == 7, (
        "no attempt after giving up"
    )
    assert not message_in_redis(result.id), "nothing left in the queue or held unacked"
    assert not BriefRevision.objects.filter(brief=poisoned.brief).exists()

    assemble_brief_task.delay(healthy.brief_id)
    wait_for(lambda: BriefRevision.objects.filter(brief=healthy.brief).exists(), timeout=30)

    stop_refusing()  # the cause is fixed; a person retries it
    operator = UserFactory(username="oki-operator", is_staff=True, is_superuser=True)
    retry_task_failures(failures=[failure], user=operator)
    wait_for(lambda: BriefRevision.objects.filter(brief=poisoned.brief).exists(), timeout=30)
    failure.refresh_from_db()
    assert failure.resolved_by == operator and TaskFailure.objects.count() == 1
    print(f"poison task: recorded after {failure.attempts} attempts, {gave_up_in:.1f}s after it was sent")

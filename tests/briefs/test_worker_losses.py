"""A message whose worker dies every time it runs it (killed, out of memory, a crash in C code) is not
requeued forever: after CELERY_TASK_MAX_WORKER_LOSSES deaths it is recorded for a person instead.

Here the worker's side is played by hand: the request a worker pushes before calling a task, and the
unfinished starts a dead worker leaves behind. tests/integration/test_worker_faults.py kills a real one.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from briefs.models import BriefRevision
from briefs.services.reconcile import reconcile
from briefs.tasks import assemble_brief_task
from ops.models import TaskFailure, TaskRun
from ops.services.task_failures import note_task_end, note_task_start
from tests.briefs.factories import PropositionFactory, approved_claims

MESSAGE_ID = "6f1c1d2e-0000-4000-8000-000000000001"
RUN = f"{MESSAGE_ID}#0"  # its first delivery: retry number 0


@pytest.fixture
def brief(reviewer):
    point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(3, key_point=point, reviewer=reviewer)
    return point.brief


def run_as_worker(task, *args, retries: int = 0):
    """Call the task the way a worker does: with the message's request already pushed."""
    task.push_request(
        id=MESSAGE_ID, retries=retries, called_directly=False, is_eager=False, args=list(args), kwargs={}
    )
    try:
        return task(*args)
    finally:
        task.pop_request()


def test_starts_that_never_finished_are_counted_as_worker_deaths(db):
    assert note_task_start(task_id=MESSAGE_ID, task_name="briefs.assemble_brief") == 0
    assert note_task_start(task_id=MESSAGE_ID, task_name="briefs.assemble_brief") == 1  # redelivered

    note_task_end(task_id=MESSAGE_ID)

    assert note_task_start(task_id=MESSAGE_ID, task_name="briefs.assemble_brief") == 0


def test_a_run_that_finishes_leaves_nothing_behind(brief):
    result = run_as_worker(assemble_brief_task, brief.pk)

    assert result["status"] == "created"
    assert not TaskRun.objects.exists()
    assert not TaskFailure.objects.exists()


def test_a_message_redelivered_after_a_few_deaths_still_runs(brief):
    TaskRun.objects.create(
        task_id=RUN,
        task_name=assemble_brief_task.name,
        starts=settings.CELERY_TASK_MAX_WORKER_LOSSES - 1,
    )

    assert run_as_worker(assemble_brief_task, brief.pk)["status"] == "created"
    assert not TaskRun.objects.exists()


def test_a_message_whose_worker_keeps_dying_is_recorded_for_a_person_and_not_run(brief):
    losses = settings.CELERY_TASK_MAX_WORKER_LOSSES
    TaskRun.objects.create(task_id=RUN, task_name=assemble_brief_task.name, starts=losses)

    assert run_as_worker(assemble_brief_task, brief.pk) is None

    assert not BriefRevision.objects.exists(), "not started again"
    failure = TaskFailure.objects.get()
    assert (failure.task_id, failure.task_name, failure.args) == (
        MESSAGE_ID,
        "briefs.assemble_brief",
        [brief.pk],
    )
    assert failure.exception_type == "WorkerLost"
    assert f"died {losses} times" in failure.message
    assert failure.attempts == losses
    assert not TaskRun.objects.exists()


def test_a_retry_that_starts_before_the_previous_attempt_finished_is_no_worker_death(brief):
    """A retry is a new message under the same task id; with a jittered countdown of 0 it may start on
    another worker while the attempt that asked for it is still finishing."""
    TaskRun.objects.create(
        task_id=RUN, task_name=assemble_brief_task.name, starts=settings.CELERY_TASK_MAX_WORKER_LOSSES
    )

    assert run_as_worker(assemble_brief_task, brief.pk, retries=1)["status"] == "created"

    assert not TaskFailure.objects.exists()
    assert list(TaskRun.objects.values_list("task_id", flat=True)) == [RUN], (
        "the other attempt's row is its own"
    )


def test_a_run_that_raises_was_no_worker_death(brief, monkeypatch):
    def broken(*, brief_id):
        raise ValueError("bad data")

    monkeypatch.setattr("briefs.tasks.assemble_brief", broken)

    with pytest.raises(ValueError, match="bad data"):
        run_as_worker(assemble_brief_task, brief.pk)

    assert not TaskRun.objects.exists()


def test_the_reconciler_forgets_runs_whose_message_never_came_back(db):
    TaskRun.objects.create(task_id="lost", task_name="briefs.assemble_brief", starts=1)
    TaskRun.objects.filter(task_id="lost").update(last_started_at=timezone.now() - timedelta(days=2))
    TaskRun.objects.create(task_id="running", task_name="briefs.assemble_brief", starts=1)

    reconcile()

    assert list(TaskRun.objects.values_list("task_id", flat=True)) == ["running"]

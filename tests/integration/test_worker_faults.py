"""Faults in the task pipeline: a worker child killed with SIGKILL mid-assembly."""

import os
import signal
import time
from pathlib import Path

import pytest

from briefs.models import AuditEntry, BriefRevision
from briefs.tasks import assemble_brief_task
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def children_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


def test_child_killed_mid_assembly_leaves_no_partial_revision_and_the_task_completes_once(
    celery_worker, reviewer
):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(10_000, key_point=key_point, reviewer=reviewer)
    result = assemble_brief_task.delay(key_point.brief_id)
    wait_for(lambda: f"briefs.assemble_brief[{result.id}] received" in celery_worker.log_text(), timeout=30)
    time.sleep(0.3)  # inside the assembly: reading and assembling 10,000 claims takes longer than this

    killed = children_of(celery_worker.process.pid)
    for child in killed:
        os.kill(child, signal.SIGKILL)
    assert not BriefRevision.objects.exists(), (
        "the assembly finished before the kill; the test proves nothing"
    )

    revision = wait_for(lambda: BriefRevision.objects.filter(brief=key_point.brief).first(), timeout=90)
    time.sleep(2)
    assert BriefRevision.objects.filter(brief=key_point.brief).count() == 1
    assert AuditEntry.objects.filter(action="assembled").count() == 1, "the effect happened exactly once"
    cited = sum(len(position["citations"]) for position in revision.content["key_points"][0]["positions"])
    assert cited == 10_000, "the revision is complete, not partial"
    assert celery_worker.process.poll() is None, "the main process replaced its killed children"
    assert set(children_of(celery_worker.process.pid)).isdisjoint(killed)

"""Assembly through a real Celery worker on PostgreSQL + Redis."""

import pytest

from briefs.models import BriefRevision
from briefs.services.review import approve_claim
from briefs.tasks import assemble_brief_task
from config.tasks import probe
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.integration.conftest import finished_and_released
from tests.rollback import rolled_back
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.")


def test_approvals_in_a_row_trigger_exactly_one_assembly(
    celery_worker, key_point, reviewer, editor, settings, published_tasks
):
    settings.BRIEF_ASSEMBLY_DEBOUNCE_SECONDS = 2
    claims = ClaimFactory.create_batch(5, created_by=editor)
    key_point.claims.add(*claims)

    for claim in claims:
        approve_claim(claim=claim, reviewer=reviewer)

    revision = wait_for(lambda: BriefRevision.objects.filter(brief=key_point.brief).first(), timeout=30)
    # Every assembly the approvals sent has run and left the broker: a second one cannot come later.
    sent = published_tasks["briefs.assemble_brief"]
    wait_for(lambda: all(finished_and_released(task_id) for task_id in sent), timeout=30)
    assert BriefRevision.objects.filter(brief=key_point.brief).count() == 1
    assert AuditEntry.objects.filter(action="assembled").count() == 1
    cited = {c["claim_id"] for p in revision.content["key_points"][0]["positions"] for c in p["citations"]}
    assert cited == {claim.pk for claim in claims}, "the one assembly saw every approval"


def test_two_concurrent_assemblies_of_one_brief_make_one_revision(celery_worker, key_point, reviewer):
    approved_claims(50, key_point=key_point, reviewer=reviewer)

    first = assemble_brief_task.delay(key_point.brief_id)
    second = assemble_brief_task.delay(key_point.brief_id)

    statuses = sorted(result.get(timeout=30)["status"] for result in (first, second))
    assert statuses == ["created", "unchanged"]
    assert BriefRevision.objects.filter(brief=key_point.brief).count() == 1


def test_a_rolled_back_approval_reaches_no_worker(
    celery_worker, key_point, reviewer, editor, settings, published_tasks
):
    settings.BRIEF_ASSEMBLY_DEBOUNCE_SECONDS = 0
    claim = ClaimFactory(created_by=editor)
    key_point.claims.add(claim)
    received_before = celery_worker.log_text().count("briefs.assemble_brief[")

    with rolled_back():  # the request fails after the approval
        approve_claim(claim=claim, reviewer=reviewer)

    assert not published_tasks["briefs.assemble_brief"], "the rollback dropped the after-commit hook"
    # The queue is first in, first out, and the worker logs each message as it takes it: once a probe sent
    # now has been answered, an assembly sent before it would have been received (and logged) already.
    probe.apply_async(args=["after-rollback"]).get(timeout=30)
    assert not BriefRevision.objects.exists()
    assert celery_worker.log_text().count("briefs.assemble_brief[") == received_before

"""Assembly into revisions, review and publication, and what triggers assembly."""

import gc
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from briefs.assembly import snapshot_hash
from briefs.models import BriefRevision, Claim
from briefs.services import assembly as assembly_service
from briefs.services import publishing
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import PublishRefused, publish_revision, reject_revision
from briefs.services.review import approve_claim
from briefs.tasks import assemble_brief_task
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.rollback import rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.")


@pytest.fixture
def brief(key_point):
    return key_point.brief


def test_assembly_uses_approved_claims_only(brief, key_point, reviewer, editor):
    approved = approved_claims(2, key_point=key_point, reviewer=reviewer)
    draft = ClaimFactory(created_by=editor)
    rejected = ClaimFactory(created_by=editor, status=Claim.Status.REJECTED, reviewed_by=reviewer,
                            reviewed_at=approved[0].reviewed_at)  # fmt: skip
    orphaned = ClaimFactory(created_by=editor, status=Claim.Status.ORPHANED)
    key_point.claims.add(draft, rejected, orphaned)

    result = assemble_brief(brief_id=brief.pk)

    assert (result.status, result.revision.number, result.revision.status) == ("created", 1, "pending_review")
    cited = {
        c["claim_id"] for p in result.revision.content["key_points"][0]["positions"] for c in p["citations"]
    }
    assert cited == {claim.pk for claim in approved}


def test_same_inputs_make_no_new_revision(brief, key_point, reviewer):
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    first = assemble_brief(brief_id=brief.pk)

    again = assemble_brief(brief_id=brief.pk)

    assert (again.status, again.revision.pk) == ("unchanged", first.revision.pk)
    assert BriefRevision.objects.count() == 1


def test_new_material_gives_the_next_revision(brief, key_point, reviewer):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    assemble_brief(brief_id=brief.pk)
    approved_claims(1, key_point=key_point, reviewer=reviewer)

    result = assemble_brief(brief_id=brief.pk)

    assert (result.status, result.revision.number) == ("created", 2)


def test_a_revision_snapshot_cannot_be_changed(brief, key_point, reviewer):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    revision = assemble_brief(brief_id=brief.pk).revision
    revision.content = {"summary": "tampered"}

    with pytest.raises(ValueError, match="immutable"):
        revision.save()
    with pytest.raises(ValueError, match="never changes"):
        revision.save(update_fields=["content"])


@pytest.mark.parametrize("count", [10, 1000])
def test_assembly_costs_the_same_queries_for_10_or_1000_claims(brief, key_point, reviewer, count,
                                                               django_assert_num_queries):  # fmt: skip
    approved_claims(count, key_point=key_point, reviewer=reviewer)

    # savepoint, brief lock, key points, links, claims (with speaker, source, outlet), figures,
    # movements (with their places), latest revision, insert revision, insert audit entry, release; + 4 to capture the cited material the
    # revision would publish (claims, their figures, speakers with affiliations, sources with outlets).
    # Nothing grows with the number of claims.
    with django_assert_num_queries(11 + 4):
        assemble_brief(brief_id=brief.pk)


def test_the_stored_snapshot_reads_back_as_assembled_and_matches_its_hash(brief, key_point, reviewer):
    approved_claims(3, key_point=key_point, reviewer=reviewer)

    result = assemble_brief(brief_id=brief.pk)

    stored = BriefRevision.objects.get(pk=result.revision.pk)
    assert stored.content == result.revision.content
    assert stored.content["key_points"][0]["statement"] == "North Korea ships munitions to Russia."
    assert snapshot_hash(stored.content) == stored.content_hash == result.revision.content_hash


def test_assembly_leaves_garbage_collection_on_even_when_it_fails(brief, key_point, reviewer, monkeypatch):
    """Assembly pauses the cyclic collector while it builds; a worker must never keep running without."""
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    assert gc.isenabled()

    assemble_brief(brief_id=brief.pk)
    assert gc.isenabled()

    def fail(*args):
        raise RuntimeError("assembly failed")

    monkeypatch.setattr(assembly_service, "assemble", fail)
    with pytest.raises(RuntimeError, match="assembly failed"):
        assemble_brief(brief_id=brief.pk)
    assert gc.isenabled()


def test_reviewer_publishes_and_the_previous_publication_is_superseded(brief, key_point, reviewer):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    first = publish_revision(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)
    approved_claims(1, key_point=key_point, reviewer=reviewer)

    second = publish_revision(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)

    first.refresh_from_db()
    assert (first.status, second.status) == ("superseded", "published")
    assert first.superseded_at is not None and second.published_at is not None
    assert list(BriefRevision.objects.published()) == [second]


def test_only_reviewers_publish(brief, key_point, reviewer, editor):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    revision = assemble_brief(brief_id=brief.pk).revision

    with pytest.raises(PermissionDenied):
        publish_revision(revision=revision, reviewer=editor)
    revision.refresh_from_db()
    assert revision.status == "pending_review"


def test_rejecting_needs_a_note_and_a_rejected_revision_cannot_be_published(brief, key_point, reviewer):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    revision = assemble_brief(brief_id=brief.pk).revision

    with pytest.raises(PublishRefused, match="Say why"):
        reject_revision(revision=revision, reviewer=reviewer, note="")
    reject_revision(revision=revision, reviewer=reviewer, note="Summary is out of date")
    with pytest.raises(PublishRefused, match="already rejected"):
        publish_revision(revision=revision, reviewer=reviewer)


def test_publish_hooks_run_after_commit_and_never_after_a_rollback(
    brief, key_point, reviewer, monkeypatch, django_capture_on_commit_callbacks
):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    revision = assemble_brief(brief_id=brief.pk).revision
    called = []
    monkeypatch.setattr(publishing, "PUBLISH_HOOKS", [called.append])

    with django_capture_on_commit_callbacks(execute=True), rolled_back():
        publish_revision(revision=revision, reviewer=reviewer)
    assert called == []

    with django_capture_on_commit_callbacks(execute=False) as pending:
        publish_revision(revision=revision, reviewer=reviewer)
    assert called == [], "not before the commit"
    for callback in pending:
        callback()
    assert [hooked.pk for hooked in called] == [revision.pk]


@pytest.mark.django_db(transaction=True)
def test_approving_a_linked_claim_assembles_the_brief_after_commit(brief, key_point, reviewer, editor):
    claim = ClaimFactory(created_by=editor)
    key_point.claims.add(claim)

    approve_claim(claim=claim, reviewer=reviewer)

    revision = BriefRevision.objects.get(brief=brief)
    assert revision.content["key_points"][0]["positions"][0]["citations"][0]["claim_id"] == claim.pk


@pytest.mark.django_db(transaction=True)
def test_thirty_approvals_in_a_row_schedule_one_assembly(brief, key_point, reviewer, editor, monkeypatch):
    claims = ClaimFactory.create_batch(30, created_by=editor)
    key_point.claims.add(*claims)
    sent = []
    monkeypatch.setattr(assemble_brief_task, "apply_async", lambda *args, **kwargs: sent.append(kwargs))

    for claim in claims:
        approve_claim(claim=claim, reviewer=reviewer)

    assert len(sent) == 1
    assert sent[0]["args"] == [brief.pk]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_approval_triggers_nothing(brief, key_point, reviewer, editor, monkeypatch):
    claim = ClaimFactory(created_by=editor)
    key_point.claims.add(claim)
    sent = []
    monkeypatch.setattr(assemble_brief_task, "apply_async", lambda *args, **kwargs: sent.append(kwargs))

    with rolled_back():  # the reviewer's request failed later
        approve_claim(claim=claim, reviewer=reviewer)

    assert sent == []
    claim.refresh_from_db()
    assert claim.status == "draft"


def test_assemble_brief_command_prints_json(brief, key_point, reviewer, capsys):
    approved_claims(1, key_point=key_point, reviewer=reviewer)

    call_command("assemble_brief", brief.slug, "--format", "json")
    call_command("assemble_brief", brief.slug, "--format", "json")

    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["brief"], first["revision"], first["status"]) == (brief.slug, 1, "created")
    assert (second["revision"], second["status"]) == (1, "unchanged")
    assert first["content"]["key_points"][0]["statement"] == "North Korea ships munitions to Russia."

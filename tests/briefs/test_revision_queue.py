"""The reviewers' queue holds only what can still be reviewed: a revision replaced by a newer one before
anyone reviewed it leaves the queue, marked replaced, with the audit trail saying by which."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from briefs.models import BriefRevision
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import PublishRefused, publish_revision, reject_revision
from ops.models import AuditEntry
from tests.briefs.factories import PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:briefs_briefrevision_changelist") + "?status__exact=pending_review"
ROW = re.compile(r'<a href="/admin/briefs/briefrevision/(\d+)/change/')


def queued(client) -> set[int]:
    """The revisions the reviewer's queue (Brief revisions → pending review) lists."""
    page = client.get(QUEUE).text
    return {int(pk) for pk in ROW.findall(page)}


@pytest.fixture
def two_submissions(reviewer):
    """A brief whose editors changed it twice before a reviewer got to it: two revisions assembled."""
    point = PropositionFactory(statement="Freighters from Rajin unload at Dunay.", brief__slug="dunay")
    approved_claims(1, key_point=point, reviewer=reviewer)
    first = assemble_brief(brief_id=point.brief_id).revision
    PropositionFactory(brief=point.brief, statement="Rail cars carry the containers west.")
    second = assemble_brief(brief_id=point.brief_id).revision
    first.refresh_from_db()
    return first, second


def test_after_two_submissions_the_queue_holds_only_the_newer(reviewer_client, two_submissions):
    first, second = two_submissions

    assert queued(reviewer_client) == {second.pk}
    assert (first.status, second.status) == ("replaced", "pending_review")
    assert first.superseded_at == second.created_at and first.reviewed_by is None
    entry = AuditEntry.objects.get(action="replaced", object_id=first.pk)
    assert (entry.before, entry.after) == (
        {"status": "pending_review"},
        {"status": "replaced", "by": second.number},
    )
    # The replaced snapshot is kept as it was, listed under its own status.
    assert first.content["key_points"] and len(first.content["key_points"]) == 1
    replaced = reviewer_client.get(
        reverse("admin:briefs_briefrevision_changelist") + "?status__exact=replaced"
    ).text
    assert {int(pk) for pk in ROW.findall(replaced)} == {first.pk}


def test_a_replaced_revision_can_be_neither_published_nor_rejected(reviewer, two_submissions):
    first, _ = two_submissions

    with pytest.raises(PublishRefused, match="already replaced"):
        publish_revision(revision=first, reviewer=reviewer)
    with pytest.raises(PublishRefused, match="already replaced"):
        reject_revision(revision=first, reviewer=reviewer, note="Old")


def test_after_publishing_the_newer_the_queue_is_empty_and_the_trail_kept(
    reviewer_client, reviewer, two_submissions
):
    first, second = two_submissions

    publish_revision(revision=second, reviewer=reviewer)

    assert queued(reviewer_client) == set()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("replaced", "published")
    assert BriefRevision.objects.pending().count() == 0
    assert list(
        AuditEntry.objects.filter(object_id__in=[first.pk, second.pk], target_type="briefs.briefrevision")
        .order_by("pk")
        .values_list("object_id", "action")
    ) == [(first.pk, "assembled"), (second.pk, "assembled"), (first.pk, "replaced"), (second.pk, "published")]
    # Reviewed history on the published revision's page names the replaced one as such.
    page = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[second.pk])).text
    assert "Replaced before review by a newer revision" in page


def test_a_revision_whose_newer_one_was_published_is_not_replaced_again(reviewer, two_submissions):
    # Publishing a revision supersedes the published one, never a replaced one; the next assembly replaces
    # only a revision still pending.
    first, second = two_submissions
    publish_revision(revision=second, reviewer=reviewer)
    PropositionFactory(brief=second.brief, statement="A third key point arrives.")

    third = assemble_brief(brief_id=second.brief_id).revision

    statuses = dict(second.brief.revisions.values_list("number", "status"))
    assert statuses == {first.number: "replaced", second.number: "published", third.number: "pending_review"}

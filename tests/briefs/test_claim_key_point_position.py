"""Editors set which way a claim points on its key points when its stance does not say (condemns):
claim content under four eyes, and the page shows the position with a note that editors set it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from briefs.models import Claim
from briefs.services.assembly import assemble_brief
from briefs.services.claims import update_claim
from briefs.services.publishing import publish_revision
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.briefs.test_figure_edits import change_form_data

pytestmark = pytest.mark.django_db


def test_setting_the_position_sends_a_reviewed_claim_back_to_review(editor, reviewer):
    claim = ClaimFactory(
        stance="condemns", status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now()
    )

    update_claim(
        claim=claim, edits={"key_point_position": "disputes"}, user=editor, expected_version=claim.version
    )

    claim.refresh_from_db()
    assert claim.key_point_position == "disputes"
    assert claim.status == Claim.Status.DRAFT and claim.content_changed_by == editor
    entry = AuditEntry.objects.filter(action="edited").latest("pk")
    assert entry.before == {"key_point_position": "", "status": "approved"}
    assert entry.after == {"key_point_position": "disputes", "status": "draft"}


def test_a_position_that_is_not_one_is_refused(editor):
    claim = ClaimFactory(stance="condemns")
    with pytest.raises(ValidationError):
        update_claim(
            claim=claim, edits={"key_point_position": "mixed"}, user=editor, expected_version=claim.version
        )


def test_the_page_shows_the_editors_position_and_says_they_set_it(client, reviewer):
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    (condemnation,) = approved_claims(1, key_point=point, reviewer=reviewer, stance="condemns")
    Claim.objects.filter(pk=condemnation.pk).update(key_point_position="disputes")
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)

    page = client.get(f"/briefs/arms/key-points/{point.pk}/").text

    assert '<span class="position position-disputes">disputes</span>' in page
    assert "(disputes: set by the editors)" in page
    public = client.get(f"/api/v1/claims/{condemnation.pk}/").json()
    assert public["key_point_position"] == "disputes"


def test_an_editor_sets_the_position_on_the_claims_page(editor_client, editor):
    claim = ClaimFactory(stance="condemns")
    data = change_form_data(claim, []) | {"key_point_position": "supports"}

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[claim.pk]), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.key_point_position == "supports" and claim.content_changed_by == editor

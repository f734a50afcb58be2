"""Movements are claim content: editing them on the claim's page is audited and sends a reviewed claim
back to review (four eyes), and a place's new coordinates wait in a revision for another reviewer."""

import pytest
from django.urls import reverse
from django.utils import timezone

from briefs.models import Claim, Movement, Place
from briefs.services.assembly import assemble_brief
from briefs.services.four_eyes import publication_refusal
from briefs.services.publishing import publish_revision
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.briefs.test_figure_edits import change_form_data

pytestmark = pytest.mark.django_db


def with_movement(data: dict, claim: Claim, **fields) -> dict:
    return data | {"movements-TOTAL_FORMS": 1} | {f"movements-0-{name}": v for name, v in fields.items()}


def test_a_movement_added_on_the_claims_page_is_audited_and_reviewed_again(editor_client, editor, reviewer):
    claim = ClaimFactory(status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now())
    najin, dunay = Place.objects.get(name="Najin"), Place.objects.get(name="Dunay")
    data = with_movement(
        change_form_data(claim, []),
        claim,
        origin=najin.pk,
        destination=dunay.pk,
        mode="sea",
        period_start="2023-09-01",
        period_end="2023-10-01",
        period_precision="range",
    )

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[claim.pk]), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DRAFT and claim.content_changed_by == editor
    entry = AuditEntry.objects.filter(action="edited").latest("pk")
    assert entry.after == {"movements": ["Najin → Dunay sea 2023-09-01..2023-10-01 range"]}


def test_a_movement_that_goes_nowhere_or_has_an_undated_range_is_refused_on_the_form(editor_client):
    claim = ClaimFactory()
    najin = Place.objects.get(name="Najin")
    data = with_movement(
        change_form_data(claim, []), claim, origin=najin.pk, destination=najin.pk, mode="sea"
    )

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[claim.pk]), data)

    assert response.status_code == 200
    assert "from one place to another place" in response.text
    assert not Movement.objects.exists()


def test_places_are_searchable_under_any_name(editor_client):
    response = editor_client.get(reverse("admin:briefs_place_changelist") + "?q=Rajin")
    assert "Najin" in response.text


def test_a_reviewer_who_moved_a_place_cannot_publish_the_revision_alone(editor_client, reviewer, client):
    key_point = PropositionFactory(brief__slug="arms")
    (claim,) = approved_claims(1, key_point=key_point, reviewer=reviewer)
    najin = Place.objects.get(name="Najin")
    Movement.objects.create(claim=claim, origin=najin, destination=Place.objects.get(name="Dunay"))
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)

    client.force_login(reviewer)
    response = client.post(
        reverse("admin:briefs_place_change", args=[najin.pk]),
        {"name": "Najin", "name_indonesian": "", "aliases": '["Rajin"]', "kind": "port",
         "latitude": "42.3", "longitude": "130.3"},
    )  # fmt: skip
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="edited", after__latitude="42.3").exists()

    revision = assemble_brief(brief_id=key_point.brief_id).revision
    assert revision.status == "pending_review", "the new coordinates wait for review"
    assert "place “Najin”" in publication_refusal(revision, reviewer)

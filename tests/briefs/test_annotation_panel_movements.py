"""The annotation panel shows what each claim says moved and lets an editor add, change or remove it:
the same rules and review as on the claim's page, for those allowed to change claims."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from briefs.models import Claim, Movement, Place
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PREFIX = "claim-{}-movements"


@pytest.fixture
def places(db):
    return Place.objects.get(name="Najin"), Place.objects.get(name="Dunay")


@pytest.fixture
def claim(source, reviewer):
    return ClaimFactory(
        source=source, status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now()
    )


def movements_post(claim: Claim, rows: list[dict], initial: int = 0) -> dict:
    prefix = PREFIX.format(claim.pk)
    data = {f"{prefix}-TOTAL_FORMS": len(rows), f"{prefix}-INITIAL_FORMS": initial}
    for index, row in enumerate(rows):
        data |= {f"{prefix}-{index}-{name}": value for name, value in row.items()}
    return data


def post(client, claim, data):
    url = reverse("admin:ingest_source_claim_movements", args=[claim.source_id, claim.pk])
    return client.post(url, data, follow=True)


def panel(client, claim) -> str:
    return client.get(reverse("admin:ingest_source_change", args=[claim.source_id])).text


def test_an_editor_adds_a_movement_in_the_panel_and_the_claim_goes_back_to_review(
    editor_client, editor, claim, places
):
    najin, dunay = places
    assert "Add a movement" in panel(editor_client, claim)

    response = post(
        editor_client,
        claim,
        movements_post(
            claim,
            [
                {
                    "origin": najin.pk,
                    "destination": dunay.pk,
                    "mode": "sea",
                    "period_start": "2023-09-01",
                    "period_end": "2023-10-01",
                    "period_precision": "range",
                }
            ],
        ),
    )

    assert f"Movements of claim #{claim.pk} saved" in response.text
    movement = Movement.objects.get(claim=claim)
    assert (movement.origin, movement.destination, movement.mode) == (najin, dunay, "sea")
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DRAFT and claim.content_changed_by == editor
    assert AuditEntry.objects.filter(action="edited").latest("pk").after == {
        "movements": ["Najin → Dunay sea 2023-09-01..2023-10-01 range"]
    }
    # The panel lists it, with the form filled to change it.
    page = panel(editor_client, claim)
    assert "Najin → Dunay · by sea" in page and "Change movements" in page


def test_an_editor_changes_and_removes_movements_in_the_panel(editor_client, claim, places):
    najin, dunay = places
    Movement.objects.create(claim=claim, origin=najin, destination=dunay, mode="sea")
    Movement.objects.create(claim=claim, origin=dunay, destination=najin, mode="rail")

    post(
        editor_client,
        claim,
        movements_post(
            claim,
            [
                {"origin": najin.pk, "destination": dunay.pk, "mode": "air"},
                {"origin": dunay.pk, "destination": najin.pk, "mode": "rail", "DELETE": "on"},
                {"mode": "unknown"},  # the blank row to add one, left blank
            ],
            initial=2,
        ),
    )

    assert list(Movement.objects.filter(claim=claim).values_list("mode", flat=True)) == ["air"]


def test_a_movement_that_goes_nowhere_is_refused_with_the_forms_error(editor_client, claim, places):
    najin, _ = places
    response = post(
        editor_client,
        claim,
        movements_post(claim, [{"origin": najin.pk, "destination": najin.pk, "mode": "sea"}]),
    )

    assert "from one place to another place" in response.text
    assert not Movement.objects.exists()
    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
    # The panel again with the claim's form open as the editor filled it, not a redirect that empties it.
    assert response.redirect_chain == []
    assert f"Movements of claim #{claim.pk} not saved" in response.text
    assert '<details class="claim-movements-edit" open>' in response.text
    prefix = PREFIX.format(claim.pk)
    # The field in error takes the focus, so the editor lands on what to fix.
    focused = re.findall(r"<(?:select|input)\b[^>]*\bautofocus\b[^>]*>", response.text)
    assert len(focused) == 1
    assert re.search(rf'name="{prefix}-0-(origin|destination)"', focused[0])
    assert f'<option value="{najin.pk}" selected>' in response.text


def test_only_those_who_may_change_claims_see_or_post_the_movement_form(client, claim, places):
    najin, dunay = places
    annotator = UserFactory(is_staff=True)
    annotator.save()  # the password the factory set, so that the session stays valid
    annotator.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_source", "change_source", "add_claim"])
    )
    client.force_login(annotator)
    assert "Add a movement" not in panel(client, claim)

    url = reverse("admin:ingest_source_claim_movements", args=[claim.source_id, claim.pk])
    data = movements_post(claim, [{"origin": najin.pk, "destination": dunay.pk, "mode": "sea"}])
    assert client.post(url, data).status_code == 403
    assert not Movement.objects.exists()


def test_a_claim_of_another_source_is_not_found(editor_client, claim, places):
    other = ClaimFactory()
    url = reverse("admin:ingest_source_claim_movements", args=[claim.source_id, other.pk])
    assert editor_client.post(url, movements_post(other, [])).status_code == 404

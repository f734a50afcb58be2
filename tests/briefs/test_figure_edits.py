"""Editing a claim's figures in the admin is audited and sends a reviewed claim back to review."""

import pytest
from django.urls import reverse
from django.utils import timezone

from briefs.models import Claim, ClaimFigure
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def change_form_data(claim: Claim, figures: list[dict], existing: list[ClaimFigure] = ()) -> dict:
    data = {
        "speaker": claim.speaker_id,
        "stance": claim.stance,
        "paraphrase": claim.paraphrase,
        "said_on": "",
        "said_on_precision": "day",
        "event_start": "",
        "event_end": "",
        "event_precision": claim.event_precision,
        "loaded_version": claim.version,
        "figures-TOTAL_FORMS": len(existing) + len(figures),
        "figures-INITIAL_FORMS": len(existing),
        "figures-MIN_NUM_FORMS": 0,
        "figures-MAX_NUM_FORMS": 1000,
        "movements-TOTAL_FORMS": 0,
        "movements-INITIAL_FORMS": 0,
    }
    for index, figure in enumerate(existing):
        data |= {
            f"figures-{index}-id": figure.pk,
            f"figures-{index}-claim": claim.pk,
            f"figures-{index}-value": figure.value,
            f"figures-{index}-unit": figure.unit,
            f"figures-{index}-qualifier": figure.qualifier,
        }
    for index, figure in enumerate(figures, start=len(existing)):
        data |= {f"figures-{index}-{name}": value for name, value in figure.items()}
    return data


def test_a_new_figure_on_an_approved_claim_is_audited_and_reviewed_again(editor_client, reviewer):
    claim = ClaimFactory(status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now())
    url = reverse("admin:briefs_claim_change", args=[claim.pk])

    response = editor_client.post(
        url, change_form_data(claim, [{"value": "1000", "unit": "containers", "qualifier": "more_than"}])
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DRAFT and claim.reviewed_by is None
    entry = AuditEntry.objects.filter(action="edited").latest("pk")
    assert entry.before == {"figures": []}
    assert entry.after == {"figures": ["more_than 1000.000 containers"]}


def test_saving_unchanged_figures_records_nothing(editor_client, reviewer):
    claim = ClaimFactory(status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now())
    figure = ClaimFigure.objects.create(claim=claim, value=5, unit="ships", qualifier="exactly")

    editor_client.post(
        reverse("admin:briefs_claim_change", args=[claim.pk]), change_form_data(claim, [], [figure])
    )

    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
    assert not AuditEntry.objects.filter(action="edited").exists()


def test_a_stale_form_saves_no_figures(editor_client, reviewer):
    claim = ClaimFactory()
    data = change_form_data(claim, [{"value": "7", "unit": "trains", "qualifier": "exactly"}])
    Claim.objects.filter(pk=claim.pk).update(version=claim.version + 1)  # someone else saved meanwhile

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[claim.pk]), data)

    assert response.status_code == 200
    assert "Someone else saved this claim" in response.text
    assert not ClaimFigure.objects.exists()


def test_event_dates_the_service_refuses_are_a_form_error_not_a_500(editor_client):
    claim = ClaimFactory()
    data = change_form_data(claim, [{"value": "3", "unit": "ships", "qualifier": "exactly"}])
    data |= {"event_start": "2023-09-01", "event_end": "2023-09-07", "event_precision": "day"}

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[claim.pk]), data)

    assert response.status_code == 200
    assert "A date with an end is a range." in response.text
    assert "changed successfully" not in response.text
    assert 'value="2023-09-07"' in response.text  # the editor's input is kept
    assert not ClaimFigure.objects.exists()


def test_a_save_refused_after_the_form_check_keeps_nothing_and_announces_no_success(
    editor_client, monkeypatch
):
    """Somebody else saves between the form's version check and the write."""
    from briefs.admin import claims as claims_admin
    from briefs.services.claims import StaleClaimEdit

    claim = ClaimFactory(paraphrase="Before")
    data = change_form_data(claim, [{"value": "7", "unit": "trains", "qualifier": "exactly"}])
    data["paraphrase"] = "After"

    def lose_the_race(*, claim, **kwargs):
        raise StaleClaimEdit(claim)

    monkeypatch.setattr(claims_admin, "update_claim", lose_the_race)
    url = reverse("admin:briefs_claim_change", args=[claim.pk])
    response = editor_client.post(url, data, follow=True)

    assert response.status_code == 200
    page = response.text
    assert "changed by someone else" in page or "Someone else" in page
    assert "changed successfully" not in page
    claim.refresh_from_db()
    assert claim.paraphrase == "Before"
    assert not ClaimFigure.objects.exists()
    assert not AuditEntry.objects.filter(action="edited").exists()


def test_more_figures_than_the_cap_are_refused_in_the_admin(editor_client, settings):
    settings.CLAIM_MAX_FIGURES = 2
    claim = ClaimFactory()
    figure = {"value": "7", "unit": "trains", "qualifier": "exactly"}

    response = editor_client.post(
        reverse("admin:briefs_claim_change", args=[claim.pk]), change_form_data(claim, [figure] * 3)
    )

    assert response.status_code == 200
    assert "Please submit at most 2 forms" in response.text
    assert not ClaimFigure.objects.exists()

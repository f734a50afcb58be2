"""The claims list and detail are written directly from rows of values (for speed); partners must get
exactly what DRF's own field-by-field serializer would write for the same claims, whatever is missing
(outlet, dates, figures) and in any time zone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.utils import timezone
from rest_framework import serializers as drf

from briefs.api.serializers import ClaimSerializer
from briefs.api.visibility import visible_claims
from briefs.models import Claim
from briefs.selectors import public_claims, public_index
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.api.conftest import marked_claim
from tests.briefs.factories import PropositionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied(reviewer) -> list[Claim]:
    """Published claims with and without an outlet, dates, an event range and figures."""
    point = PropositionFactory(brief__slug="varied", statement="Varied point.")
    shapes = [
        {"said_on": None, "event_start": None, "event_end": None, "event_precision": ""},
        {"said_on": date(2023, 9, 13), "event_start": date(2023, 9, 1), "event_end": date(2023, 10, 1)},
        {"said_on": date(2024, 2, 29), "event_start": date(2023, 9, 1), "event_precision": "month"},
    ]
    claims = []
    for index, shape in enumerate(shapes):
        claim = marked_claim(f"RAGAM{index}", key_point=point)
        Claim.objects.filter(pk=claim.pk).update(**shape)
        claims.append(claim)
    claims[0].source.outlet = None
    claims[0].source.save()
    claims[1].figures.create(value=Decimal("1000"), unit="kontainer", qualifier="at_least")
    claims[1].figures.create(value=Decimal("2.5"), unit="juta peluru", qualifier="about")
    from briefs.services.review import approve_claim

    for claim in claims:
        approve_claim(claim=claim, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return claims


def drf_reference(claim: Claim, request) -> dict:
    """What DRF's generic ModelSerializer machinery writes for this claim with these fields."""
    serializer = ClaimSerializer(context={"request": request, "index": public_index()})
    data = drf.ModelSerializer.to_representation(serializer, claim)
    return dict(data)


@pytest.mark.parametrize("zone", ["Asia/Jakarta", "UTC"])
def test_claims_are_written_exactly_as_drf_would(anonymous_api, varied, settings, zone):
    settings.TIME_ZONE = zone
    request = RequestFactory().get("/api/v1/claims/")
    with timezone.override(zone):
        listed = anonymous_api.get("/api/v1/claims/").json()["results"]
        assert {row["id"] for row in listed} == {claim.pk for claim in varied}
        for row in listed:
            claim = Claim.objects.select_related("speaker", "source__outlet").get(pk=row["id"])
            expected = drf_reference(claim, request)
            assert row == expected
            assert anonymous_api.get(f"/api/v1/claims/{claim.pk}/").json() == expected
    assert any(row["outlet"] is None for row in listed)
    assert any(row["figures"] for row in listed)
    assert any(row["event_date"] and row["event_date"]["end"] for row in listed)


def test_visible_claims_are_exactly_the_public_claims(world, varied):
    index = public_index()

    assert set(visible_claims(index)) == set(public_claims(index))
    assert set(visible_claims(index).values_list("pk", flat=True)) == {
        world.public_claim.pk,
        *(claim.pk for claim in varied),
    }

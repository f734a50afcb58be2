"""The actors every installation starts with have their Indonesian names and descriptions, so an
Indonesian page names "Gedung Putih", not "White House", before anyone has typed a translation; what an
editor wrote is never overwritten."""

from __future__ import annotations

import pytest

from briefs.models import Actor
from briefs.services.reference_data import fill_actor_translations

pytestmark = pytest.mark.django_db


def test_a_new_installation_knows_the_registry_actors_in_indonesian():
    white_house = Actor.objects.get(slug="white-house")
    kirby = Actor.objects.get(slug="john-kirby")

    assert white_house.name_indonesian == "Gedung Putih"
    assert white_house.description_indonesian == "Kantor eksekutif presiden AS."
    # A person's name reads the same: left empty, the page uses the name as it is.
    assert kirby.name_indonesian == ""
    assert kirby.description_indonesian.startswith("Juru bicara")
    assert (
        not Actor.objects.filter(description_indonesian="")
        .exclude(description="")
        .filter(slug__in=["north-korea", "kcna", "united-nations"])
    )


def test_filling_the_translations_keeps_what_editors_wrote_and_fills_only_blanks():
    Actor.objects.filter(slug="white-house").update(name_indonesian="Istana Kepresidenan AS")
    Actor.objects.filter(slug="russia").update(name_indonesian="", description_indonesian="")

    changed = fill_actor_translations(Actor)

    assert changed == 1
    assert Actor.objects.get(slug="white-house").name_indonesian == "Istana Kepresidenan AS"
    russia = Actor.objects.get(slug="russia")
    assert (russia.name_indonesian, russia.description_indonesian) == (
        "Rusia",
        "Federasi Rusia dan pemerintahnya.",
    )
    assert fill_actor_translations(Actor) == 0, "running it again changes nothing"

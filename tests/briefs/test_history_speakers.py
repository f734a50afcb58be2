"""End to end: an actor given an Indonesian name between two publications is one entry on the public
history, under the actor, however many positions and affiliated speakers show the name."""

import pytest

from briefs.models import Actor
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_public_names import visible_text

pytestmark = pytest.mark.django_db


def publish(key_point, reviewer):
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


def test_an_actors_indonesian_name_is_listed_once(client, reviewer):
    # Published first without its Indonesian name, which the registry gives it.
    Actor.objects.filter(slug="white-house").update(name_indonesian="")
    white_house = Actor.objects.get(slug="white-house")
    Actor.objects.filter(slug="john-kirby").update(affiliation=white_house)
    kirby = Actor.objects.get(slug="john-kirby")
    shipped = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    seen = PropositionFactory(statement="Ships were seen at Rajin.", brief=shipped.brief)
    for point in (shipped, seen):
        approved_claims(1, key_point=point, reviewer=reviewer, speaker=white_house)
        approved_claims(1, key_point=point, reviewer=reviewer, speaker=kirby)
    publish(shipped, reviewer)

    Actor.objects.filter(pk=white_house.pk).update(name_indonesian="Gedung Putih")
    publish(shipped, reviewer)

    text = visible_text(client.get("/briefs/arms/revisions/").text)
    assert text.count("Speaker details updated") == 1
    assert "Speaker details updated: White House (Indonesian name)" in text
    in_indonesian = visible_text(client.get("/briefs/arms/revisions/", HTTP_ACCEPT_LANGUAGE="id").text)
    # An Indonesian page names the actor as published in Indonesian.
    assert "Keterangan pembicara diperbarui: Gedung Putih (nama dalam bahasa Indonesia)" in in_indonesian


def test_a_newly_sourced_figure_and_timeline_entry_are_worded_as_such():
    from django.template.loader import render_to_string

    from briefs.assembly.history import _entry

    figure = _entry("figure_sources_changed", "more than 1,000 containers", added=["detikNews"])
    timeline = _entry("timeline_sources_changed", "1 Sep 2023 — Kapal terlihat.", removed=["Kompas.com"])

    def said(change):
        return " ".join(render_to_string("briefs/_history_change.html", {"change": change}).split())

    assert said(figure) == "New source for the key figure: more than 1,000 containers; now citing detikNews"
    assert said(timeline) == (
        "Sources updated for the timeline entry: 1 Sep 2023 — Kapal terlihat.; no longer citing Kompas.com"
    )

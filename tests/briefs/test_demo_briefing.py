"""The demo briefing on the real corpus: every article covered, denials and assertions, published."""

import pytest
from django.core.management import call_command

from briefs.models import BriefRevision, Claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(corpus_dir, capsys):
    call_command("setup_roles", "--demo-users")
    call_command("import_sources", str(corpus_dir), "--format", "json")
    call_command("load_demo_briefing")
    capsys.readouterr()
    return BriefRevision.objects.published().get(brief__slug="russia-dprk-arms")


def test_demo_brief_is_published_and_covers_every_article(demo):
    claims = Claim.objects.select_related("source__outlet", "speaker")
    assert {claim.source.outlet.slug for claim in claims} == {
        "tribunnews",
        "liputan6",
        "okezone",
        "egindo",
        "detik",
    }
    assert all(claim.status == "approved" for claim in claims)
    assert all(claim.source.body[claim.start : claim.end] == claim.exact for claim in claims)
    assert demo.content["title"] == "Russia–DPRK arms transfers"
    assert len(demo.content["key_points"]) == 5


def test_demo_brief_shows_denials_beside_assertions(demo):
    stances = {
        (position["actor"]["slug"], position["stance"])
        for point in demo.content["key_points"]
        for position in point["positions"]
    }
    for denial in ["north-korea", "kremlin", "sergey-lavrov", "dmitry-peskov"]:
        assert (denial, "denies") in stances
    for accuser in ["white-house", "us-state-department", "south-korea", "japan", "uk-government"]:
        assert any(actor == accuser for actor, _ in stances)


def test_demo_brief_has_the_container_figures_route_discrepancy_and_wagner(demo):
    labels = [figure["label"] for figure in demo.content["figures"]]
    assert any("1,000" in label and "containers" in label for label in labels)
    route = next(p for p in demo.content["key_points"] if "Najin" in p["statement"])
    assert any(d["kind"] == "date" for d in route["discrepancies"]), "1 September vs 7 September"
    assert any("Wagner" in point["statement"] for point in demo.content["key_points"])
    assert demo.content["timeline"], "a timeline with dated entries"


def test_loading_the_demo_again_changes_nothing(demo, capsys):
    call_command("load_demo_briefing")

    assert "0 new claims of 29" in capsys.readouterr().out
    assert BriefRevision.objects.count() == 1

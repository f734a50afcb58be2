"""The demo briefing on the real corpus: every article covered, denials and assertions, published, and
every rule of a brief an analyst can trust visible on it."""

import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from briefs.models import BriefRevision, Claim
from briefs.services.demo import DEMO_FILE, load_demo_briefing
from briefs.services.publishing import PublishRefused
from ingest.models import Source
from ops.models import AuditEntry

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
    acts = {
        (position["actor"]["slug"], act)
        for point in demo.content["key_points"]
        for position in point["positions"]
        for act in position["acts"]
    }
    for denial in ["north-korea", "kremlin", "sergey-lavrov", "dmitry-peskov"]:
        assert (denial, "denies") in acts
    for accuser in ["white-house", "us-state-department", "south-korea", "japan", "uk-government"]:
        assert any(actor == accuser for actor, _ in acts)


def test_demo_brief_has_the_container_figures_date_discrepancy_and_wagner(demo):
    labels = [figure["label"] for figure in demo.content["figures"]]
    assert any("1,000" in label and "containers" in label for label in labels)
    # 1 September vs 7 September: shown once, on the shipment its dates belong to, not again on the route.
    dated = [
        p["statement"] for p in demo.content["key_points"] for d in p["discrepancies"] if d["kind"] == "date"
    ]
    assert len(dated) == 1 and "containers" in dated[0]
    assert any("Wagner" in point["statement"] for point in demo.content["key_points"])
    assert demo.content["timeline"], "a timeline with dated entries"


def test_loading_the_demo_again_changes_nothing(demo, capsys):
    call_command("load_demo_briefing")

    assert "0 new claims of 31" in capsys.readouterr().out
    assert BriefRevision.objects.count() == 1


def point_about(content, words):
    return next(point for point in content["key_points"] if words in point["statement"])


def test_the_white_house_figure_is_one_figure_with_its_unit_qualifier_date_and_three_reports(demo):
    containers = point_about(demo.content, "containers of military")

    (series,) = containers["figures"]
    (figure,) = series["values"]
    assert (figure["qualifier"], figure["value"], figure["unit"]) == ("more_than", "1000", "containers")
    assert figure["as_of"] == {"start": "2023-10-13", "end": None, "precision": "day"}
    assert figure["speaker"]["slug"] == "white-house"
    assert figure["outlets"] == ["EGINDO.co", "Liputan6.com", "Okezone"] and len(figure["claim_ids"]) == 3
    assert [d["kind"] for d in containers["discrepancies"]] == ["date"], "the same figure is no dispute"
    assert [f["label"] for f in demo.content["figures"]].count("more than 1,000 containers") == 1


def test_independence_is_decided_per_statement_on_the_real_corpus(demo):
    containers = point_about(demo.content, "containers of military")["corroboration"]
    badge = (containers["reports"], containers["independent_origins"], containers["statements"])
    assert badge == (12, 5, 9), "docs/briefs.md quotes these numbers"
    white_house = next(
        origin
        for origin in containers["origins"]
        if sum(r["speaker"] == "White House" and r["outlet"] == "Okezone" for r in origin["reports"])
    )
    assert white_house["same_statement"] is True
    assert "CNA" in white_house["joined_by_credit"], "EGINDO's source line credits CNA"
    peskov = next(r for o in containers["origins"] for r in o["reports"] if r["speaker"] == "Dmitry Peskov")
    assert (peskov["credited"], peskov["credit_scope"]) == ("Interfax", "statement")

    # Tribunnews and detikNews both mention KCNA somewhere: that alone no longer makes them one origin.
    munitions = point_about(demo.content, "artillery shells")["corroboration"]
    for origin in munitions["origins"]:
        outlets = {report["outlet"] for report in origin["reports"]}
        assert not {"Tribunnews", "detikNews"} <= outlets


def test_one_row_per_actor_with_its_position_and_a_contradiction_with_its_dates(demo):
    munitions = point_about(demo.content, "artillery shells")
    north_korea = [p for p in munitions["positions"] if p["actor"]["slug"] == "north-korea"]
    assert [(p["position"], p["acts"]) for p in north_korea] == [("disputes", ["condemns", "denies"])]
    for point in demo.content["key_points"]:
        slugs = [p["actor"]["slug"] for p in point["positions"]]
        assert len(slugs) == len(set(slugs))

    peskov = next(
        p
        for p in point_about(demo.content, "cooperation")["positions"]
        if p["actor"]["slug"] == "dmitry-peskov"
    )
    assert peskov["position"] == "mixed"
    assert [(step["position"], step["from"]) for step in peskov["history"]] == [
        ("disputes", "2023-10-17"),
        ("supports", "2023-10-17"),
    ]


def test_dates_carry_their_precision_and_the_display_date_was_corrected_by_an_editor(demo, client):
    sources = {source["outlet"]: source["published"] for source in demo.content["sources"]}
    assert sources["Tribunnews"] == {"value": "2022-11", "precision": "month"}
    assert sources["Liputan6.com"] == {"value": "2023-10-17", "precision": "day"}
    assert sources["Okezone"] == {"value": "2023-10-27T17:33:00+07:00", "precision": "minute"}
    assert demo.content["coverage_through"] == sources["Okezone"]
    tribun = Source.objects.get(outlet__slug="tribunnews")
    assert tribun.publication_date().status == "confirmed"
    assert AuditEntry.objects.filter(action="date_corrected", object_id=tribun.pk).exists()

    # The articles are named on the key points' pages, each a part of the brief's Report.
    published = {}
    for point in demo.content["key_points"]:
        page = client.get(reverse("briefs:key_point", args=["russia-dprk-arms", point["id"]])).text
        jsonld = json.loads(page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
        published |= {
            article["publisher"]["name"]: article.get("datePublished") for article in jsonld["isBasedOn"]
        }
    assert published["Tribunnews"] == "2022-11"
    assert published["Liputan6.com"] == "2023-10-17"
    assert "2025" not in json.dumps(published)
    api = client.get(f"/api/v1/sources/{tribun.pk}/").json()
    assert api["publication_date"] == {"value": "2022-11", "precision": "month", "status": "confirmed"}


def test_the_shipment_is_one_timeline_entry_with_its_variants_and_every_entry_cites_its_sources(demo):
    timeline = demo.content["timeline"]
    assert all(entry["citations"] for entry in timeline)
    shipments = [
        entry for entry in timeline if entry["date"].startswith("2023-09") and entry["precision"] == "range"
    ]
    (shipment,) = shipments
    assert [variant["label"] for variant in shipment["variants"]] == [
        "1 Sep – 1 Oct 2023",
        "7 Sep – 1 Oct 2023",
    ]
    assert "1 Sep 2023" in shipment["discrepancy"] and "7 Sep 2023" in shipment["discrepancy"]


def test_timeline_entries_cite_no_source_published_before_their_period(demo):
    for entry in demo.content["timeline"]:
        for citation in entry["citations"]:
            assert citation["published"] is None or citation["published"][:7] >= entry["date"][:7], (
                entry["label"],
                citation["outlet"],
            )
    cooperation = next(entry for entry in demo.content["timeline"] if entry["label"] == "Sep 2023")
    assert "Tribunnews" not in {citation["outlet"] for citation in cooperation["citations"]}


def test_the_published_page_shows_the_new_parts_to_readers(demo, client):
    page = client.get(reverse("briefs:detail", args=["russia-dprk-arms"])).text

    assert "Coverage through 27 Oct 2023, 17:33 WIB" in page
    assert "independent origins" in page and "distinct statements" in page
    assert "How independence was decided" in page
    assert "more than 1,000 containers" in page
    assert "Sources disagree on the date" in page
    assert "Both supports and disputes it:" in page  # Peskov, both on 17 Oct 2023
    both = page.split("Both supports and disputes it:", 1)[1].split("</p>", 1)[0]
    assert "→" not in both, "two stances of one day are not drawn as a change of mind"
    assert "date uncertain" not in page


def test_without_the_editors_date_the_demo_cannot_be_published(
    corpus_dir, capsys, tmp_path, editor, reviewer
):
    call_command("import_sources", str(corpus_dir), "--format", "json")
    capsys.readouterr()
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    del data["source_dates"]
    data_file = tmp_path / "demo.json"
    data_file.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(
        PublishRefused, match="1 cited source has an unconfirmed publication date.*Tribunnews"
    ):
        load_demo_briefing(editor=editor, reviewer=reviewer, data_file=data_file)

    assert not BriefRevision.objects.exists()


def test_demo_brief_reads_in_both_languages(demo, client):
    """English readers get the quotes in English with the Indonesian words one click away; Indonesian
    readers get the title, summary and key points in Indonesian."""
    assert Claim.objects.filter(quote_english="").count() == 0
    citations = [
        citation
        for point in demo.content["key_points"]
        for position in point["positions"]
        for citation in position["citations"]
    ]
    assert citations and all(citation.get("quote_english") for citation in citations)

    english = client.get(reverse("briefs:detail", args=["russia-dprk-arms"])).text
    assert "We cannot and will not stand by" in english
    assert 'class="quote-original"' in english
    assert "not yet translated" not in english

    indonesian = client.get(
        reverse("briefs:detail", args=["russia-dprk-arms"]), HTTP_ACCEPT_LANGUAGE="id"
    ).text
    assert "Transfer senjata Rusia–Korea Utara" in indonesian
    assert demo.content["summary_indonesian"][:40] in indonesian
    assert all(point["statement_indonesian"] in indonesian for point in demo.content["key_points"])
    # Claims have no Indonesian paraphrase: "What they said" is English, marked as such; nothing else is.
    paraphrase = r'<span class="statement-text" lang="en">[^<]*</span> <small class="untranslated">\(belum diterjemahkan\)</small>'
    assert re.search(paraphrase, indonesian)
    assert "belum diterjemahkan" not in re.sub(paraphrase, "", indonesian)


def test_a_statement_dated_only_by_its_month_reads_as_that_month_everywhere(demo, client):
    # The article says the four governments spoke "pada Agustus": no day.
    claim = Claim.objects.get(exact__startswith="Kami tidak bisa dan tidak akan tinggal diam")
    assert (claim.said_on.isoformat(), claim.said_on_precision) == ("2023-08-01", "month")
    point = point_about(demo.content, "cooperation")
    statements = [s for p in point["positions"] for s in p["statements"] if claim.id in s["claim_ids"]]
    assert [(s["said_on"], s["said_on_precision"]) for s in statements] == [("2023-08-01", "month")]

    page = client.get(reverse("briefs:key_point", args=["russia-dprk-arms", point["id"]])).text
    assert '<time datetime="2023-08">Aug 2023</time>' in page
    assert "1 Aug 2023" not in page
    jsonld = json.loads(page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
    dated = {entry["text"]: entry.get("dateCreated") for entry in jsonld["citation"]}
    assert dated[claim.exact] == "2023-08"

    api = client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert (api["said_on"], api["said_on_precision"]) == ("2023-08-01", "month")
    day_claim = client.get(f"/api/v1/claims/{Claim.objects.exclude(pk=claim.pk).first().pk}/").json()
    assert "said_on_precision" not in day_claim

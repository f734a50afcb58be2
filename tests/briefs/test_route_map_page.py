"""The brief page's route map, on the demo briefing in both languages: Najin → Dunay by sea (and by
unstated means, with another source's dates), Dunay → Tikhoretsk by rail, each line and dot a link to
the list entry that gives its sources; the lists say the same for readers without the picture."""

from decimal import Decimal

import lxml.html
import pytest
from django.core.management import call_command

from briefs.models import Movement, Place
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_brief_graphics import citation_links, page, target, text
from tests.briefs.test_reader_pages import publish
from tests.html_checks import HOSTILE, injections

pytestmark = pytest.mark.django_db

MOVEMENTS = {
    "en": [
        "Najin → Dunay, by sea, 1 Sep 2023 – 1 Oct 2023",
        "Najin → Dunay, means not stated, 7 Sep 2023 – 1 Oct 2023",
        "Dunay → Tikhoretsk, by rail, date not given",
    ],
    "id": [
        "Najin → Dunay, lewat laut, 1 Sep 2023 – 1 Okt 2023",
        "Najin → Dunay, sarana tidak disebut, 7 Sep 2023 – 1 Okt 2023",
        "Dunay → Tikhoretsk, dengan kereta api, tanggal tidak disebut",
    ],
}


@pytest.fixture
def demo(corpus_dir, capsys):
    call_command("setup_roles", "--demo-users")
    call_command("import_sources", str(corpus_dir), "--format", "json")
    call_command("load_demo_briefing")
    capsys.readouterr()


def movement_links(svg) -> list:
    return svg.xpath('.//a[starts-with(@href, "#route-") and not(starts-with(@href, "#route-place-"))]')


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_map_draws_each_stated_movement_and_links_it_to_its_sources(client, demo, language):
    tree = page(client, language)

    (section,) = tree.xpath('//section[@class="routes"]')
    entries = section.xpath('.//ol[@class="route-list"]/li')
    assert [text(entry).split(" — ")[0] for entry in entries] == MOVEMENTS[language]
    assert [len(citation_links(entry)) for entry in entries] == [1, 1, 1], "EGINDO, Liputan6, EGINDO"
    overview, detail = section.xpath('.//div[@class="rm-panels"]/svg')
    assert len(movement_links(detail)) == 3, "sea and unstated side by side, the rail leg running off west"
    assert len(movement_links(overview)) == 1, "at the scale of Russia only the rail leg is longer than a dot"
    for svg in (overview, detail):
        assert tree.xpath(f'//title[@id="{svg.get("aria-labelledby")}"]')
        for link in svg.xpath(".//a"):
            assert link.get("aria-label") or text(link), "every line and dot has a name"
            assert target(tree, link).xpath(".//a"), "and leads to an entry with links"
    assert detail.xpath('.//path[@class="mv sea"]') and overview.xpath('.//path[@class="mv rail"]')
    najin = next(
        entry for entry in section.xpath('.//ul[@class="place-list"]/li') if text(entry).startswith("Najin")
    )
    where = {"en": "42.25° N, 130.3° E", "id": "42,25° LU, 130,3° BT"}[language]
    assert where in text(najin), "coordinates for readers without the map"
    assert len(najin.xpath('.//a[starts-with(@href, "#route-")]')) == 2, "its two movements"
    assert tree.xpath('//nav[@class="toc"]//a[@href="#routes-heading"]')


@pytest.fixture
def moscow_route(reviewer):
    key_point = PropositionFactory(statement="Shells go west.", brief__slug="arms")
    (claim,) = approved_claims(1, key_point=key_point, reviewer=reviewer)
    Movement.objects.create(
        claim=claim,
        origin=Place.objects.get(name="Pyongyang"),
        destination=Place.objects.get(name="Moscow"),
        mode=Movement.Mode.AIR,
    )
    publish(key_point, reviewer)
    return claim


@pytest.mark.parametrize(("language", "name"), [("en", "Moscow"), ("id", "Moskow")])
def test_places_have_their_name_in_the_page_language(client, moscow_route, language, name):
    tree = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE=language)
    (entry,) = page_routes(tree.content)
    assert entry.startswith(f"Pyongyang → {name}")


def page_routes(html: bytes) -> list[str]:
    return [text(li) for li in lxml.html.fromstring(html).xpath('//ol[@class="route-list"]/li')]


def test_a_brief_whose_claims_state_no_movement_has_no_map(client, reviewer):
    key_point = PropositionFactory(statement="Shells go west.", brief__slug="arms")
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    publish(key_point, reviewer)

    html = client.get("/briefs/arms/").text
    assert 'class="routes"' not in html and "#routes-heading" not in html


def test_hostile_place_names_stay_text(client, reviewer):
    key_point = PropositionFactory(statement="Shells go west.", brief__slug="arms")
    (claim,) = approved_claims(1, key_point=key_point, reviewer=reviewer)
    hostile = Place.objects.create(
        name=HOSTILE[:120], kind="city", latitude=Decimal("40"), longitude=Decimal("120")
    )
    Movement.objects.create(claim=claim, origin=hostile, destination=Place.objects.get(name="Najin"))
    publish(key_point, reviewer)

    html = client.get("/briefs/arms/").text
    assert 'class="routes"' in html
    assert injections(html) == []

"""The brief page's pictures, on the demo briefing in both languages: the figures over time and the
timeline to scale, each mark a link to the entry on the page that lists its citations."""

import lxml.html
import pytest
from django.core.management import call_command

from briefs.models import BriefRevision
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_reader_pages import publish
from tests.html_checks import HOSTILE, injections

pytestmark = pytest.mark.django_db

PAGE = "/briefs/russia-dprk-arms/"


@pytest.fixture
def demo(corpus_dir, capsys):
    call_command("setup_roles", "--demo-users")
    call_command("import_sources", str(corpus_dir), "--format", "json")
    call_command("load_demo_briefing")
    capsys.readouterr()
    return BriefRevision.objects.published().get(brief__slug="russia-dprk-arms")


def page(client, language: str):
    response = client.get(PAGE, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def text(element) -> str:
    return " ".join(element.text_content().split())


def target(tree, link):
    """The element of the page a same-page link goes to."""
    href = link.get("href")
    assert href.startswith("#"), f"{href} stays on the page"
    (found,) = tree.xpath(f'//*[@id="{href[1:]}"]')
    return found


def citation_links(element) -> list[str]:
    return [a.get("href") for a in element.xpath(".//a[contains(@href, '/sources/')]")]


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "more than 1,000 containers by 13 Oct 2023"),
        ("id", "lebih dari 1.000 kontainer per 13 Okt 2023"),
    ],
)
def test_a_figure_alone_on_its_date_is_listed_with_its_citations_not_drawn_as_a_one_dot_chart(
    client, demo, language, label
):
    tree = page(client, language)

    series = tree.xpath('//figure[@class="figure-chart"]')
    assert len(series) == 2, "the containers and the distance to the border"
    assert tree.xpath('//figure[@class="figure-chart"]/svg') == [], "each has one dated figure: no chart"
    (entry,) = [item for item in tree.xpath('//ul[@class="figure-list"]/li') if label in text(item)]
    assert len(citation_links(entry)) == 3, "EGINDO.co, Liputan6.com and Okezone report it"


@pytest.mark.parametrize(("language", "legend"), [("en", "sources disagree"), ("id", "sumber berbeda")])
def test_the_timeline_to_scale_marks_precision_and_the_disputed_start(client, demo, language, legend):
    tree = page(client, language)

    (picture,) = tree.xpath('//figure[@class="visual-timeline"]')
    (region,) = picture.xpath('.//div[@role="region"]')
    assert region.get("tabindex") == "0", "a keyboard can scroll it on a phone"
    assert tree.xpath(f'//*[@id="{region.get("aria-labelledby")}"]')
    rows = picture.xpath(".//svg//a")
    entries = tree.xpath('//li[contains(@class, "timeline-entry")]')
    assert len(rows) == len(entries) >= 3
    for row, entry in zip(rows, entries, strict=True):
        assert target(tree, row) is entry
        assert citation_links(entry), "the entry it leads to lists its citations"
    wagner, shipments = rows[0], rows[1]
    assert wagner.xpath('.//rect[@class="span"]'), "Nov 2022, day unknown: a span over the month"
    assert shipments.xpath('.//rect[@class="bar"]'), "1 Sep – 1 Oct 2023: a bar"
    assert len(shipments.xpath('.//path[@class="variant"]')) == 2, "1 Sep and 7 Sep, as the sources give them"
    assert shipments.xpath('.//path[@class="warn"]')
    assert legend in shipments.get("aria-label")
    assert legend in text(picture.xpath('.//ul[@class="vt-legend"]')[0])


def test_hostile_text_in_the_timeline_and_figures_stays_text(client, reviewer):
    key_point = PropositionFactory(
        statement=HOSTILE, brief__slug="arms", event_start="2023-09-01", event_precision="month"
    )
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    publish(key_point, reviewer)

    html = client.get("/briefs/arms/").text

    assert 'class="visual-timeline"' in html
    assert injections(html) == []

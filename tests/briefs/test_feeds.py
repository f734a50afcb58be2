"""Atom and RSS read by a real feed parser: well-formed, valid Atom (ids, dates, authors, alternate
links), and a summary is text in every reader: markup an editor types shows as characters, never runs."""

from __future__ import annotations

import json
from datetime import datetime
from html.parser import HTMLParser

import feedparser
import pytest

from briefs.models import Brief
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db

SUMMARY = 'Pyongyang <b>denies</b> it; <script>alert("x")</script> & Moscow says "no" <i>too</i>.'


class MarkupFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def as_a_reader_sees_it(detail) -> tuple[list[str], str]:
    """(elements, visible text) of a parsed summary: HTML content is parsed as a reader would render it,
    plain text is shown as it is."""
    if detail.type == "text/plain":
        return [], detail.value
    finder = MarkupFinder()
    finder.feed(detail.value)
    finder.close()
    return finder.tags, finder.text


@pytest.fixture
def published(reviewer):
    key_point = PropositionFactory(statement="North Korea ships munitions.", brief__slug="arms")
    Brief.objects.filter(pk=key_point.brief_id).update(summary=SUMMARY, title="Arms <em>transfers</em>")
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    # sanitize_html off: the test sees what the feed says, not what feedparser would strip from it.
    return feedparser.parse(response.content, sanitize_html=False, resolve_relative_uris=False)


def test_the_atom_feed_is_valid_atom(client, published):
    feed = parse(client, "/feeds/briefs.atom")

    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id and feed.feed.updated and feed.feed.title
    assert feed.feed.author_detail.name
    [entry] = feed.entries
    assert entry.id.startswith("urn:briefdesk:arms:revision:1:")
    assert entry.updated_parsed and entry.published_parsed
    assert entry.author_detail.name
    alternate = [link for link in entry.links if link.rel == "alternate"]
    assert [link.href for link in alternate] == ["http://testserver/briefs/arms/revisions/1/"]


@pytest.mark.parametrize("url", ["/feeds/briefs.atom", "/feeds/briefs.rss"])
def test_a_summary_with_markup_reaches_feed_readers_as_text(client, published, url):
    feed = parse(client, url)

    assert not feed.bozo, feed.get("bozo_exception")
    [entry] = feed.entries
    tags, text = as_a_reader_sees_it(entry.summary_detail)
    assert tags == []
    assert text == SUMMARY


def test_an_atom_title_with_markup_is_text(client, published):
    [entry] = parse(client, "/feeds/briefs.atom").entries

    assert as_a_reader_sees_it(entry.title_detail) == ([], "Arms <em>transfers</em> — revision 1")


def test_the_rss_feed_is_well_formed(client, published):
    feed = parse(client, "/feeds/briefs.rss")

    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    [entry] = feed.entries
    assert entry.link == "http://testserver/briefs/arms/revisions/1/"
    assert entry.id.startswith("urn:briefdesk:arms:revision:1:")


def test_quotes_in_an_rss_summary_are_not_escaped_twice(client, published):
    """A reader that shows the description as plain text sees the apostrophe, not "&#x27;"."""
    xml = client.get("/feeds/briefs.rss").text

    assert "Moscow says &quot;no&quot;" in xml or 'Moscow says "no"' in xml
    assert "&amp;#x27;" not in xml and "&amp;quot;" not in xml
    assert "&amp;lt;script&amp;gt;" in xml, "markup still reaches HTML readers as characters"


def test_the_json_feed_is_json_feed_with_the_same_entries(client, published):
    """JSON Feed 1.1's required members (feedparser 6.0 does not read JSON Feed): version, title, items
    each with a string id and content_html or content_text; the entry is the Atom feed's."""
    response = client.get("/feeds/briefs.json")
    assert response["Content-Type"].startswith("application/feed+json")
    feed = json.loads(response.content)

    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["feed_url"] == "http://testserver/feeds/briefs.json"
    [entry] = feed["items"]
    [atom_entry] = parse(client, "/feeds/briefs.atom").entries
    assert entry["id"] == atom_entry.id
    assert entry["url"] == "http://testserver/briefs/arms/revisions/1/"
    assert entry["title"] == "Arms <em>transfers</em> — revision 1"
    assert entry["content_text"] == SUMMARY, "plain text, as written"
    assert "content_html" not in entry
    assert datetime.fromisoformat(entry["date_published"]).tzinfo is not None, "RFC 3339, with its offset"


def test_the_feeds_page_lists_every_feed_for_people_and_for_feed_readers(client, published):
    page = client.get("/feeds/").text

    for path, kind in (
        ("/feeds/briefs.atom", "application/atom+xml"),
        ("/feeds/briefs.rss", "application/rss+xml"),
        ("/feeds/briefs.json", "application/feed+json"),
    ):
        assert f'<link rel="alternate" type="{kind}"' in page and f'href="{path}"' in page
        assert f'<code class="feed-address">http://testserver{path}</code>' in page, "an address to copy"
        assert client.get(path).status_code == 200
    assert 'href="/briefs/arms/revisions/1/"' in page, "what the feeds say now"
    assert "Arms &lt;em&gt;transfers&lt;/em&gt;" in page


def test_the_nav_leads_to_the_feeds_page_not_to_raw_xml(client, published):
    page = client.get("/briefs/").text

    assert '<a href="/feeds/">Feeds</a>' in page
    assert '<a href="/feeds/briefs.atom">' not in page
    assert "<h1>Umpan</h1>" in client.get("/feeds/", HTTP_ACCEPT_LANGUAGE="id").text


@pytest.mark.parametrize("url", ["/id/feeds/briefs.atom", "/id/feeds/briefs.rss", "/id/feeds/briefs.json"])
def test_the_indonesian_feeds_carry_the_indonesian_title_and_summary(client, reviewer, url):
    key_point = PropositionFactory(
        statement="North Korea ships munitions.",
        brief__slug="senjata",
        brief__title="Arms transfers",
        brief__title_indonesian="Pengiriman senjata",
        brief__summary="Shells went by sea.",
        brief__summary_indonesian="Peluru dikirim lewat laut.",
    )
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)

    feed = client.get(url).content.decode()
    assert "Pengiriman senjata — revisi 1" in feed
    assert "Peluru dikirim lewat laut." in feed
    assert "Arms transfers" not in feed and "Shells went by sea." not in feed
    english = client.get(url.removeprefix("/id")).content.decode()
    assert "Arms transfers — revision 1" in english and "Pengiriman senjata" not in english

"""Atom and RSS read by a real feed parser: well-formed, valid Atom (ids, dates, authors, alternate
links), and a summary is text in every reader: markup an editor types shows as characters, never runs."""

from __future__ import annotations

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

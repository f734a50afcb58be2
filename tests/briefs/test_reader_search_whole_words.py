"""Search finds and marks whole words: "Korea" is found in "Korea Utara", never inside "Korean".

The match (SQLite here; PostgreSQL's full text search matches words too) and the highlight agree, so a
reader never sees a result whose only mark is half a word. Articles written for the test.
"""

from __future__ import annotations

import re

import pytest

from briefs.public.search_text import excerpt, highlighted
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

MARK = re.compile(r"<mark>(.*?)</mark>")


@pytest.fixture
def cited_articles(reviewer):
    """Two published sources: one names Korea as a word, the other only the adjective "Korean"."""
    whole = SourceFactory(
        title="Pelabuhan Najin sibuk lagi",
        body="Kapal dari Korea Utara berlabuh di Rajin pekan lalu. Kalimat 0. Kalimat 1.",
    )
    inside = SourceFactory(
        title="Shipping notes from the Korean Peninsula",
        body="A Korean-flagged freighter left Rajin on Monday. Kalimat 0. Kalimat 1.",
    )
    point = PropositionFactory(statement="Freighters call at Rajin.", brief__slug="rajin")
    for source in (whole, inside):
        approved_claims(1, key_point=point, reviewer=reviewer, source=source)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return whole, inside


def test_a_whole_word_is_found_and_marked(client, cited_articles):
    whole, inside = cited_articles

    page = client.get("/search/", {"q": "korea"}).text

    assert f'href="/sources/{whole.pk}/"' in page
    assert set(MARK.findall(page)) == {"Korea"}


def test_a_word_inside_a_longer_word_is_neither_found_nor_marked(client, cited_articles):
    whole, inside = cited_articles

    page = client.get("/search/", {"q": "Korea"}).text

    assert f'href="/sources/{inside.pk}/"' not in page, "only 'Korean' there: no match, as on PostgreSQL"
    assert "<mark>Korea</mark>n" not in page
    # The word the other article does hold is found and marked whole.
    korean = client.get("/search/", {"q": "korean"}).text
    assert f'href="/sources/{inside.pk}/"' in korean and f'href="/sources/{whole.pk}/"' not in korean
    assert set(MARK.findall(korean)) == {"Korean"}


def test_the_highlight_marks_whole_words_in_any_case():
    pieces = highlighted("Korean ships left; KOREA Utara and Korea-Rusia talks, korea's port.", ["Korea"])

    assert [piece.text for piece in pieces if piece.match] == ["KOREA", "Korea", "korea"]
    assert "".join(piece.text for piece in pieces).startswith("Korean ships")


def test_an_excerpt_is_cut_around_the_first_whole_word():
    text = "Korean " + "awal " * 100 + "lalu Korea Utara mengirim rudal" + " akhir" * 100
    pieces = excerpt(text, ["korea"], width=80)

    shown = "".join(piece.text for piece in pieces)
    assert "Korea Utara" in shown and not shown.startswith("Korean")
    assert [piece.text for piece in pieces if piece.match] == ["Korea"]

"""Search over what is published: the briefs, key points, actors, quotes and articles readers can see,
and nothing else; bounded, paginated, and safe whatever is typed into it."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from briefs.models import Claim
from briefs.public.search_text import MAX_QUERY_LENGTH, clean_query, excerpt, query_terms
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import ActorFactory, ClaimFactory, PropositionFactory, approved_claims
from tests.html_checks import HOSTILE, injections
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

HIT = re.compile(r'<li class="search-hit search-(\w+)">')


def hits(page: str) -> list[str]:
    return HIT.findall(page)


@pytest.fixture
def published(reviewer, editor):
    point = PropositionFactory(
        statement="Pyongyang ships artillery shells to Russia by sea.",
        brief__slug="arms",
        brief__title="Russia–DPRK arms transfers",
        brief__summary="Containers of artillery shells crossed from Najin to Dunay.",
    )
    source = SourceFactory(
        title="Korut kirim peluru artileri",
        body='Menurut Gedung Putih, "ribuan kontainer" peluru artileri dikirim dari Najin. Selesai.',
    )
    start = source.body.index("ribuan")
    claim = ClaimFactory(
        source=source, speaker=ActorFactory(name="John Kirby", slug="john-kirby"),
        start=start, end=source.body.index("\" peluru"), paraphrase="Thousands of containers of artillery shells.",
        created_by=editor, status=Claim.Status.APPROVED, reviewed_by=reviewer, reviewed_at=timezone.now(),
    )  # fmt: skip
    point.claims.add(claim)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return claim


def test_a_word_finds_the_brief_key_point_quote_and_article_that_hold_it(client, published):
    page = client.get("/search/", {"q": "artillery"}).text

    assert hits(page) == ["brief", "key_point", "claim"]
    assert 'href="/briefs/arms/"' in page
    assert f'href="/briefs/arms/#key-point-{published.key_points.first().pk}"' in page
    assert "Key point · Russia–DPRK arms transfers" in page, "with the brief it belongs to"
    assert f'href="/sources/{published.source_id}/#claim-{published.pk}"' in page, "found by its paraphrase"
    assert "<mark>artillery</mark>" in page

    article = client.get("/search/", {"q": "peluru Najin"}).text
    assert hits(article) == ["claim", "source"] or hits(article) == ["source"]
    assert f'href="/sources/{published.source_id}/"' in article


def test_an_actor_is_found_by_name_and_a_quote_shows_its_inner_quotes_as_single(client, published):
    page = client.get("/search/", {"q": "kirby"}).text
    assert 'href="/actors/john-kirby/"' in page

    quote = client.get("/search/", {"q": "kontainer"}).text
    assert "“ribuan <mark>kontainer</mark>”" in quote or "‘ribuan <mark>kontainer</mark>’" in quote


def test_nothing_unpublished_is_found(client, published, editor, reviewer):
    ClaimFactory(source=SourceFactory(body="RAHASIA draft artillery."), created_by=editor, exact="RAHASIA")
    point = PropositionFactory(statement="RAHASIA pending point artillery.", brief__slug="hidden")
    approved_claims(1, key_point=point, reviewer=reviewer)
    assemble_brief(brief_id=point.brief_id)  # pending review, never published

    for query in ("RAHASIA", "pending point"):
        page = client.get("/search/", {"q": query}).text
        assert hits(page) == [], query
    assert "hidden" not in client.get("/search/", {"q": "artillery"}).text


@pytest.mark.parametrize("size", [5, 60])
def test_search_costs_the_same_queries_at_any_size(client, reviewer, size, django_assert_max_num_queries):
    point = PropositionFactory(statement="Shells by sea.", brief__slug="arms", brief__summary="Shells.")
    for _ in range(size):
        approved_claims(1, key_point=point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)

    # One query per kind to find the matches (5), one per kind shown on the page to read them (at most 5).
    with django_assert_max_num_queries(10):
        page = client.get("/search/", {"q": "Kalimat"}).text
    assert len(hits(page)) == min(2 * size, 20), "each claim and its article; 20 a page"

    # No words: the form only, no query at all.
    with django_assert_max_num_queries(0):
        assert client.get("/search/").status_code == 200


def test_results_are_paginated_with_the_query_kept(client, reviewer):
    point = PropositionFactory(statement="Shells by sea.", brief__slug="arms")
    for _ in range(25):
        approved_claims(1, key_point=point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)

    first = client.get("/search/", {"q": "Kalimat"}).text
    second = client.get("/search/", {"q": "Kalimat", "page": 2}).text

    assert "Page 1 of 3" in first and 'href="?q=Kalimat&amp;page=2"' in first
    assert len(hits(second)) == 20
    assert client.get("/search/", {"q": "Kalimat", "page": 4}).status_code == 404
    assert client.get("/search/", {"q": "Kalimat", "page": "x"}).status_code == 404


def test_a_query_matching_too_much_is_bounded_and_says_so(client, reviewer):
    point = PropositionFactory(statement="Shells by sea.", brief__slug="arms")
    for _ in range(105):
        approved_claims(1, key_point=point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)

    page = client.get("/search/", {"q": "Berita"}).text  # every source's body

    assert "100 results" in page
    assert "add a word to narrow the search" in page


@pytest.mark.parametrize(
    "query",
    [
        HOSTILE,
        "\x00",
        "artillery\x00'; DROP TABLE briefs_publicclaim; --",
        "% _ \\ %%",
        "!!! & | ! ( ) :* <->",
        '"unbalanced',
        "ä" * 5000,
        "a " * 500,
        "\u202eevil\u200b",
    ],
)
def test_hostile_input_is_answered_safely_and_echoed_as_text(client, published, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert injections(response.text) == []
    assert "{{ 7|add:1 }}" not in response.text or "{{ 7|add:1 }}" in clean_query(query)
    assert "<script>alert(1)</script>" not in response.text
    assert client.get("/search/", {"q": "artillery"}).status_code == 200, "the database is still fine"


def test_the_query_is_echoed_escaped_and_kept_by_the_language_switch(client, published):
    page = client.get("/search/", {"q": "<b>artillery</b>"}).text

    assert "“&lt;b&gt;artillery&lt;/b&gt;”" in page
    assert 'value="&lt;b&gt;artillery&lt;/b&gt;"' in page
    [switch] = re.findall(r'href="(/language/id/[^"]*)"', page)
    assert client.get(switch.replace("&amp;", "&"))["Location"] == "/id/search/?q=%3Cb%3Eartillery%3C%2Fb%3E"


def test_search_speaks_indonesian(client, published):
    page = client.get("/search/", {"q": "artileri"}, HTTP_ACCEPT_LANGUAGE="id").text

    assert "<h1>Pencarian</h1>" in page
    assert "hasil untuk “artileri”" in page


def test_clean_query_and_terms():
    assert clean_query("  rudal\x00\t Korea\n ") == "rudal Korea"
    assert len(clean_query("x" * 1000)) == MAX_QUERY_LENGTH
    assert query_terms('"rudal" -Iran korea KOREA (Najin)') == ["rudal", "Iran", "korea", "Najin"]
    assert query_terms("!!! ---") == []


def test_an_excerpt_is_cut_around_the_first_match():
    text = "awal " * 100 + "Korea Utara mengirim rudal" + " akhir" * 100
    pieces = excerpt(text, ["rudal", "korea"], width=80)

    shown = "".join(piece.text for piece in pieces)
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 82
    assert [piece.text for piece in pieces if piece.match] == ["Korea", "rudal"]

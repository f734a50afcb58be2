"""Search finds what either language's pages show: a brief by its Indonesian title, an actor by its
Indonesian name, a quote by its original words and by its English rendering, from the English and the
Indonesian search page alike; each page shows the found row in its own language, the words marked.

Runs on SQLite and, with a PostgreSQL DATABASE_URL, on PostgreSQL's full-text search."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from briefs.models import Actor, Brief, Claim, PublicActor, PublicClaim
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import ActorFactory, ClaimFactory, PropositionFactory
from tests.briefs.test_reader_search import hits
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db


def indonesian(client, query: str) -> str:
    return client.get("/search/", {"q": query}, HTTP_ACCEPT_LANGUAGE="id").text


def english(client, query: str) -> str:
    return client.get("/search/", {"q": query}, HTTP_ACCEPT_LANGUAGE="en").text


@pytest.fixture
def published(reviewer, editor):
    point = PropositionFactory(
        statement="Pyongyang ships artillery shells to Russia by sea.",
        statement_indonesian="Pyongyang mengirim peluru artileri ke Rusia lewat laut.",
        brief__slug="arms",
        brief__title="Russia–DPRK arms transfers",
        brief__title_indonesian="Pengiriman senjata Rusia–Korut",
        brief__summary="Containers of shells crossed from Najin to Dunay.",
        brief__summary_indonesian="Kontainer amunisi menyeberang dari Najin ke Dunay.",
    )
    # The seeded actor, without its aliases (they hold "Korea Utara" too): found by its Indonesian name.
    speaker = ActorFactory(slug="north-korea")
    Actor.objects.filter(pk=speaker.pk).update(
        name="North Korea",
        kind=Actor.Kind.STATE,
        aliases=[],
        name_indonesian="Korea Utara",
        description="A state in East Asia.",
        description_indonesian="Negara di Asia Timur.",
    )
    speaker.refresh_from_db()
    source = SourceFactory(
        title="Kiriman dari Najin", body="Ribuan kontainer sudah dikirim lewat laut. Selesai."
    )
    claim = ClaimFactory(
        source=source, speaker=speaker, quote_english="Thousands of containers have been shipped by sea.",
        paraphrase="Shipments by sea.", created_by=editor, status=Claim.Status.APPROVED, reviewed_by=reviewer,
        reviewed_at=timezone.now(),
    )  # fmt: skip
    point.claims.add(claim)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return claim


def test_a_brief_is_found_by_its_indonesian_title_and_shown_in_each_pages_language(client, published):
    # Each page links to the brief in its own language: Indonesian pages under /id/.
    for page, prefix in (
        (indonesian(client, "pengiriman senjata"), "/id"),
        (english(client, "pengiriman senjata"), ""),
    ):
        assert hits(page) == ["brief"]
        assert f'href="{prefix}/briefs/arms/"' in page

    shown = indonesian(client, "Korut")
    assert '<a href="/id/briefs/arms/">Pengiriman senjata Rusia–<mark>Korut</mark></a>' in shown
    assert 'lang="id">Kontainer amunisi menyeberang dari Najin ke Dunay.</p>' in shown
    assert '<a href="/briefs/arms/">Russia–DPRK arms transfers</a>' in english(client, "Korut")

    summary = indonesian(client, "amunisi")
    assert hits(summary) == ["brief"], "by its Indonesian summary"
    assert "Kontainer <mark>amunisi</mark> menyeberang" in summary


def test_a_key_point_is_found_by_its_indonesian_statement_under_the_indonesian_title(client, published):
    page = indonesian(client, "mengirim")

    assert hits(page) == ["key_point"]
    assert "Pyongyang <mark>mengirim</mark> peluru artileri" in page
    assert "Poin utama · Pengiriman senjata Rusia–Korut" in page, "under the brief's Indonesian title"
    assert hits(english(client, "mengirim")) == ["key_point"]


def test_an_actor_is_found_by_its_indonesian_name_and_description(client, published):
    for page, prefix in ((indonesian(client, "Korea Utara"), "/id"), (english(client, "Korea Utara"), "")):
        assert hits(page) == ["actor"]
        assert f'href="{prefix}/actors/north-korea/"' in page
    assert '<a href="/id/actors/north-korea/"><mark>Korea</mark> <mark>Utara</mark></a>' in indonesian(
        client, "Korea Utara"
    )
    assert '<a href="/actors/north-korea/">North <mark>Korea</mark></a>' in english(client, "Korea Utara")

    described = indonesian(client, "Asia Timur")
    assert hits(described) == ["actor"]
    assert 'lang="id">Negara di <mark>Asia</mark> <mark>Timur</mark>.</p>' in described
    assert hits(english(client, "East Asia")) == ["actor"], "and by the English description"


def test_a_quote_is_found_by_its_original_words_and_by_its_english_rendering(client, published):
    target = f'/sources/{published.source_id}/#claim-{published.pk}"'
    for query in ("ribuan kontainer", "thousands containers", "kontainer thousands"):
        for page, prefix in ((indonesian(client, query), "/id"), (english(client, query), "")):
            assert "claim" in hits(page), query
            assert f'href="{prefix}{target}' in page, query

    assert "“<mark>Ribuan</mark> <mark>kontainer</mark> sudah dikirim lewat laut.”" in indonesian(
        client, "ribuan kontainer"
    )
    assert "“<mark>Thousands</mark> of <mark>containers</mark> have been shipped by sea.”" in english(
        client, "thousands containers"
    )


def test_unpublished_translations_are_not_found(client, published, reviewer, editor):
    # Written after the publication: readers see them with the next published revision, not before.
    Actor.objects.filter(slug="north-korea").update(name_indonesian="RAHASIA Utara")
    Claim.objects.filter(pk=published.pk).update(quote_english="RAHASIA containers")
    Brief.objects.filter(slug="arms").update(title_indonesian="RAHASIA judul")
    hidden = PropositionFactory(
        statement="Hidden point.", statement_indonesian="RAHASIA poin", brief__slug="hidden",
        brief__title_indonesian="RAHASIA tersembunyi",
    )  # fmt: skip
    draft = ClaimFactory(
        source=SourceFactory(body="Kalimat tersembunyi. Selesai."),
        created_by=editor,
        quote_english="RAHASIA draft",
        speaker=ActorFactory(name_indonesian="RAHASIA aktor"),
    )
    hidden.claims.add(draft)
    assemble_brief(brief_id=hidden.brief_id)  # pending review, never published

    for page in (indonesian(client, "RAHASIA"), english(client, "RAHASIA")):
        assert hits(page) == []
    assert hits(indonesian(client, "Korea Utara")) == ["actor"], "as published"


def test_an_indonesian_search_costs_the_same_bounded_queries(
    client, published, django_assert_max_num_queries
):
    # One query per kind to find the matches (5), one per kind shown to read them (at most 5).
    with django_assert_max_num_queries(10):
        page = indonesian(client, "laut")
    assert set(hits(page)) >= {"key_point", "claim"}


def test_rows_published_before_the_columns_get_them_from_their_stored_json(published):
    PublicActor.objects.update(name_indonesian="", description="", description_indonesian="")
    PublicClaim.objects.update(quote_english="")
    migration = importlib.import_module("briefs.migrations.0024_public_rows_searched_in_both_languages")

    migration.fill_from_stored_json(apps, None)

    actor = PublicActor.objects.get(slug="north-korea")
    assert (actor.name_indonesian, actor.description_indonesian) == ("Korea Utara", "Negara di Asia Timur.")
    assert actor.description == "A state in East Asia."
    assert PublicClaim.objects.get(pk=published.pk).quote_english == (
        "Thousands of containers have been shipped by sea."
    )


def test_a_partner_searching_the_api_in_either_language_finds_the_same_published_rows(client, published):
    def found(path: str, query: str) -> list:
        response = client.get(path, {"q": query})
        assert response.status_code == 200, response.content
        return [row.get("id", row.get("slug")) for row in response.json()["results"]]

    point = published.key_points.get()
    assert found("/api/v1/key-points/", "peluru artileri") == [point.pk]
    assert found("/api/v1/key-points/", "artillery shells") == [point.pk]
    assert found("/api/v1/claims/", "containers shipped") == [published.pk]
    assert found("/api/v1/claims/", "ribuan kontainer") == [published.pk]
    assert found("/api/v1/actors/", "Korea Utara") == ["north-korea"]


def test_a_quotes_english_paraphrase_is_marked_on_an_indonesian_page_as_on_the_brief_page(client, published):
    shown = indonesian(client, "kontainer")
    assert (
        '<p class="search-text"><span lang="en">Shipments by sea.</span> '
        '<small class="untranslated">(belum diterjemahkan)</small></p>'
    ) in shown
    on_english = english(client, "containers")
    assert '<p class="search-text" lang="en">Shipments by sea.</p>' in on_english
    assert "not yet translated" not in on_english


def test_a_key_point_nobody_translated_is_marked_in_the_results(client, published):
    PropositionFactory(statement="Rail wagons carry shells.", brief__slug="rail", brief__title="Rail")
    publish_revision(
        revision=assemble_brief(brief_id=Brief.objects.get(slug="rail").pk).revision,
        reviewer=published.reviewed_by,
    )
    shown = indonesian(client, "Rail")
    assert '<h2 class="search-heading" lang="en"><a href="/id/briefs/rail/"><mark>Rail</mark></a> ' in shown
    assert '<small class="untranslated" lang="id">(belum diterjemahkan)</small>' in shown

"""Indonesian pages in Indonesian, past the brief page itself: the history, the feeds page, figures,
actors' names wherever they are shown, the precision notes, and a visible mark on what nobody translated."""

import datetime as dt

import pytest
from django.utils import translation

from briefs.models import Actor, Claim, ClaimFigure, Movement, Place, PublicSource
from briefs.page_cache import purge_reader_pages
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_reader_pages import publish
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

UNTRANSLATED = "belum diterjemahkan"


def indonesian(client, path: str) -> str:
    return client.get(path, HTTP_ACCEPT_LANGUAGE="id").text


def test_a_month_precise_date_says_the_day_of_the_month_is_unknown(client, reviewer):
    point = PropositionFactory(
        statement="Rockets went to Wagner.",
        brief__slug="arms",
        event_start=dt.date(2022, 11, 1),
        event_precision=Claim.Precision.MONTH,
    )
    approved_claims(1, key_point=point, reviewer=reviewer)
    publish(point, reviewer)

    page = indonesian(client, "/briefs/arms/")
    assert "(tanggal pastinya tidak diketahui)" in page
    assert "(tanggal tidak diketahui)" not in page, "read as 'date unknown' beside the month it shows"
    with translation.override("id"):
        assert translation.gettext("month, day unknown") == "bulan dan tanggalnya tidak diketahui"
        assert translation.gettext("day, time unknown") == "tanggal dan jamnya tidak diketahui"


def test_an_english_paraphrase_is_marked_untranslated_on_indonesian_pages(client, reviewer):
    point = PropositionFactory(statement="Shells go west.", brief__slug="arms")
    (claim,) = approved_claims(1, key_point=point, reviewer=reviewer)
    Claim.objects.filter(pk=claim.pk).update(paraphrase="Kirby says shells go west.")
    publish(point, reviewer)

    for path in ("/briefs/arms/", f"/briefs/arms/key-points/{point.pk}/"):
        page = indonesian(client, path)
        assert (
            '<span class="statement-text" lang="en">Kirby says shells go west.</span> '
            f'<small class="untranslated">({UNTRANSLATED})</small>'
        ) in page, path
    english = client.get("/briefs/arms/").text
    assert '<span class="statement-text" lang="en">Kirby says shells go west.</span> <span' in english


def test_the_feeds_page_lists_the_indonesian_titles(client, reviewer):
    translated = PropositionFactory(
        brief__slug="senjata", brief__title="Arms transfers", brief__title_indonesian="Pengiriman senjata"
    )
    untranslated = PropositionFactory(brief__slug="kapal", brief__title="Ships")
    for point in (translated, untranslated):
        approved_claims(1, key_point=point, reviewer=reviewer)
        publish(point, reviewer)

    page = indonesian(client, "/feeds/")
    assert '/briefs/senjata/revisions/1/" lang="id">Pengiriman senjata</a> · revisi 1' in page
    assert (
        f'/briefs/kapal/revisions/1/" lang="en">Ships</a> <small class="untranslated">({UNTRANSLATED})</small>'
    ) in page
    assert (
        '/briefs/senjata/revisions/1/" lang="en">Arms transfers</a> · revision 1'
        in client.get("/feeds/").text
    )


@pytest.fixture
def history(reviewer):
    """A brief published twice: the second publication adds a key point with an Indonesian statement, a
    position of the White House (Indonesian name written) and a route Pyongyang → Moscow by air."""
    Actor.objects.filter(slug="white-house").update(name_indonesian="Gedung Putih")
    first = PropositionFactory(
        statement="Shells go west.",
        brief__slug="arms",
        brief__title="Arms transfers",
        brief__title_indonesian="Pengiriman senjata",
    )
    approved_claims(1, key_point=first, reviewer=reviewer)
    publish(first, reviewer)
    second = PropositionFactory(
        brief=first.brief, statement="Rockets go by air.", statement_indonesian="Roket dikirim lewat udara."
    )
    (claim,) = approved_claims(
        1, key_point=second, reviewer=reviewer, speaker=Actor.objects.get(slug="white-house")
    )
    first.claims.add(claim)  # a new position on the first key point
    Movement.objects.create(
        claim=claim,
        origin=Place.objects.get(name="Pyongyang"),
        destination=Place.objects.get(name="Moscow"),
        mode=Movement.Mode.AIR,
    )
    publish(second, reviewer)
    return first.brief


def test_the_history_is_indonesian_on_indonesian_pages(client, history):
    page = indonesian(client, "/briefs/arms/revisions/")
    assert '<h1>Riwayat <span lang="id">Pengiriman senjata</span></h1>' in page
    assert "<title>Riwayat Pengiriman senjata · Briefdesk</title>" in page
    assert "Poin utama ditambahkan: <q>Roket dikirim lewat udara.</q>" in page
    assert (
        f'Poin utama ditambahkan: <q lang="en">Shells go west.</q> <small class="untranslated">({UNTRANSLATED})</small>'
    ) in page, "the first publication's key point, with nobody's Indonesian statement"
    assert "Posisi ditambahkan: Gedung Putih, mendukung" in page and "White House" not in page
    assert "Rute ditambahkan ke peta: Pyongyang → Moskow, lewat udara" in page
    assert "Tempat ditambahkan ke peta: Moskow" in page
    main = page[page.index("<main") :]
    assert "by air" not in main and "Moscow" not in main

    english = client.get("/briefs/arms/revisions/").text
    assert '<h1>History of <span lang="en">Arms transfers</span></h1>' in english
    assert "Route added to the map: Pyongyang → Moscow, by air" in english
    assert "<q>Rockets go by air.</q>" in english and "Gedung Putih" not in english


def test_an_untranslated_title_is_marked_in_the_history(client, reviewer):
    point = PropositionFactory(statement="Shells go west.", brief__slug="ships", brief__title="Ships")
    approved_claims(1, key_point=point, reviewer=reviewer)
    publish(point, reviewer)

    page = indonesian(client, "/briefs/ships/revisions/")
    assert (
        f'<h1>Riwayat <span lang="en">Ships</span></h1>\n<p class="untranslated">{UNTRANSLATED}</p>' in page
    )


@pytest.fixture
def white_house_figure(reviewer):
    """The White House, its Indonesian name published, states a figure under a key point."""
    Actor.objects.filter(slug="white-house").update(name_indonesian="Gedung Putih")
    point = PropositionFactory(statement="Containers went by sea.", brief__slug="arms")
    claims = approved_claims(
        2, key_point=point, reviewer=reviewer, speaker=Actor.objects.get(slug="white-house")
    )
    ClaimFigure.objects.create(claim=claims[0], value=1000, unit="containers", qualifier="more_than")
    Claim.objects.filter(pk=claims[0].pk).update(said_on=dt.date(2023, 10, 13), said_on_precision="day")
    publish(point, reviewer)
    return point


def test_the_published_indonesian_actor_name_is_shown_wherever_the_actor_is_named(client, white_house_figure):
    for path in ("/briefs/arms/", f"/briefs/arms/key-points/{white_house_figure.pk}/"):
        page = indonesian(client, path)
        main = page[page.index("<main") :]
        assert "Gedung Putih" in main, path
        assert main.count("Gedung Putih") >= 3, "the row, the figure, and the key figures or the reports"
        assert "lebih dari 1.000 kontainer" in main, path
        assert "White House" not in main, path  # the positions, how independence was decided, the figures
    english = client.get("/briefs/arms/").text
    assert "White House" in english and "Gedung Putih" not in english


def test_search_and_the_source_page_name_actors_by_their_published_indonesian_name(
    client, white_house_figure
):
    page = indonesian(client, "/search/?q=White")
    assert '<a href="/id/actors/white-house/">Gedung Putih</a>' in page
    quotes = indonesian(client, "/search/?q=Kalimat")
    assert "Kutipan · Gedung Putih" in quotes and "White House" not in quotes
    actor = indonesian(client, "/actors/white-house/")
    assert "<title>Gedung Putih · Briefdesk</title>" in actor
    source_id = Claim.objects.filter(key_points=white_house_figure).first().source_id
    source = indonesian(client, f"/sources/{source_id}/")
    assert "</a> — Gedung Putih (menyatakan)" in source and "White House" not in source


def test_a_distance_is_indonesian_and_the_words_nobody_translated_say_their_language(client, reviewer):
    point = PropositionFactory(statement="Shells go by rail.", brief__slug="arms")
    (claim,) = approved_claims(1, key_point=point, reviewer=reviewer)
    ClaimFigure.objects.create(claim=claim, value=290, unit="km from the Ukrainian border", qualifier="about")
    publish(point, reviewer)

    page = indonesian(client, "/briefs/arms/")
    marked = 'sekitar 290 km <span lang="en">from the Ukrainian border</span>'
    assert page.count(marked) == 2, "under the key point and in the key figures"
    english = client.get("/briefs/arms/").text
    assert english.count("about 290 km from the Ukrainian border") == 2
    assert 'lang="en">from the Ukrainian border' not in english, "no mark where the page is English"


def test_the_sources_pages_name_the_citing_brief_by_its_indonesian_title(client, reviewer):
    translated = PropositionFactory(
        brief__slug="senjata", brief__title="Arms transfers", brief__title_indonesian="Pengiriman senjata"
    )
    untranslated = PropositionFactory(brief__slug="kapal", brief__title="Ships")
    source = SourceFactory(dateline="SEOUL", body="Berita. Kalimat 0. Kalimat 1.")
    (claim,) = approved_claims(1, key_point=translated, reviewer=reviewer, source=source)
    for point in (translated, untranslated):
        publish(point, reviewer)
    ships_source = approved_claims(1, key_point=untranslated, reviewer=reviewer)[0].source_id
    publish(untranslated, reviewer)

    listing = indonesian(client, "/sources/")
    assert "· dikutip dalam Pengiriman senjata" in listing and "Arms transfers" not in listing
    assert (
        f'dikutip dalam <span lang="en">Ships</span> <small class="untranslated">({UNTRANSLATED})</small>'
        in (listing)
    ), "a title nobody translated says its language, as on the brief page"
    page = indonesian(client, f"/sources/{source.pk}/")
    assert '<a href="/id/briefs/senjata/" lang="id">Pengiriman senjata</a>' in page
    assert "Arms transfers" not in page
    assert "<dt>Tempat berita</dt><dd>SEOUL</dd>" in page and "Dateline" not in page
    ships = indonesian(client, f"/sources/{ships_source}/")
    assert f'lang="en">Ships</a> <small class="untranslated">({UNTRANSLATED})</small>' in ships

    actor = indonesian(client, f"/actors/{claim.speaker.slug}/")
    assert '<small>(<span lang="id">Pengiriman senjata</span>)</small>' in actor

    english = client.get(f"/sources/{source.pk}/").text
    assert '<a href="/briefs/senjata/" lang="en">Arms transfers</a>' in english
    assert "<dt>Dateline</dt>" in english and "Pengiriman senjata" not in english
    assert "cited in Arms transfers" in client.get("/sources/").text


def test_the_history_leads_back_to_the_brief_and_an_older_revision_says_which_it_is(client, history):
    for language, back, brief in (
        ("en", "Read the current brief", "/briefs/arms/"),
        ("id", "Baca laporan ringkas terkini", "/id/briefs/arms/"),
    ):
        page = client.get("/briefs/arms/revisions/", HTTP_ACCEPT_LANGUAGE=language).text
        assert f'<a href="{brief}">{back}</a>' in page, language

    assert (
        "<title>Arms transfers (revision 1) · Briefdesk</title>"
        in client.get("/briefs/arms/revisions/1/").text
    )
    assert "<title>Pengiriman senjata (revisi 1) · Briefdesk</title>" in indonesian(
        client, "/briefs/arms/revisions/1/"
    )
    point = history.key_points.get(statement="Shells go west.")
    older_point = client.get(f"/briefs/arms/revisions/1/key-points/{point.pk}/").text
    assert "(revision 1) · Briefdesk</title>" in older_point
    # The current revision is the brief itself: titled as the brief, at either address.
    for path in ("/briefs/arms/", "/briefs/arms/revisions/2/"):
        assert "<title>Arms transfers · Briefdesk</title>" in client.get(path).text, path


def test_a_source_row_published_before_the_indonesian_titles_were_stored_still_shows_them(client, reviewer):
    point = PropositionFactory(
        brief__slug="senjata", brief__title="Arms transfers", brief__title_indonesian="Pengiriman senjata"
    )
    (claim,) = approved_claims(1, key_point=point, reviewer=reviewer)
    publish(point, reviewer)
    PublicSource.objects.filter(pk=claim.source_id).update(
        briefs=[{"slug": "senjata", "title": "Arms transfers"}]
    )
    purge_reader_pages()

    assert "· dikutip dalam Pengiriman senjata" in indonesian(client, "/sources/")
    page = indonesian(client, f"/sources/{claim.source_id}/")
    assert '<a href="/id/briefs/senjata/" lang="id">Pengiriman senjata</a></dd>' in page, (
        "not marked untranslated"
    )

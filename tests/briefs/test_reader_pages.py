"""Reader pages: published material only, cached and conditional, safe with hostile text, in two languages."""

import datetime as dt
import gzip
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from redis.exceptions import ConnectionError as RedisConnectionError

from briefs import page_cache
from briefs.brief_page_parts import forget_brief_page_parts
from briefs.models import BriefRevision, Claim
from briefs.page_cache import GENERATION_KEY, forget_process_pages, purge_reader_pages
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from briefs.templatetags.reader import nested_quotes
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.html_checks import HOSTILE, injections
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db


def publish(key_point, reviewer):
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")


@pytest.fixture
def published(key_point, reviewer):
    approved_claims(3, key_point=key_point, reviewer=reviewer)
    return publish(key_point, reviewer)


@pytest.mark.parametrize("size", [10, 200])
def test_brief_page_costs_the_same_queries_at_any_size(
    client, key_point, reviewer, size, django_assert_max_num_queries
):
    approved_claims(size, key_point=key_point, reviewer=reviewer)
    publish(key_point, reviewer)

    # The first reader renders the revision's markup and stores it: the shell, the full revision, and
    # the write in a savepoint (clear older code's markup, insert).
    with django_assert_max_num_queries(7):
        first = client.get("/briefs/arms/")
    assert first.status_code == 200
    # One actor: its first two citations, and its key point's page for the rest.
    assert first.text.count('class="citation-chip"') == 2
    assert f">all {size} citations</a>" in first.text

    # After a purge, in a process that has shown this revision: which revision to show (1); its title,
    # summary and stored markup are still in this process (briefs/brief_page_parts.py). The page is the same.
    purge_reader_pages()
    with django_assert_max_num_queries(1):
        response = client.get("/briefs/arms/")
    assert response.text == first.text

    # In a process that has not: which revision to show (1), then the revision with its brief, reviewer
    # and stored markup (1).
    purge_reader_pages()
    forget_brief_page_parts()
    with django_assert_max_num_queries(2):
        response = client.get("/briefs/arms/")
    assert response.text == first.text

    # Cached: no query at all (the page is kept under its address and the shared generation).
    with django_assert_max_num_queries(0):
        assert client.get("/briefs/arms/").status_code == 200


@pytest.mark.parametrize("size", [10, 200])
def test_key_point_page_costs_the_same_queries_at_any_size(
    client, key_point, reviewer, size, django_assert_max_num_queries
):
    approved_claims(size, key_point=key_point, reviewer=reviewer)
    publish(key_point, reviewer)
    address = f"/briefs/arms/key-points/{key_point.pk}/"

    # The first reader: which revision the slug shows (1), then that revision with its content (1);
    # the key point is read from the content, so its claims cost nothing more.
    with django_assert_max_num_queries(2):
        first = client.get(address)
    assert first.status_code == 200
    # Every citation is on the key point's own page, not only the first few.
    assert first.text.count('class="citation-chip"') == size

    with django_assert_max_num_queries(0):
        cached = client.get(address)
    assert cached.text == first.text


def test_an_indonesian_address_is_cached_apart_from_the_english_page_and_costs_no_query_once_warm(
    client, published, key_point, django_assert_num_queries
):
    for address in ("/briefs/arms/", f"/briefs/arms/key-points/{key_point.pk}/", "/briefs/arms/revisions/"):
        english = client.get(address)
        indonesian = client.get(f"/id{address}")
        assert '<html lang="en">' in english.text and '<html lang="id">' in indonesian.text, address
        assert english["ETag"] != indonesian["ETag"], address
        with django_assert_num_queries(0):
            hit = client.get(f"/id{address}")
        assert hit.content == indonesian.content, address
        # Negotiated Indonesian at the unprefixed address is the same page (its links name /id/): one copy.
        with django_assert_num_queries(0):
            negotiated = client.get(address, HTTP_ACCEPT_LANGUAGE="id")
        assert negotiated.content == indonesian.content, address
        with django_assert_num_queries(0):
            assert client.get(address).content == english.content, address


def test_conditional_requests_get_304(client, published):
    first = client.get("/briefs/arms/")

    assert client.get("/briefs/arms/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/briefs/arms/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert "public" in first["Cache-Control"]


def test_a_cached_hit_answers_every_precondition_and_says_what_it_varies_on(client, published):
    first = client.get("/briefs/arms/")
    hit = client.get("/briefs/arms/")

    assert hit["ETag"] == first["ETag"]
    assert hit["Last-Modified"] == first["Last-Modified"]
    assert hit["Cache-Control"] == first["Cache-Control"]
    # A shared cache must not give a German reader's Indonesian page, or a gzipped page to a plain client.
    assert {value.strip() for value in hit["Vary"].split(",")} >= {
        "Accept-Language",
        "Accept-Encoding",
        "Cookie",
    }
    assert client.get("/briefs/arms/", HTTP_IF_MATCH='"another"').status_code == 412
    assert client.get("/briefs/arms/", HTTP_IF_MATCH=first["ETag"]).status_code == 200
    assert (
        client.get("/briefs/arms/", HTTP_IF_UNMODIFIED_SINCE="Mon, 01 Jan 1990 00:00:00 GMT").status_code
        == 412
    )


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_reader_pages_are_served_while_the_shared_cache_is_down(client, published, monkeypatch, encoding):
    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    for method in ("get", "get_many", "set", "get_or_set", "incr"):
        monkeypatch.setattr(cache, method, cache_down)
    forget_process_pages()

    for path in ("/briefs/", "/briefs/arms/", "/briefs/arms/revisions/"):
        response = client.get(path, HTTP_ACCEPT_ENCODING=encoding)
        assert response.status_code == 200, path
        body = gzip.decompress(response.content) if encoding else response.content
        assert b'href="/briefs/arms/' in body, path
        if path == "/briefs/arms/":
            assert b"North Korea ships munitions to Russia." in body


def test_pages_give_the_publication_time_in_utc(client, published):
    """Read through raw SQL on SQLite, the time comes back without a zone; it is UTC, not local time."""
    expected = http_date(published.published_at.timestamp())

    for path in ("/briefs/arms/", "/briefs/arms/revisions/1/", "/briefs/"):
        assert client.get(path)["Last-Modified"] == expected, path
    local = timezone.localtime(published.published_at)
    assert local.strftime("%H:%M") in client.get("/briefs/arms/").text


def test_a_new_publication_replaces_the_cached_page(
    client, published, key_point, reviewer, django_capture_on_commit_callbacks
):
    client.get("/briefs/arms/")
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    # Committed, as a reviewer's publication is: its purge runs after the commit.
    with django_capture_on_commit_callbacks(execute=True):
        publish(key_point, reviewer)

    page = client.get("/briefs/arms/").text

    assert "Russia sends technology in return." in page
    assert "revision 2" in page


def count_cache_round_trips(monkeypatch) -> list[str]:
    """The cache calls a request makes, outermost only: the test cache's get_many calls its own get,
    where Redis answers a get_many with one MGET."""
    trips: list[str] = []
    depth = [0]

    def counted(name, call):
        def method(*args, **kwargs):
            if depth[0] == 0:
                trips.append(name)
            depth[0] += 1
            try:
                return call(*args, **kwargs)
            finally:
                depth[0] -= 1

        return method

    for name in ("get", "get_many", "set", "get_or_set", "add", "incr"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    return trips


class FakeClock:
    """Stands in for time.monotonic in the generation memo: time passes only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, milliseconds: float) -> None:
        self.now += milliseconds / 1000


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(page_cache._generation_memo, "clock", fake)
    return fake


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_a_warm_page_costs_no_query_and_at_most_one_cache_round_trip(
    client, published, key_point, encoding, django_assert_num_queries, monkeypatch, clock, settings
):
    settings.READER_GENERATION_RECHECK_MS = 1000
    addresses = ("/briefs/arms/", f"/briefs/arms/key-points/{key_point.pk}/", "/briefs/arms/revisions/1/")
    for address in addresses:
        client.get(address, HTTP_ACCEPT_ENCODING=encoding)
    trips = count_cache_round_trips(monkeypatch)

    # Held by this process, which read the shared generation less than a second ago: nothing to ask.
    for address in addresses:
        with django_assert_num_queries(0):
            assert client.get(address, HTTP_ACCEPT_ENCODING=encoding).status_code == 200
        assert trips == [], address
    # Held by this process, once the generation it read is older than the recheck interval: the shared
    # generation alone says the copy is still current, and is trusted again for the next interval.
    for address in addresses:
        clock.advance(1000)
        with django_assert_num_queries(0):
            assert client.get(address, HTTP_ACCEPT_ENCODING=encoding).status_code == 200
        assert trips == ["get"], address
        trips.clear()
    # Held only by the shared cache (another web process rendered it): the generation and the page in
    # one round trip.
    forget_process_pages()
    for address in addresses:
        with django_assert_num_queries(0):
            assert client.get(address, HTTP_ACCEPT_ENCODING=encoding).status_code == 200
        assert trips == ["get_many"], address
        trips.clear()


def test_a_purge_in_this_process_is_seen_at_once(client, published, key_point, reviewer, clock, settings):
    settings.READER_GENERATION_RECHECK_MS = 60_000
    client.get("/briefs/arms/")
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)

    purge_reader_pages()  # the publication's hook, run in this process; no time passes

    assert "revision 2" in client.get("/briefs/arms/").text


def test_a_purge_by_another_process_is_seen_within_the_recheck_interval(
    client, published, key_point, reviewer, clock, settings
):
    settings.READER_GENERATION_RECHECK_MS = 1000
    client.get("/briefs/arms/")
    assert "revision 1" in client.get("/briefs/arms/").text  # held, with the generation just read
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)
    # Another web process's purge: the shared generation moves, this process's memo does not.
    cache.incr(GENERATION_KEY)

    clock.advance(999)
    assert "revision 1" in client.get("/briefs/arms/").text, "the bounded staleness this process accepts"
    clock.advance(1)
    assert "revision 2" in client.get("/briefs/arms/").text


def test_a_page_not_held_reads_the_shared_generation_whatever_the_memo(
    client, published, key_point, reviewer, clock, settings
):
    """A miss is never rendered under a generation a purge has retired, so it is never served stale."""
    settings.READER_GENERATION_RECHECK_MS = 60_000
    client.get("/briefs/arms/")
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)
    cache.incr(GENERATION_KEY)  # purged by another process

    # This process never held the Indonesian page: it reads the shared generation and renders revision 2.
    assert "revisi 2" in client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text.lower()
    # And from then on trusts the generation it has just read for its English copy too.
    assert "revision 2" in client.get("/briefs/arms/").text


def test_without_a_recheck_interval_every_hit_reads_the_generation(
    client, published, settings, monkeypatch, clock
):
    settings.READER_GENERATION_RECHECK_MS = 0
    client.get("/briefs/arms/")
    trips = count_cache_round_trips(monkeypatch)

    client.get("/briefs/arms/")

    assert trips == ["get"]


def test_a_revision_shown_before_it_was_superseded_says_it_is_older_after(
    client, published, key_point, reviewer, django_capture_on_commit_callbacks
):
    assert "This is an older version." not in client.get("/briefs/arms/revisions/1/").text
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    with django_capture_on_commit_callbacks(execute=True):
        publish(key_point, reviewer)

    # The same revision, its page facts kept by this process: kept under its status, so read again.
    assert "This is an older version." in client.get("/briefs/arms/revisions/1/").text


def test_a_publication_whose_purge_was_lost_is_purged_by_the_reconciler(
    client, published, key_point, reviewer, monkeypatch
):
    from briefs.services.reconcile import reconcile

    client.get("/briefs/arms/")
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)  # its purge never runs, as when Redis did not answer at the time
    assert "revision 2" not in client.get("/briefs/arms/").text

    assert reconcile().reader_pages_purged

    assert "revision 2" in client.get("/briefs/arms/").text
    assert not reconcile().reader_pages_purged, "purged once, not on every run"


def test_source_page_highlights_cited_quotes_and_links_back_to_key_points(client, published):
    claim = Claim.objects.first()

    page = client.get(reverse("source_detail", args=[claim.source_id])).text

    assert f'<mark class="cited-quote" id="claim-{claim.pk}">{claim.exact}</mark>' in page
    assert "#key-point-" in page and "North Korea ships munitions to Russia." in page


def test_sources_and_actors_without_published_citations_are_404(client, published, editor):
    uncited = SourceFactory()
    draft = ClaimFactory(created_by=editor)

    assert client.get(reverse("source_detail", args=[uncited.pk])).status_code == 404
    assert client.get(reverse("source_detail", args=[draft.source_id])).status_code == 404
    assert client.get(reverse("actor_detail", args=[draft.speaker.slug])).status_code == 404


def test_actor_page_lists_published_positions(client, published):
    speaker = Claim.objects.first().speaker

    page = client.get(reverse("actor_detail", args=[speaker.slug])).text

    assert "North Korea ships munitions to Russia." in page
    assert page.count('<q lang="id">') == 3


def test_revision_history_shows_what_changed_between_publications(client, published, key_point, reviewer):
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)

    page = client.get("/briefs/arms/revisions/").text

    assert "Revision 2" in page and "Revision 1" in page
    assert "Key point added: <q>Russia sends technology in return.</q>" in page


def test_hostile_text_is_escaped_on_every_reader_page(client, key_point, reviewer, hostile_claim):
    source = hostile_claim.source
    key_point.claims.add(hostile_claim)
    key_point.statement = HOSTILE
    key_point.save()
    key_point.brief.title = HOSTILE
    key_point.brief.summary = HOSTILE
    key_point.brief.save()
    publish(key_point, reviewer)

    for url in [
        "/briefs/",
        "/briefs/arms/",
        "/briefs/arms/revisions/",
        f"/sources/{source.pk}/",
        "/actors/hostile/",
        "/actors/",
        "/sources/",
        "/feeds/",
        "/search/?q=Awal",
        "/search/?q=alert",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injections(response.text) == [], url
        assert "{{ 7|add:1 }}" in response.text, (
            f"{url}: template syntax in content is shown, never evaluated"
        )


def test_json_ld_is_valid_and_lists_the_cited_claims(client, published, key_point):
    html = client.get("/briefs/arms/").text

    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert (data["@type"], data["headline"]) == ("Report", published.content["title"])
    # Each key point's page is a part of the Report and carries the claims it cites.
    [part] = data["hasPart"]
    assert part["url"].endswith(f"/briefs/arms/revisions/1/key-points/{key_point.pk}/")
    html = client.get(f"/briefs/arms/key-points/{key_point.pk}/").text
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert len(data["citation"]) == 3
    assert all(claim["@type"] == "Claim" and claim["text"] for claim in data["citation"])


def test_pages_forbid_inline_scripts(client, published):
    response = client.get("/briefs/arms/")

    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy.split("script-src", 1)[1].split(";")[0]
    )
    assert injections(response.text) == []


def test_indonesian_interface_by_accept_language_and_by_the_switcher(client, published):
    page = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text
    assert '<html lang="id">' in page
    assert "Poin utama" in page
    assert "North Korea ships munitions to Russia." in page, "content stays in the language it was written"

    client.get(reverse("switch_language", args=["en"]) + "?next=/briefs/arms/")
    assert "Key points" in client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_a_query_string_on_a_cold_cache_never_reaches_a_later_reader(client, published, encoding):
    """The page cache ignores the query string, so a cached page may embed nothing taken from it."""
    source_id = Claim.objects.first().source_id
    speaker = Claim.objects.first().speaker.slug
    pages = [
        "/briefs/",
        "/briefs/arms/",
        "/briefs/arms/revisions/",
        "/briefs/arms/revisions/1/",
        f"/sources/{source_id}/",
        f"/actors/{speaker}/",
    ]
    for page in pages:
        poisoner = client.get(
            f"{page}?utm_campaign=POISONED&next=//evil.example/", HTTP_ACCEPT_ENCODING=encoding
        )
        assert poisoner.status_code == 200, page
    # Another spelling of a number is no second address of the page (briefs/url_converters.py).
    assert client.get("/briefs/arms/revisions/0001/?utm_campaign=POISONED").status_code == 404

    for page in pages:
        later = Client().get(page)
        assert later.status_code == 200, page
        assert "POISONED" not in later.text and "evil.example" not in later.text, page
        assert f'href="/language/id/?next={quote("/id" + page)}"' in later.text, page


def test_language_switch_never_redirects_off_site(client):
    response = client.get(reverse("switch_language", args=["id"]) + "?next=https://evil.example/")

    assert response["Location"] == "/id/", "home, in the language chosen"


def test_feeds_are_valid_atom_and_rss_with_one_entry_per_publication(client, published, key_point, reviewer):
    PropositionFactory(brief=key_point.brief, statement="Another point.")
    publish(key_point, reviewer)

    atom = ET.fromstring(client.get("/feeds/briefs.atom").content)  # noqa: S314 - our own feed, just rendered
    rss = ET.fromstring(client.get("/feeds/briefs.rss").content)  # noqa: S314 - our own feed, just rendered

    namespace = "{http://www.w3.org/2005/Atom}"
    assert atom.tag == f"{namespace}feed"
    assert len(atom.findall(f"{namespace}entry")) == 2
    assert rss.tag == "rss" and len(rss.findall("./channel/item")) == 2


@pytest.mark.parametrize(
    ("language", "shown"), [("en", "7 Dec 2026, 10:41 WIB"), ("id", "7 Des 2026, 10.41 WIB")]
)
def test_every_page_writes_a_moment_the_same_way_with_its_zone(client, published, language, shown):
    BriefRevision.objects.filter(pk=published.pk).update(
        published_at=dt.datetime(2026, 12, 7, 3, 41, tzinfo=dt.UTC)
    )
    purge_reader_pages()

    for path in ("/briefs/", "/briefs/arms/", "/briefs/arms/revisions/"):
        page = client.get(path, HTTP_ACCEPT_LANGUAGE=language).text
        assert shown in page, path
        assert "a.m." not in page and "p.m." not in page, path


@pytest.mark.parametrize(
    ("language", "shown"), [("en", "27 Oct 2023, 17:33 WIB"), ("id", "27 Okt 2023, 17.33 WIB")]
)
def test_an_articles_time_is_written_like_every_other_moment(client, key_point, reviewer, language, shown):
    source = SourceFactory(
        published_at=dt.datetime(2023, 10, 27, 10, 33, tzinfo=dt.UTC),
        published_at_source="byline",
        published_at_confidence=0.95,
        published_at_precision="minute",
        body="Berita. Kalimat 0.",
    )
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    publish(key_point, reviewer)

    for path in (f"/sources/{source.pk}/", "/briefs/arms/"):
        assert shown in client.get(path, HTTP_ACCEPT_LANGUAGE=language).text, path


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ('Angka itu "signifikan" bagi kami', "Angka itu ‘signifikan’ bagi kami"),
        ("Ia menyebutnya “provokasi” (“tidak berdasar”)", "Ia menyebutnya ‘provokasi’ (‘tidak berdasar’)"),
        ('"Kami menolak," katanya', "‘Kami menolak,’ katanya"),
        ("No inner quotes, and an apostrophe's fine", "No inner quotes, and an apostrophe's fine"),
    ],
)
def test_a_quote_inside_a_quote_gets_single_quotation_marks(quote, shown):
    assert nested_quotes(quote) == shown


def test_a_citation_shows_inner_quotes_as_single_ones(client, key_point, reviewer):
    source = SourceFactory(body='Ia berkata: Angka itu "signifikan" bagi kami. Selesai.')
    start = source.body.index("Angka")
    claim = ClaimFactory(
        source=source,
        start=start,
        end=source.body.index(" Selesai"),
        status=Claim.Status.APPROVED,
        reviewed_by=reviewer,
        reviewed_at=timezone.now(),
    )
    key_point.claims.add(claim)
    publish(key_point, reviewer)

    brief = client.get("/briefs/arms/").text
    assert "“Angka itu ‘signifikan’ bagi kami.”" in brief
    assert "&quot;signifikan&quot;" not in brief
    assert "“Angka itu ‘signifikan’ bagi kami.”" in client.get(f"/sources/{source.pk}/").text
    assert "Angka itu ‘signifikan’ bagi kami." in client.get(f"/actors/{claim.speaker.slug}/").text


# --- Both audiences: the editors' translations ------------------------------------------------------------


@pytest.fixture
def translated(key_point, reviewer):
    """Three published claims: the first rendered in English; a brief and key point with Indonesian
    versions of the title and statement but not of the summary."""
    first, *_ = approved_claims(3, key_point=key_point, reviewer=reviewer)
    Claim.objects.filter(pk=first.pk).update(quote_english="Sentence zero, in English.")
    brief = key_point.brief
    brief.title, brief.title_indonesian = "Arms to Russia", "Senjata ke Rusia"
    brief.summary = "Shipments continue."
    brief.save()
    key_point.statement_indonesian = "Korea Utara mengirim amunisi ke Rusia."
    key_point.save()
    publish(key_point, reviewer)
    return first


def test_english_page_shows_the_english_rendering_with_the_original_one_click_away(
    client, translated, key_point
):
    assert '<h1 lang="en">Arms to Russia</h1>' in client.get("/briefs/arms/").text
    # The key point's page shows every quote (the brief page, the first two of each actor).
    page = client.get(f"/briefs/arms/key-points/{key_point.pk}/").text

    assert '<blockquote lang="en">“Sentence zero, in English.”</blockquote>' in page
    assert (
        '<details class="quote-original"><summary>Original words</summary>'
        f'<blockquote lang="id">“{translated.exact}”</blockquote></details>'
    ) in page
    # The two quotes nobody rendered yet are shown as written, and say so.
    assert page.count('<small class="untranslated">not yet translated</small>') == 2
    assert "Arms to Russia" in page and "Senjata ke Rusia" not in page


def test_indonesian_page_shows_the_originals_and_the_indonesian_title_and_key_points(
    client, translated, key_point
):
    page = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text

    assert '<h1 lang="id">Senjata ke Rusia</h1>' in page
    assert "<title>Senjata ke Rusia · Briefdesk</title>" in page
    assert ">Korea Utara mengirim amunisi ke Rusia.</a></h3>" in page
    assert "Sentence zero, in English." not in page
    point_page = client.get(f"/briefs/arms/key-points/{key_point.pk}/", HTTP_ACCEPT_LANGUAGE="id").text
    assert '<h1 id="key-point-' in point_page and ">Korea Utara mengirim amunisi ke Rusia.</h1>" in point_page
    assert "Sentence zero, in English." not in point_page
    assert point_page.count('<blockquote lang="id">') == 3
    # The summary nobody translated: shown in English, marked.
    assert '<p class="untranslated">belum diterjemahkan</p>' in page
    assert '<div lang="en"><p>Shipments continue.</p></div>' in page


def test_index_and_source_page_read_in_the_page_language(client, translated):
    # Reversed before any request: a request leaves its language active in the test's thread.
    source_url = reverse("source_detail", args=[translated.source_id])
    index = client.get("/briefs/", HTTP_ACCEPT_LANGUAGE="id").text
    assert "Senjata ke Rusia" in index

    english = client.get(source_url).text
    assert "“Sentence zero, in English.”" in english and 'class="quote-original"' in english
    indonesian = client.get(source_url, HTTP_ACCEPT_LANGUAGE="id").text
    assert "Sentence zero, in English." not in indonesian
    assert "Korea Utara mengirim amunisi ke Rusia." in indonesian


def test_a_key_points_date_line_has_no_separator_left_hanging(client, key_point, reviewer):
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    key_point.event_start, key_point.event_precision = dt.date(2023, 9, 1), "month"
    key_point.save()
    publish(key_point, reviewer)

    for address in ("/briefs/arms/", f"/briefs/arms/key-points/{key_point.pk}/"):
        meta = re.search(r'<p class="key-point-meta">(.*?)</p>', client.get(address).text, re.S).group(1)
        assert '<span class="date-label">Sep 2023</span>' in meta
        # The date and the badge are separate items: a separator between them would dangle when they wrap.
        between = re.sub(r"<span class=\"[^\"]+\">.*?</span>", "", meta, flags=re.S)
        assert between.strip() == "", f"nothing but the items in the date line of {address}"


def test_chip_hints_and_quote_headlines_read_in_the_page_language(client, translated, key_point):
    point_page = f"/briefs/arms/key-points/{key_point.pk}/"
    english_hints = re.findall(
        r'<span class="chip-hint"><span lang="(\w+)">“([^”]*)”', client.get(point_page).text
    )
    assert ("en", "Sentence zero, in English.") in english_hints, "the English rendering, where there is one"
    assert ("id", "Kalimat 1.") in english_hints, "the original words where there is none"
    indonesian = client.get(point_page, HTTP_ACCEPT_LANGUAGE="id").text
    assert set(re.findall(r'class="chip-hint"><span lang="(\w+)"', indonesian)) == {"id"}, "the originals"

    english_search = client.get("/search/", {"q": "Kalimat"}).text
    assert (
        '<h2 class="search-heading" lang="en">' in english_search
        and "“Sentence zero, in English.”" in english_search
    )
    indonesian_search = client.get("/search/", {"q": "Kalimat"}, HTTP_ACCEPT_LANGUAGE="id").text
    assert "Sentence zero, in English." not in indonesian_search


def test_an_article_without_a_headline_is_named_by_its_first_words_and_says_so(client, key_point, reviewer):
    source = SourceFactory(title="", body="Liputan6.com, Moskow - Kremlin menolak tuduhan Barat. Kalimat 0.")
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    publish(key_point, reviewer)
    stand_in = "“Kremlin menolak tuduhan Barat.”"
    note = "no headline: the article's first words"

    page = client.get(reverse("source_detail", args=[source.pk])).text
    assert stand_in in re.search(r"<h1>(.*?)</h1>", page, re.S).group(1) and note in page
    index = client.get("/sources/").text
    assert stand_in in index and note in index
    found = client.get("/search/", {"q": "Kremlin"}).text
    assert stand_in in re.sub(r"</?mark[^>]*>", "", found) and note in found
    assert "tanpa judul" in client.get("/sources/", HTTP_ACCEPT_LANGUAGE="id").text

    html = client.get(f"/briefs/arms/key-points/{key_point.pk}/").text
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    [article] = json.loads(block)["isBasedOn"]
    assert "headline" not in article, "no empty headline"


def test_an_indonesian_page_lists_and_dates_key_points_in_indonesian(client, key_point, reviewer):
    other = PropositionFactory(brief=key_point.brief, statement="Russia pays in oil.")
    for point, indonesian, day in (
        (key_point, "Korea Utara mengirim amunisi ke Rusia.", dt.date(2023, 9, 1)),
        (other, "Rusia membayar dengan minyak.", dt.date(2023, 10, 1)),
    ):
        approved_claims(2, key_point=point, reviewer=reviewer)
        point.statement_indonesian, point.event_start, point.event_precision = indonesian, day, "month"
        point.save()
    publish(key_point, reviewer)

    page = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text
    jump_list = re.search(r'<ol class="key-point-index".*?</ol>', page, re.S).group(0)
    assert "Korea Utara mengirim amunisi ke Rusia." in jump_list and "Russia pays in oil." not in jump_list
    timeline = re.search(r'<ol class="timeline-list">.*?</ol>', page, re.S).group(0)
    assert (
        '<span class="timeline-text" lang="id">' in timeline and "Rusia membayar dengan minyak." in timeline
    )
    assert "North Korea ships munitions" not in re.search(
        r"<svg class=\"chart vt\".*?</svg>", page, re.S
    ).group(0)
    english = client.get("/briefs/arms/").text
    assert "Russia pays in oil." in re.search(r'<ol class="timeline-list">.*?</ol>', english, re.S).group(0)


def test_pages_not_shared_are_rendered_once_per_process_and_retired_by_the_shared_generation(
    client, published, key_point, reviewer, settings
):
    """The embedded default shares only the generation (READER_PAGES_SHARED off): each process renders a
    page once, serves its own copy, and a purge by any process retires it."""
    settings.READER_PAGES_SHARED = False
    settings.READER_GENERATION_RECHECK_MS = 0
    client.get("/briefs/arms/")

    assert cache.get("reader-page:en:brief:arms:current") is None, "no page body in the shared cache"
    assert "revision 1" in client.get("/briefs/arms/").text
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)
    cache.incr(GENERATION_KEY)  # another process's purge

    assert "revision 2" in client.get("/briefs/arms/").text


def test_a_cited_source_whose_outlet_nobody_knows_has_its_page(client, key_point, reviewer):
    source = SourceFactory(outlet=None, title="Jembatan baru dibuka", body="Berita itu. Kalimat 0.")
    (claim,) = approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    publish(key_point, reviewer)

    for address in (reverse("source_detail", args=[source.pk]), f"/id/sources/{source.pk}/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "unknown" in response.text or "tidak diketahui" in response.text
    assert claim.exact in client.get(reverse("source_detail", args=[source.pk])).text

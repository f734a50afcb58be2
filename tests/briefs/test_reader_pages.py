"""Reader pages: published material only, cached and conditional, safe with hostile text, in two languages."""

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

from briefs.models import Claim
from briefs.page_cache import forget_process_pages, purge_reader_pages
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
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
    assert first.text.count('class="citation-chip"') == size

    # After a purge: which revision to show (1), then the revision with its brief, reviewer and stored
    # markup (1). The page is the same.
    purge_reader_pages()
    with django_assert_max_num_queries(2):
        response = client.get("/briefs/arms/")
    assert response.text == first.text

    # Cached: only the lookup of the current revision remains.
    with django_assert_max_num_queries(1):
        assert client.get("/briefs/arms/").status_code == 200


def test_conditional_requests_get_304(client, published):
    first = client.get("/briefs/arms/")

    assert client.get("/briefs/arms/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/briefs/arms/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert "public" in first["Cache-Control"]


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_reader_pages_are_served_while_the_shared_cache_is_down(client, published, monkeypatch, encoding):
    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    for method in ("get", "set", "get_or_set", "incr"):
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


def test_a_new_publication_replaces_the_cached_page(client, published, key_point, reviewer):
    client.get("/briefs/arms/")
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    publish(key_point, reviewer)

    page = client.get("/briefs/arms/").text

    assert "Russia sends technology in return." in page
    assert "revision 2" in page


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
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injections(response.text) == [], url
        assert "{{ 7|add:1 }}" in response.text, (
            f"{url}: template syntax in content is shown, never evaluated"
        )


def test_json_ld_is_valid_and_lists_the_cited_claims(client, published):
    html = client.get("/briefs/arms/").text

    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert (data["@type"], data["headline"]) == ("Report", published.content["title"])
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
        # The same page under another spelling of its number shares the cache entry too.
        spelled = page.replace("/revisions/1/", "/revisions/0001/")
        poisoner = client.get(
            f"{spelled}?utm_campaign=POISONED&next=//evil.example/", HTTP_ACCEPT_ENCODING=encoding
        )
        assert poisoner.status_code == 200, spelled

    for page in pages:
        later = Client().get(page)
        assert later.status_code == 200, page
        assert "POISONED" not in later.text and "evil.example" not in later.text, page
        assert f'href="/language/id/?next={quote(page)}"' in later.text, page


def test_language_switch_never_redirects_off_site(client):
    response = client.get(reverse("switch_language", args=["id"]) + "?next=https://evil.example/")

    assert response["Location"] == "/"


def test_feeds_are_valid_atom_and_rss_with_one_entry_per_publication(client, published, key_point, reviewer):
    PropositionFactory(brief=key_point.brief, statement="Another point.")
    publish(key_point, reviewer)

    atom = ET.fromstring(client.get("/feeds/briefs.atom").content)  # noqa: S314 - our own feed, just rendered
    rss = ET.fromstring(client.get("/feeds/briefs.rss").content)  # noqa: S314 - our own feed, just rendered

    namespace = "{http://www.w3.org/2005/Atom}"
    assert atom.tag == f"{namespace}feed"
    assert len(atom.findall(f"{namespace}entry")) == 2
    assert rss.tag == "rss" and len(rss.findall("./channel/item")) == 2

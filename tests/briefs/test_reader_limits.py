"""Each address may have only so many reader pages rendered for it (cache misses and 404s); cached
pages are never counted. Past the budget: a 429 page with Retry-After that no cache keeps."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from redis.exceptions import ConnectionError as RedisConnectionError

from briefs.models import Claim
from briefs.page_cache import purge_reader_pages
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.7"


@pytest.fixture
def tight(settings):
    settings.READER_RENDER_RATE = "3/minute"


@pytest.fixture
def published(reviewer):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


def reader(address: str = ADDRESS) -> Client:
    return Client(REMOTE_ADDR=address)


@pytest.mark.parametrize("missing", ["/actors/nobody/", "/sources/999999/", "/briefs/nothing/"])
def test_a_stream_of_404s_from_one_address_is_refused_with_429(tight, published, missing):
    client = reader()
    assert [client.get(f"{missing}?n={n}").status_code for n in range(3)] == [404, 404, 404]

    refused = client.get(missing)

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Too many requests" in refused.text
    assert "no-store" in refused["Cache-Control"]
    assert reader("198.51.100.8").get(missing).status_code == 404, "another address has its own budget"


def test_cached_pages_cost_nothing_and_are_served_past_the_budget(tight, published):
    client = reader()
    assert [client.get("/briefs/arms/").status_code for _ in range(10)] == [200] * 10  # one render

    for n in range(2):
        client.get(f"/actors/nobody-{n}/")
    assert client.get("/actors/nobody-2/").status_code == 429

    assert client.get("/briefs/arms/").status_code == 200, "a cached page needs no render"


def test_cache_misses_count_too(tight, published):
    speaker = Claim.objects.first().speaker.slug
    client = reader()
    for page in ("/briefs/", "/briefs/arms/", f"/actors/{speaker}/"):
        assert client.get(page).status_code == 200, page

    purge_reader_pages()

    refused = client.get("/briefs/arms/")
    assert refused.status_code == 429
    assert reader("198.51.100.8").get("/briefs/arms/").status_code == 200
    assert client.get("/briefs/arms/").status_code == 200, "rendered for the other reader, cached since"


def test_a_refusal_is_never_cached_for_other_readers(tight, published):
    client = reader()
    for n in range(3):
        client.get(f"/actors/nobody-{n}/")
    purge_reader_pages()
    assert client.get("/briefs/").status_code == 429

    later = reader("198.51.100.8").get("/briefs/")

    assert later.status_code == 200 and "Too many requests" not in later.text


def test_the_refusal_is_in_the_readers_language(tight, published):
    client = reader()
    for n in range(3):
        client.get(f"/actors/nobody-{n}/")

    refused = client.get("/actors/nobody-3/", HTTP_ACCEPT_LANGUAGE="id")

    assert refused.status_code == 429 and '<html lang="id">' in refused.text
    assert "Terlalu banyak permintaan" in refused.text


def test_spoofed_forwarded_for_headers_share_the_senders_budget(tight, published):
    client = reader()
    answers = [
        client.get("/actors/nobody/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)
    ]

    assert answers == [404, 404, 404, 429]


def test_while_the_cache_is_down_pages_are_rendered_without_a_budget(tight, published, monkeypatch):
    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    for method in ("get", "set", "add", "get_or_set", "incr"):
        monkeypatch.setattr(cache, method, cache_down)

    client = reader()
    assert [client.get("/briefs/nothing/").status_code for _ in range(5)] == [404] * 5
    assert [client.get("/briefs/arms/").status_code for _ in range(5)] == [200] * 5

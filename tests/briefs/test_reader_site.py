"""The reader pages as a site: an icon, descriptions and link previews, a page for the feeds, indexes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from briefs.models import Claim
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db


class HeadTags(HTMLParser):
    """The <meta> and <link> tags of a page: name or property → content, rel → [href]."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, list[dict]] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and ("name" in attributes or "property" in attributes):
            key = attributes.get("property") or attributes["name"]
            self.meta.setdefault(key, []).append(attributes.get("content", ""))
        if tag == "link":
            self.links.setdefault(attributes.get("rel", ""), []).append(attributes)


def head_tags(html: str) -> HeadTags:
    parser = HeadTags()
    parser.feed(html)
    return parser


@pytest.fixture
def published(reviewer):
    point = PropositionFactory(
        statement="North Korea ships munitions to Russia.",
        brief__slug="arms",
        brief__title="Russia–DPRK arms transfers",
        brief__summary="Pyongyang ships shells by sea and rail. " * 20,
    )
    approved_claims(2, key_point=point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)


def test_every_page_has_the_icon(client, published):
    for path in ("/", "/briefs/", "/briefs/arms/", "/briefs/no-such-brief/"):
        [icon] = head_tags(client.get(path).text).links["icon"]
        assert icon["type"] == "image/svg+xml", path
    response = client.get(icon["href"])
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)


@pytest.mark.parametrize(
    ("language", "locale", "other"), [("en", "en_US", "id_ID"), ("id", "id_ID", "en_US")]
)
def test_a_brief_previews_with_its_title_summary_and_address(client, published, language, locale, other):
    meta = head_tags(client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE=language).text).meta

    assert meta["og:title"] == ["Russia–DPRK arms transfers"]
    assert meta["og:type"] == ["article"]
    # The address of the page's language: an Indonesian page names its /id/ address whatever URL served it.
    assert meta["og:url"] == [f"http://testserver{'/id' if language == 'id' else ''}/briefs/arms/"]
    assert meta["og:locale"] == [locale] and meta["og:locale:alternate"] == [other]
    [description] = meta["description"]
    assert description.startswith("Pyongyang ships shells by sea and rail.")
    assert len(description) <= 200, "a preview-sized description, not the whole summary"
    assert meta["og:description"] == [description]


def test_every_reader_page_describes_itself(client, published):
    claim = Claim.objects.select_related("source__outlet", "speaker").first()
    pages = {
        "/": "Curated, human-reviewed briefs",
        "/briefs/": "Every published brief",
        "/briefs/arms/revisions/": "Every publication of Russia–DPRK arms transfers",
        f"/sources/{claim.source_id}/": f"An article from {claim.source.outlet.name}",
        f"/actors/{claim.speaker.slug}/": f"{claim.speaker.name}: positions in published briefs",
    }
    for path, description in pages.items():
        meta = head_tags(client.get(path).text).meta
        assert meta["description"][0].startswith(description), path
        assert {"og:title", "og:description", "og:type", "og:url", "og:locale"} <= set(meta), path


def test_a_404_is_not_indexed_and_names_no_address(client):
    meta = head_tags(client.get("/briefs/no-such-brief/").text).meta

    assert meta["robots"] == ["noindex"]
    assert "og:url" not in meta


def publish_with_speakers(reviewer, count: int):
    """A brief quoting `count` speakers, each from an article of their own."""
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    for _ in range(count):
        approved_claims(1, key_point=point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)


@pytest.mark.parametrize("size", [3, 60])
def test_the_actor_and_source_indexes_cost_the_same_queries_at_any_size(
    client, reviewer, size, django_assert_max_num_queries
):
    publish_with_speakers(reviewer, size)

    for path, per_page in (("/actors/", 100), ("/sources/", 50)):
        # Which publication is current (2: the page cache's fingerprint), then the count and the page.
        with django_assert_max_num_queries(4):
            page = client.get(path).text
        assert len(re.findall(f'<li><a href="{path}[^"]+/">', page)) == min(size, per_page), path
        # Cached: the fingerprint only.
        with django_assert_max_num_queries(2):
            assert client.get(path).status_code == 200


def test_the_indexes_list_published_actors_and_sources_only(client, reviewer, editor):
    publish_with_speakers(reviewer, 2)
    draft = ClaimFactory(created_by=editor)
    published = Claim.objects.filter(status=Claim.Status.APPROVED)

    actors, sources = client.get("/actors/").text, client.get("/sources/").text

    for claim in published:
        assert f'href="/actors/{claim.speaker.slug}/"' in actors
        assert f'href="/sources/{claim.source_id}/"' in sources
        assert client.get(f"/actors/{claim.speaker.slug}/").status_code == 200
    assert draft.speaker.slug not in actors and draft.speaker.name not in actors
    assert f"/sources/{draft.source_id}/" not in sources and draft.source.title not in sources


def test_a_long_index_is_paginated_and_a_bad_page_is_404(client, reviewer):
    publish_with_speakers(reviewer, 55)

    first, second = client.get("/sources/").text, client.get("/sources/?page=2").text

    assert "Page 1 of 2" in first and 'href="?page=2" rel="next"' in first
    assert (
        len(re.findall(r'<li><a href="/sources/\d+/">', second)) == 5
        and 'href="?page=1" rel="prev"' in second
    )
    for bad in ("?page=3", "?page=0", "?page=abc", "?page=%C2%B2", "?page=99999999999"):
        assert client.get(f"/sources/{bad}").status_code == 404, bad


def test_the_nav_leads_to_the_indexes_in_both_languages(client, published):
    english = client.get("/briefs/").text
    indonesian = client.get("/briefs/", HTTP_ACCEPT_LANGUAGE="id").text

    assert '<a href="/actors/">Actors</a>' in english and '<a href="/sources/">Sources</a>' in english
    assert (
        '<a href="/id/actors/">Aktor</a>' in indonesian and '<a href="/id/sources/">Sumber</a>' in indonesian
    )


def test_an_indonesian_brief_previews_with_the_editors_indonesian_title_and_summary(client, reviewer):
    point = PropositionFactory(
        brief__slug="senjata",
        brief__title="Arms transfers",
        brief__title_indonesian="Pengiriman senjata",
        brief__summary="Shells go by sea.",
        brief__summary_indonesian="Peluru dikirim lewat laut.",
    )
    approved_claims(1, key_point=point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)

    for path in ("/briefs/senjata/", f"/briefs/senjata/key-points/{point.pk}/"):
        meta = head_tags(client.get(path, HTTP_ACCEPT_LANGUAGE="id").text).meta
        assert meta["description"] == ["Peluru dikirim lewat laut."], path
        assert meta["og:description"] == ["Peluru dikirim lewat laut."], path
    english = head_tags(client.get("/briefs/senjata/", HTTP_ACCEPT_LANGUAGE="en").text).meta
    assert english["description"] == ["Shells go by sea."]


def test_canonical_links_are_absolute_and_the_old_icon_address_leads_to_the_icon(client, published):
    point = published.brief.key_points.get()
    for path in ("/briefs/arms/", f"/briefs/arms/key-points/{point.pk}/"):
        [canonical] = head_tags(client.get(path).text).links["canonical"]
        assert canonical["href"] == f"http://testserver{path}", path

    icon = client.get("/favicon.ico")
    assert icon.status_code == 301
    assert icon["Location"].endswith("favicon.svg")


def test_robots_txt_asks_crawlers_to_skip_the_search_and_names_nothing_private(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert lines[0] == "User-agent: *", "no template comment or blank line before the first rule"
    assert "Disallow: /search/" in lines and "Disallow: /id/search/" in lines
    assert "admin" not in response.text and "api" not in response.text
    assert "max-age=" in response["Cache-Control"]


def test_a_number_in_a_reader_address_has_one_written_form(client, published):
    point = published.brief.key_points.get()
    source_id = Claim.objects.filter(key_points=point).first().source_id
    for path in (
        "/briefs/arms/revisions/1/",
        f"/briefs/arms/key-points/{point.pk}/",
        f"/briefs/arms/revisions/1/key-points/{point.pk}/",
        f"/sources/{source_id}/",
    ):
        assert client.get(path).status_code == 200, path
    for path in (
        "/briefs/arms/revisions/0/",
        "/briefs/arms/revisions/00/",
        "/briefs/arms/revisions/01/",
        "/briefs/arms/revisions/0001/",
        f"/briefs/arms/key-points/0{point.pk}/",
        f"/briefs/arms/revisions/01/key-points/{point.pk}/",
        f"/briefs/arms/revisions/1/key-points/00{point.pk}/",
        "/briefs/arms/key-points/0/",
        f"/sources/0{source_id}/",
        "/sources/0/",
        "/sources/1234567890123456789012/",
    ):
        assert client.get(path).status_code == 404, path


def test_the_front_page_lists_the_latest_published_briefs_and_the_ways_in(
    client, reviewer, django_assert_max_num_queries
):
    point = PropositionFactory(
        brief__slug="arms",
        brief__title="Russia–DPRK arms transfers",
        brief__title_indonesian="Pengiriman senjata Rusia–Korut",
    )
    approved_claims(1, key_point=point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    PropositionFactory(brief__slug="unpublished", brief__title="Draft on ammunition")

    page = client.get("/").text
    assert '<a href="/briefs/arms/">Russia–DPRK arms transfers</a>' in page
    assert "Draft on ammunition" not in page
    for address in ("/briefs/", "/actors/", "/sources/", "/search/", "/feeds/"):
        assert f'href="{address}"' in page
    in_indonesian = client.get("/id/").text
    assert '<a href="/id/briefs/arms/">Pengiriman senjata Rusia–Korut</a>' in in_indonesian
    assert "Laporan ringkas terbaru" in in_indonesian
    with django_assert_max_num_queries(0):
        client.get("/")

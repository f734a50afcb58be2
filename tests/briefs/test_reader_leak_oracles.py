"""Leak oracles for the reader pages: every page a reader can reach — crawled from the index and the
feeds, so a new page or link is covered without editing this file — holds published material only, and
a hidden brief, revision, source or actor answers exactly like one that never existed.

The world (tests/api/leak_world.py) has material in every unpublished state, each piece marked with a
word that no public page may contain: drafts, rejected and orphaned claims, a pending and a rejected
revision, briefs never published, a key point added since the publication, and published rows edited
since (readers see the publication, not the edit)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.api.conftest import world  # noqa: F401 (a fixture `leaks` needs)
from tests.api.leak_world import (
    HIDDEN_BRIEFS,
    MARKERS,
    MISSING_ID,
    MISSING_SLUG,
    PUBLISHED_BRIEFS,
    LeakWorld,
    leaks_fixture,  # noqa: F401 (the `leaks` fixture)
)

pytestmark = pytest.mark.django_db

#: Where a crawl starts: the index and the feeds link to everything published. The Indonesian pages are
#: reached through each page's hreflang alternate (config/languages.py serves every reader route there).
ENTRY_POINTS = ["/briefs/", "/feeds/briefs.atom", "/feeds/briefs.rss", "/feeds/briefs.json"]
#: The prefix of each language's addresses (English has none).
LANGUAGE_PREFIXES = ("", "/id")
#: Reader routes (by name) and how this file reaches each; a route missing here fails the first test.
READER_ROUTES = {
    "briefs:index": "entry point",
    "briefs:detail": "linked from the index",
    "briefs:history": "linked from a brief",
    "briefs:revision": "linked from the history",
    "briefs:revision_key_point": "linked from a brief (its key points' full pages)",
    "briefs:key_point": "the canonical link of a key point's page",
    "source_detail": "linked from a brief",
    "actor_detail": "linked from a brief",
    "feeds": "linked from every page",
    "actor_index": "linked from every page",
    "search": "linked from every page; searched for every marker below",
    "source_index": "linked from every page",
    "feed_atom": "entry point",
    "feed_rss": "entry point",
    "feed_json": "entry point",
}
NOT_READER_PAGES = {"home", "healthz", "favicon", "robots", "switch_language"}


def route_names(patterns, namespace: str = "") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in ("admin", "api"):
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= route_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_reader_route_is_reached_by_the_crawl():
    assert route_names(get_resolver().url_patterns) - NOT_READER_PAGES == set(READER_ROUTES)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


FEED_LINK = re.compile(r"<link[^>]*>([^<]+)</link>|<link[^>]*href=\"([^\"]+)\"|<id>([^<]+)</id>")
JSON_FEED_LINK = re.compile(r'"(?:url|home_page_url|feed_url)": "([^"]+)"')
READER_PATH = re.compile(r"^(/id)?/(briefs|sources|actors|feeds|search)/")


def links(response) -> list[str]:
    text = response.content.decode("utf-8", "replace")
    if "html" in response["Content-Type"]:
        parser = Links()
        parser.feed(text)
        found = parser.found
    elif "json" in response["Content-Type"]:
        found = JSON_FEED_LINK.findall(text)
    else:
        found = [next(filter(None, match)) for match in FEED_LINK.findall(text)]
    paths = []
    for link in found:
        parts = urlsplit(urljoin("http://testserver/", link))
        if parts.netloc in ("testserver", "127.0.0.1:8000", "localhost") and READER_PATH.match(parts.path):
            paths.append(parts.path)
    return paths


def leaked(response, markers=MARKERS) -> list[str]:
    text = response.content.decode("utf-8", "replace")
    return [word for word in markers if word in text]


def crawl(client: Client, limit: int = 800) -> dict[str, int]:
    """Every reader page reachable by following links from the entry points: path → status."""
    seen: dict[str, int] = {}
    problems = []
    queue = list(ENTRY_POINTS)
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        response = client.get(path)
        seen[path] = response.status_code
        if response.status_code != 200:
            problems.append(f"{path} is linked but answers {response.status_code}")
        if leaked(response):
            problems.append(f"{path} shows {leaked(response)}")
        queue += [link for link in links(response) if link not in seen]
    assert len(seen) < limit, "the crawl did not finish"
    assert not problems, "\n".join(problems)
    return seen


@pytest.fixture(params=["anonymous", "reviewer", "partner"])
def reader(request, reviewer, partner) -> Client:
    """Readers are everyone: staff signed in see the same published pages (drafts stay in the admin)."""
    client = Client()
    if request.param != "anonymous":
        client.force_login({"reviewer": reviewer, "partner": partner}[request.param])
    return client


def test_every_reachable_reader_page_shows_published_material_only(reader, leaks: LeakWorld):
    pages = crawl(reader)

    reached = set(pages)
    for prefix in LANGUAGE_PREFIXES:
        for slug in PUBLISHED_BRIEFS:
            assert f"{prefix}/briefs/{slug}/" in reached
            assert f"{prefix}/briefs/{slug}/revisions/" in reached
        # an older publication stays readable
        assert f"{prefix}/briefs/superseded-brief/revisions/1/" in reached
        assert f"{prefix}/sources/{leaks.world.public_claim.source_id}/" in reached
        assert f"{prefix}/actors/{leaks.world.public_claim.speaker.slug}/" in reached
        for slug in HIDDEN_BRIEFS:
            assert not any(path.startswith(f"{prefix}/briefs/{slug}/") for path in reached)
        hidden_sources = {f"{prefix}/sources/{claim.source_id}/" for claim in leaks.hidden_claims()}
        assert hidden_sources - {f"{prefix}/sources/{leaks.orphan_published.source_id}/"} & reached == set()
    # Every reader page in English has its Indonesian address, and the crawl found them all.
    assert {path for path in reached if not path.startswith("/id/")} == {
        path.removeprefix("/id") for path in reached if path.startswith("/id/")
    }


def test_a_page_cached_for_one_reader_leaks_nothing_to_the_next(leaks, reviewer):
    """The page cache is shared: a reviewer's visit first must not change what anonymous readers get."""
    staff = Client()
    staff.force_login(reviewer)
    crawl(staff)
    crawl(Client())


def hidden_and_missing(leaks: LeakWorld) -> list[tuple[str, str, str]]:
    """(what, a hidden page, a never-existing page of the same shape), at the addresses of each language."""
    return [
        (f"{what} ({prefix or 'en'})", f"{prefix}{hidden}", f"{prefix}{missing}")
        for prefix in LANGUAGE_PREFIXES
        for what, hidden, missing in _hidden_and_missing(leaks)
    ]


def _hidden_and_missing(leaks: LeakWorld) -> list[tuple[str, str, str]]:
    cases = [(f"brief {slug}", f"/briefs/{slug}/", f"/briefs/{MISSING_SLUG}/") for slug in HIDDEN_BRIEFS]
    cases += [
        (f"history of {slug}", f"/briefs/{slug}/revisions/", f"/briefs/{MISSING_SLUG}/revisions/")
        for slug in HIDDEN_BRIEFS
    ]
    cases += [
        ("pending revision", "/briefs/published-brief/revisions/2/", "/briefs/published-brief/revisions/99/"),
        (
            "pending-only revision",
            "/briefs/pending-brief/revisions/1/",
            f"/briefs/{MISSING_SLUG}/revisions/1/",
        ),
        ("rejected revision", "/briefs/rejected-brief/revisions/1/", f"/briefs/{MISSING_SLUG}/revisions/1/"),
        (
            "key point of a pending revision",
            f"/briefs/published-brief/revisions/2/key-points/{MISSING_ID}/",
            f"/briefs/published-brief/revisions/99/key-points/{MISSING_ID}/",
        ),
    ]
    cases += [
        (
            f"key point of {slug}",
            f"/briefs/{slug}/key-points/{MISSING_ID}/",
            f"/briefs/{MISSING_SLUG}/key-points/{MISSING_ID}/",
        )
        for slug in HIDDEN_BRIEFS
    ]
    for claim in leaks.hidden_claims():
        if claim == leaks.orphan_published:
            continue  # a publication cites its source: readers keep the article (docs/reader.md)
        what = f"{claim.status} claim {claim.exact[:30]!r}"
        cases += [
            (f"source of {what}", f"/sources/{claim.source_id}/", f"/sources/{MISSING_ID}/"),
            (f"speaker of {what}", f"/actors/{claim.speaker.slug}/", f"/actors/{MISSING_SLUG}/"),
        ]
    return cases


def observable(response) -> tuple:
    headers = ("Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control", "Vary")
    return response.status_code, response.content, tuple(response.get(name) for name in headers)


@pytest.mark.parametrize("method", ["get", "head"])
def test_hidden_pages_answer_exactly_like_missing_ones(reader, leaks, method):
    for what, hidden, missing in hidden_and_missing(leaks):
        hidden_answer = getattr(reader, method)(hidden)
        missing_answer = getattr(reader, method)(missing)
        assert hidden_answer.status_code == 404, (what, hidden_answer.status_code)
        assert not leaked(hidden_answer), what
        assert observable(hidden_answer) == observable(missing_answer), what


def test_a_brief_page_shows_the_published_key_points_not_later_edits(leaks):
    brief = Client().get("/briefs/published-brief/").content.decode()

    assert "Published point PUBLIK." in brief
    assert "RAHASIAEDIT" not in brief
    assert "RAHASIABARU" not in brief


PUBLISHED_PAGES = [
    "/briefs/",
    "/briefs/published-brief/",
    "/briefs/published-brief/revisions/",
    "/briefs/published-brief/revisions/1/",
    "/feeds/briefs.atom",
    "/feeds/briefs.rss",
    "/feeds/briefs.json",
    "/feeds/",
]


def test_pages_show_the_published_title_and_summary_not_an_unpublished_edit(leaks):
    client = Client()
    shown = {page: leaked(client.get(page), markers=("RAHASIAJUDUL",)) for page in PUBLISHED_PAGES}

    assert shown == {page: [] for page in PUBLISHED_PAGES}


def test_the_history_shows_no_review_notes(leaks):
    """Review notes are the desk's own (the API never serves them either)."""
    page = Client().get("/briefs/published-brief/revisions/")

    assert leaked(page, markers=("CATATANREVIEW",)) == []


def test_every_actor_linked_from_a_readable_publication_has_a_page(leaks):
    client = Client()
    old = client.get("/briefs/superseded-brief/revisions/1/")
    actors = {path for path in links(old) if path.startswith("/actors/")}

    assert actors
    assert {path: client.get(path).status_code for path in actors} == dict.fromkeys(actors, 200)
    current = {path for path in links(client.get("/briefs/superseded-brief/")) if path.startswith("/actors/")}
    assert actors - current, "the world quotes someone in the older publication only"
    for path in actors - current:  # its page says the position is no longer current and links there
        assert "/briefs/superseded-brief/revisions/1/" in links(client.get(path)), path


def test_an_orphaned_published_claim_is_no_longer_highlighted_in_its_source(leaks):
    """The article stays readable (a publication cites it); the lost quote is no longer marked in it."""
    claim = leaks.orphan_published
    page = Client().get(f"/sources/{claim.source_id}/")

    assert page.status_code == 200
    assert f'id="claim-{claim.pk}"' not in page.content.decode()


def search(client: Client, words: str, prefix: str = ""):
    return client.get(f"{prefix}/search/", {"q": words})


def test_searching_for_hidden_material_answers_like_searching_for_nothing(reader, leaks):
    """Every marker of unpublished material finds nothing: the page is the one a word that never existed
    gets, the echoed word aside. Published material is found (the search works)."""
    for prefix in LANGUAGE_PREFIXES:
        for marker in MARKERS:
            nonsense = "Q" * len(marker)
            hidden, missing = search(reader, marker, prefix), search(reader, nonsense, prefix)
            assert hidden.status_code == 200, (prefix, marker)
            assert 'class="search-hit' not in hidden.content.decode(), (prefix, marker)
            assert hidden.content.decode().replace(marker, nonsense) == missing.content.decode(), (
                prefix,
                marker,
            )

        for published in ("PUBLIK", "LAMATERBIT", "BARUTERBIT"):
            assert 'class="search-hit' in search(reader, published, prefix).content.decode(), (
                prefix,
                published,
            )

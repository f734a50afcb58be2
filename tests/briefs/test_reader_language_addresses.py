"""Each language of the reader pages has its own addresses: English unprefixed, Indonesian under /id/,
whatever the reader's cookie or browser asks for (config/languages.py). Links, the canonical address,
the hreflang alternates and the language switch all name the page in its language."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.test import Client

from briefs.models import Claim
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_reader_pages import publish
from tests.briefs.test_reader_site import head_tags

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


@pytest.fixture
def world(reviewer):
    """A published brief with Indonesian title and key point, its source and speaker."""
    point = PropositionFactory(
        statement="North Korea ships munitions to Russia.",
        statement_indonesian="Korea Utara mengirim amunisi ke Rusia.",
        brief__slug="arms",
        brief__title="Arms to Russia",
        brief__title_indonesian="Senjata ke Rusia",
    )
    first, *_ = approved_claims(2, key_point=point, reviewer=reviewer)
    publish(point, reviewer)
    return {"point": point, "claim": Claim.objects.get(pk=first.pk)}


def reader_paths(world) -> list[str]:
    """One address of every reader page, unprefixed."""
    claim = world["claim"]
    point = world["point"]
    return [
        "/",
        "/briefs/",
        "/briefs/arms/",
        "/briefs/arms/revisions/",
        "/briefs/arms/revisions/1/",
        f"/briefs/arms/key-points/{point.pk}/",
        f"/briefs/arms/revisions/1/key-points/{point.pk}/",
        "/actors/",
        f"/actors/{claim.speaker.slug}/",
        "/sources/",
        f"/sources/{claim.source_id}/",
        "/search/",
        "/feeds/",
    ]


class Links(HTMLParser):
    """Every address a page links to (<a href>, <link href>, <form action>)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("href", "action"):
            if attributes.get(name):
                self.found.append((attributes[name], attributes))


def links(html: str) -> list[tuple[str, dict]]:
    parser = Links()
    parser.feed(html)
    return parser.found


def site_paths(html: str) -> list[str]:
    """The paths on this site a page leads a reader to (not its static files, not in-page anchors)."""
    paths = []
    for href, attributes in links(html):
        parts = urlsplit(href)
        if parts.netloc not in ("", "testserver") or not parts.path or parts.path.startswith("/static/"):
            continue
        if attributes.get("hreflang") or parts.path.startswith("/language/"):
            continue  # the ways to the other language, checked below
        paths.append(parts.path)
    return paths


@pytest.mark.parametrize(
    "asked",
    [{}, {"HTTP_ACCEPT_LANGUAGE": "en"}, {"HTTP_COOKIE": f"{settings.LANGUAGE_COOKIE_NAME}=en"}],
    ids=["nothing", "browser-en", "cookie-en"],
)
def test_every_indonesian_address_is_indonesian_whatever_the_reader_asks(client, world, asked):
    for path in reader_paths(world):
        response = client.get(f"/id{path}", **asked)
        assert response.status_code == 200, path
        assert '<html lang="id">' in response.text, path
        assert response["Content-Language"] == "id", path


def test_unprefixed_addresses_still_negotiate_the_language(client, world):
    assert '<html lang="en">' in Client().get("/briefs/arms/").text
    assert '<html lang="id">' in Client().get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text
    chose = Client()
    chose.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    assert '<html lang="id">' in chose.get("/briefs/arms/").text


def test_links_on_indonesian_pages_stay_under_id_and_english_ones_unprefixed(world):
    client = Client()
    for path in reader_paths(world):
        indonesian = site_paths(client.get(f"/id{path}").text)
        english = site_paths(client.get(path).text)
        assert indonesian and all(link.startswith("/id/") for link in indonesian), (path, indonesian)
        assert not any(link.startswith("/id/") for link in english), (path, english)
        # The same links, in the other language.
        assert indonesian == [f"/id{link}" for link in english], path


def test_every_link_on_an_indonesian_page_answers_in_indonesian(world):
    client = Client()
    seen = set()
    for path in reader_paths(world):
        for link in site_paths(client.get(f"/id{path}").text):
            if link in seen or link.endswith((".atom", ".rss", ".json")):
                continue
            seen.add(link)
            response = client.get(link)
            assert response.status_code == 200, (path, link)
            assert '<html lang="id">' in response.text, link
    assert len(seen) > 8


def alternates(html: str) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in head_tags(html).links.get("alternate", [])
        if "hreflang" in link
    }


@pytest.mark.parametrize("path", ["/briefs/arms/", "KEY_POINT"])
def test_canonical_og_url_and_locale_name_the_page_in_its_language(client, world, path):
    path = path.replace("KEY_POINT", f"/briefs/arms/key-points/{world['point'].pk}/")
    expected = {"en": f"{BASE}{path}", "id": f"{BASE}/id{path}", "x-default": f"{BASE}{path}"}
    for asked, language, locale in ((path, "en", "en_US"), (f"/id{path}", "id", "id_ID")):
        tags = head_tags(client.get(asked).text)
        [canonical] = tags.links["canonical"]
        assert canonical["href"] == expected[language], asked
        assert tags.meta["og:url"] == [expected[language]], asked
        assert tags.meta["og:locale"] == [locale], asked
        assert alternates(client.get(asked).text) == expected, asked
    # Indonesian reached by negotiation at the unprefixed address: the canonical is the /id/ one.
    negotiated = head_tags(client.get(path, HTTP_ACCEPT_LANGUAGE="id").text)
    assert negotiated.links["canonical"][0]["href"] == expected["id"]


def test_every_reader_page_names_both_languages_and_a_default(client, world):
    for path in reader_paths(world):
        for asked in (path, f"/id{path}"):
            assert alternates(client.get(asked).text) == {
                "en": f"{BASE}{path}",
                "id": f"{BASE}/id{path}",
                "x-default": f"{BASE}{path}",
            }, asked


def switch_links(html: str) -> dict[str, str]:
    return {
        attributes["hreflang"]: href
        for href, attributes in links(html)
        if href.startswith("/language/") and attributes.get("hreflang")
    }


def test_the_language_switch_leads_to_the_same_page_in_the_other_language(world):
    client = Client(HTTP_ACCEPT_LANGUAGE="id")
    page = client.get("/id/briefs/arms/revisions/").text
    switch = switch_links(page)
    assert switch == {
        "en": "/language/en/?next=/briefs/arms/revisions/",
        "id": "/language/id/?next=/id/briefs/arms/revisions/",
    }

    # The reader's browser prefers Indonesian; the switch remembers English and lands on the English page.
    response = client.get(switch["en"])
    assert (response.status_code, response["Location"]) == (302, "/briefs/arms/revisions/")
    assert '<html lang="en">' in client.get(response["Location"]).text
    back = client.get(switch_links(client.get("/briefs/arms/revisions/").text)["id"])
    assert back["Location"] == "/id/briefs/arms/revisions/"


def test_the_switch_keeps_a_search_in_the_other_language(client, world):
    page = client.get("/id/search/", {"q": "amunisi"}).text
    assert switch_links(page)["en"] == "/language/en/?next=/search/%3Fq%3Damunisi"


def test_the_switch_keeps_the_page_of_results(client, world, monkeypatch):
    monkeypatch.setattr("briefs.public.read.SEARCH_PER_PAGE", 1)
    # In the brief's Indonesian title and in its key point's: two results, a page each.
    first = client.get("/id/search/", {"q": "Rusia"}).text
    assert "page=2" in first, "the search needs a second page for this test"
    page = client.get("/id/search/", {"q": "Rusia", "page": "2"}).text
    assert switch_links(page)["en"] == "/language/en/?next=/search/%3Fq%3DRusia%26page%3D2"


def test_the_switch_on_a_missing_page_leads_to_that_address_in_the_other_language(client, world):
    # A 404 page names no address of its own; the switch follows the Referer, even where nothing resolves.
    for asked, code, expected in (
        ("/id/no-such-page/", "en", "/no-such-page/"),
        ("/id/a/b/?x=1", "en", "/a/b/?x=1"),
        ("/no-such-page/", "id", "/id/no-such-page/"),
        ("/id", "en", "/"),
    ):
        response = client.get(f"/language/{code}/", HTTP_REFERER=f"http://testserver{asked}")
        assert response["Location"] == f"http://testserver{expected}", asked
        assert client.get(f"/language/{code}/?next={quote(asked)}")["Location"] == expected, asked


def test_a_missing_page_under_id_is_the_indonesian_404(client, world):
    for path in ("/id/briefs/no-such-brief/", "/id/actors/nobody/", "/id/no-such-page/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 404, path
        assert "Halaman tidak ditemukan" in response.text, path
    # Exactly the page a missing brief gets under the other address in that language.
    assert (
        client.get("/id/briefs/no-such-brief/").content
        == client.get("/briefs/gone/", HTTP_ACCEPT_LANGUAGE="id").content
    )


@pytest.mark.parametrize(
    "path",
    [
        "/id/id/",
        "/id/id/briefs/arms/",
        "/id/../admin/",
        "/id/admin/",
        "/id/admin/login/",
        "/id/api/v1/briefs/",
        "/id/healthz",
        "/id/language/en/",
        "/id/static/css/site.css",
        "/en/briefs/arms/",
        "/id-ID/briefs/arms/",
        "/id//briefs/arms/",
    ],
)
def test_nothing_else_answers_under_a_language_prefix(client, world, path):
    response = client.get(path)

    assert response.status_code == 404, path
    assert "csrfmiddlewaretoken" not in response.text and "Set-Cookie" not in response, path


def test_a_bare_language_prefix_leads_to_its_home_page(client, world):
    response = client.get("/id")

    assert (response.status_code, response["Location"]) == (301, "/id/")


def test_the_feeds_have_indonesian_addresses_too(client, world):
    english = client.get("/feeds/briefs.json").json()
    indonesian = client.get("/id/feeds/briefs.json").json()

    assert (english["language"], indonesian["language"]) == ("en", "id")
    assert indonesian["items"][0]["url"] == f"{BASE}/id/briefs/arms/revisions/1/"
    assert indonesian["items"][0]["id"] == english["items"][0]["id"], "the same publication"
    assert f'href="{BASE}/id/feeds/briefs.atom"' in client.get("/id/feeds/").text


def test_the_api_and_the_admin_stay_unprefixed(client, world):
    assert client.get("/api/v1/briefs/", HTTP_ACCEPT="application/json").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/healthz").status_code in (200, 503)


def test_an_indonesian_address_varies_on_the_compression_alone(client, world):
    """A shared cache may keep one copy of /id/… for every reader: neither the header nor the cookie
    changes it. The unprefixed address still says it depends on both."""
    for path in ("/briefs/arms/", "/briefs/arms/revisions/", "/search/"):
        indonesian = client.get(f"/id{path}")
        assert indonesian.get("Vary") in ("Accept-Encoding", None), path
        vary = {value.strip() for value in client.get(path)["Vary"].split(",")}
        assert {"Accept-Language", "Cookie"} <= vary, path
    first = client.get("/id/briefs/arms/")
    not_modified = client.get("/id/briefs/arms/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (not_modified.status_code, not_modified["Vary"]) == (304, "Accept-Encoding")

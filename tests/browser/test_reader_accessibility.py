"""axe-core in Chromium on every reader page, in English and Indonesian, on a phone and a desktop: no
serious or critical violation. Screenshots of each page are kept as the test's artifacts."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from briefs.models import Claim, PublicActor, PublicKeyPoint, PublicSource
from tests.browser.test_accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def reader_pages(corpus_dir) -> dict[str, str]:
    """One of each reader page, from the demo briefing."""
    quiet = open("/dev/null", "w")  # noqa: SIM115
    call_command("setup_roles", "--demo-users", stdout=quiet)
    call_command("import_sources", str(corpus_dir), "--format", "json", stdout=quiet)
    call_command("load_demo_briefing", stdout=quiet)
    source = PublicSource.objects.filter(listed=True).first()
    actor = PublicActor.objects.exclude(positions=[]).first()
    # The key point with the most citations: its page is the longest a reader can open.
    key_point = max(
        PublicKeyPoint.objects.filter(brief__slug="russia-dprk-arms"), key=lambda p: len(p.claims)
    )
    assert Claim.objects.exists() and source and actor and key_point
    return {
        "home": "/",
        "index": "/briefs/",
        "brief": "/briefs/russia-dprk-arms/",
        "history": "/briefs/russia-dprk-arms/revisions/",
        "revision": "/briefs/russia-dprk-arms/revisions/1/",
        "key point": f"/briefs/russia-dprk-arms/key-points/{key_point.pk}/",
        "revision key point": f"/briefs/russia-dprk-arms/revisions/1/key-points/{key_point.pk}/",
        "source": f"/sources/{source.pk}/",
        "actor": f"/actors/{actor.slug}/",
        "actors": "/actors/",
        "sources": "/sources/",
        "feeds": "/feeds/",
        "search": "/search/?q=Najin",
        "search, nothing found": "/search/?q=tidakadasamasekali",
        "not found": "/briefs/no-such-brief/",
    }


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("language", ["en", "id"])
def test_every_reader_page_has_no_serious_accessibility_violation(
    browser, live_server, reader_pages, screenshots, language, width
):
    # Indonesian at its own addresses (/id/…), in a browser that asks for English: the address decides.
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en")
    prefix = "" if language == "en" else f"/{language}"
    page = context.new_page()
    page.set_default_timeout(15_000)
    found = {}
    for name, path in reader_pages.items():
        page.goto(live_server.url + prefix + path)
        assert page.locator("html").get_attribute("lang") == language, name
        found[name] = serious_violations(page)
        if name in ("key point", "search", "feeds", "actors", "sources", "not found"):
            page.screenshot(path=screenshots / f"{name}-{language}-{width}.png", full_page=True)
    context.close()

    assert found == dict.fromkeys(reader_pages, [])


def test_the_language_switch_leads_to_the_same_page_in_indonesian_and_back(
    browser, live_server, reader_pages
):
    """A reader on an English page picks Bahasa Indonesia, lands on its /id/ address, follows a link
    (still Indonesian, still under /id/), and switches back to the English address."""
    context = browser.new_context(locale="en")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_server.url + reader_pages["brief"])
    page.locator('.language-switcher a[hreflang="id"]').click()
    page.wait_for_url(f"{live_server.url}/id{reader_pages['brief']}")
    assert page.locator("html").get_attribute("lang") == "id"
    page.locator('.site-header nav a[href="/id/actors/"]').click()
    page.wait_for_url(f"{live_server.url}/id/actors/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.locator('.language-switcher a[hreflang="en"]').click()
    page.wait_for_url(f"{live_server.url}/actors/")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()

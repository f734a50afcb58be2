"""The brief's charts and route map in Chromium: axe finds no serious or critical violation on the brief page at phone and
desktop widths in both languages, the timeline scrolls inside its own region on a phone, and its rows are
reached with the keyboard and lead to the entry that lists their citations."""

import pytest
from django.core.management import call_command

from tests.browser.test_accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_brief(corpus_dir):
    call_command("setup_roles", "--demo-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("import_sources", str(corpus_dir), "--format", "json", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo_briefing", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return "/briefs/russia-dprk-arms/"


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("width", [390, 1280])
def test_brief_page_with_its_charts_has_no_serious_violation_and_fits_the_screen(
    browser, live_server, demo_brief, screenshots, width, language
):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, extra_http_headers={"Accept-Language": language}
    )
    page = context.new_page()
    page.goto(live_server.url + demo_brief)

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".figure-chart").count() == 2
    assert page.locator(".figure-chart svg").count() == 0, (
        "one dated figure each: a list, not a one-dot chart"
    )
    assert page.locator(".route-map svg.rm").count() == 2, "the overview and the far east's detail"
    assert serious_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (
        "only the timeline's region scrolls"
    )
    # Every place label the map shows is drawn at 12.5 CSS px or more, phone or desktop.
    label_sizes = page.evaluate(
        """() => [...document.querySelectorAll('.route-map svg.rm text')]
            .filter(text => getComputedStyle(text).display !== 'none')
            .map(text => parseFloat(getComputedStyle(text).fontSize) * text.ownerSVGElement.getScreenCTM().a)"""
    )
    assert len(label_sizes) >= 4, "Najin, Dunay and Tikhoretsk in the overview, Najin and Dunay in the detail"
    assert min(label_sizes) >= 12.5, label_sizes
    region = page.locator(".visual-timeline .graphic-scroll")
    if width == 390:
        assert region.evaluate("element => element.scrollWidth > element.clientWidth")
    region.screenshot(path=screenshots / f"timeline-{language}-{width}.png")
    page.locator(".route-map").screenshot(path=screenshots / f"map-{language}-{width}.png")
    page.locator(".figure-chart").first.screenshot(path=screenshots / f"figures-{language}-{width}.png")
    page.screenshot(path=screenshots / f"brief-{language}-{width}.png", full_page=True)
    context.close()

    assert (screenshots / f"timeline-{language}-{width}.png").stat().st_size > 2_000
    assert (screenshots / f"map-{language}-{width}.png").stat().st_size > 2_000


def test_a_route_on_the_map_is_reached_by_keyboard_and_leads_to_its_sources(browser, live_server, demo_brief):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(live_server.url + demo_brief)

    route = page.locator(".route-map svg.rm").last.locator("a[href^='#route-']").first
    route.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#route-1"
    page.keyboard.press("Enter")
    page.wait_for_url("**#route-1")
    entry = page.locator("#route-1")
    assert entry.is_visible()
    assert entry.locator("a[href*='/sources/']").count() >= 1
    page.close()


def test_timeline_rows_are_reached_by_keyboard_and_lead_to_their_citations(browser, live_server, demo_brief):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(live_server.url + demo_brief)

    page.locator(".visual-timeline .graphic-scroll").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#timeline-entry-1"
    page.keyboard.press("Enter")
    page.wait_for_url("**#timeline-entry-1")
    entry = page.locator("#timeline-entry-1")
    assert entry.is_visible()
    assert entry.locator("a[href*='/sources/']").count() >= 1
    page.close()


def test_the_timeline_legend_draws_each_mark_as_the_chart_does(browser, live_server, demo_brief):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + demo_brief)
    look = (
        "m => { const s = getComputedStyle(m); return [s.fill, s.stroke, s.strokeDasharray, s.strokeWidth]; }"
    )
    compared = 0
    for mark in ("day", "span", "bar", "variant", "warn"):
        in_legend = page.locator(f".vt-legend .{mark}")
        in_chart = page.locator(f"svg.vt .{mark}")
        if not in_legend.count() or not in_chart.count():
            continue
        assert in_legend.first.evaluate(look) == in_chart.first.evaluate(look), f"the legend's {mark} mark"
        compared += 1
    assert compared >= 3, "the demo timeline has days, spans and ranges"
    page.close()


def test_a_place_on_the_map_shows_a_clear_ring_when_focused_by_keyboard(
    browser, live_server, demo_brief, screenshots
):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + demo_brief)
    overview = page.locator(".route-map svg.rm").first
    overview.locator("a[href^='#route-']:not([href^='#route-place-'])").last.focus()
    page.keyboard.press("Tab")
    place = page.evaluate_handle("document.activeElement")
    assert place.get_attribute("href").startswith("#route-place-")

    ring = place.evaluate(
        "a => { const s = getComputedStyle(a.querySelector('.focus-ring')); return [s.stroke, s.strokeWidth]; }"
    )
    assert ring[0] == "rgb(11, 92, 173)", ring
    assert float(ring[1].removesuffix("px")) >= 2, ring
    # Not shown on the places that do not have the focus.
    other = overview.locator("a[href^='#route-place-'] .focus-ring").last
    if other.evaluate("ring => ring.parentElement !== document.activeElement"):
        assert other.evaluate("ring => getComputedStyle(ring).stroke") == "none"
    overview.screenshot(path=screenshots / "map-focused-place.png")
    page.close()


def test_dates_read_as_dates_in_search_results_and_stay_on_one_line_in_tables(
    browser, live_server, demo_brief
):
    context = browser.new_context(
        viewport={"width": 390, "height": 900}, extra_http_headers={"Accept-Language": "id"}
    )
    page = context.new_page()
    page.goto(live_server.url + demo_brief)
    lines = page.evaluate(
        "() => [...document.querySelectorAll('table time, table .date')].map(t => t.getClientRects().length)"
    )
    assert lines and set(lines) == {1}, "each date in a table on one line, on a phone, in Indonesian"

    page.goto(live_server.url + "/search/?q=Najin")
    dates = page.locator(".search-hit .kicker time")
    assert dates.count() >= 1
    assert dates.first.evaluate("t => getComputedStyle(t).textTransform") == "none"
    context.close()

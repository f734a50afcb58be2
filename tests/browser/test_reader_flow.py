"""A reader opens the demo brief, checks the timeline and a citation, and follows it to the source."""

import pytest
from django.core.management import call_command

from briefs.models import Claim
from briefs.templatetags.reader import nested_quotes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_brief(corpus_dir):
    call_command("setup_roles", "--demo-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("import_sources", str(corpus_dir), "--format", "json", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo_briefing", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return "/briefs/russia-dprk-arms/"


@pytest.mark.parametrize("width", [390, 1280])
def test_reader_checks_a_quote_and_follows_it_to_the_highlighted_source(
    browser, live_server, demo_brief, screenshots, width
):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(live_server.url + demo_brief)

    assert page.locator("h1").inner_text() == "Russia–DPRK arms transfers"
    entries = page.locator(".timeline-entry")
    assert entries.count() >= 3
    assert "2022" in entries.first.locator("time").inner_text(), "the Wagner delivery of Nov 2022 comes first"
    page.screenshot(path=screenshots / f"brief-{width}.png", full_page=True)

    chip = page.locator("#key-point-" + page.locator(".key-point").nth(2).get_attribute("id").split("-")[-1])
    chip = chip.locator("details.citation-chip").first
    table = chip.locator("xpath=ancestor::table")
    layout = "t => [...t.tBodies[0].rows].map(row => { const r = row.getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height]; })"
    rows_before = table.evaluate(layout)
    chip.locator(":scope > summary").click()
    shown = chip.locator(".chip-detail > blockquote")  # the English rendering, or the original without one
    assert shown.is_visible()
    assert table.evaluate(layout) == rows_before, "opening a citation does not move the positions table"
    page.screenshot(path=screenshots / f"citation-open-{width}.png")
    detail = chip.locator(".chip-detail").bounding_box()
    assert detail["x"] >= 0 and detail["x"] + detail["width"] <= width, "the quote fits the screen"
    claim = Claim.objects.get(pk=int(chip.get_by_role("link").get_attribute("href").rsplit("-", 1)[1]))
    page.keyboard.press("Escape")
    assert not shown.is_visible(), "Escape closes the citation"
    assert chip.locator(":scope > summary").evaluate("summary => summary === document.activeElement")
    chip.locator(":scope > summary").press("Enter")
    assert shown.inner_text().strip("“”") == nested_quotes(claim.quote_english or claim.exact)

    chip.get_by_role("link").click()
    page.wait_for_url(f"**/sources/{claim.source_id}/#claim-{claim.pk}")
    mark = page.locator(f"mark#claim-{claim.pk}")
    assert mark.inner_text() == claim.exact
    assert mark.evaluate("element => getComputedStyle(element).outlineStyle") == "solid", (
        "the quote is targeted"
    )
    page.screenshot(path=screenshots / f"source-{width}.png", full_page=True)
    page.close()

    assert (screenshots / f"brief-{width}.png").stat().st_size > 10_000


@pytest.mark.parametrize("width", [390, 1280])
def test_jump_links_stay_in_reach_and_never_cover_what_they_lead_to(
    browser, live_server, demo_brief, screenshots, width
):
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(live_server.url + demo_brief)
    toc = page.get_by_role("navigation", name="On this page")

    toc.get_by_role("link", name="Timeline").click()
    page.wait_for_function("location.hash === '#timeline-heading'")
    bar = toc.bounding_box()
    heading = page.locator("#timeline-heading").bounding_box()
    assert bar["y"] == 0, "the jump links stay at the top of the screen"
    assert heading["y"] >= bar["y"] + bar["height"], "the section jumped to is not under the bar"
    assert bar["height"] < 60, "one line, not a panel over the page"
    page.screenshot(path=screenshots / f"jump-links-{width}.png")

    page.locator(".key-point-index a").nth(1).click()
    point = page.locator(".key-point").nth(1).bounding_box()
    assert point["y"] >= toc.bounding_box()["height"]
    page.close()


# Each word of each actor's name, measured as the browser laid it out: a word split over two lines has two
# boxes.
BROKEN_NAME_WORDS = """() => {
  const broken = [];
  for (const link of document.querySelectorAll('.positions tbody th a')) {
    const text = link.firstChild;
    let at = 0;
    for (const word of text.data.split(' ')) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      if (range.getClientRects().length > 1) broken.push(word);
      at += word.length + 1;
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_actor_names_stay_whole_and_citation_chips_stay_on_screen(browser, live_server, demo_brief, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(live_server.url + demo_brief)
    key_point_page = page.locator(".key-point h3 a").first.get_attribute("href")
    for address in (demo_brief, key_point_page):
        page.goto(live_server.url + address)
        assert page.locator(".positions tbody th a").count() >= 2
        assert page.evaluate(BROKEN_NAME_WORDS) == [], f"no actor's name breaks mid-word on {address}"
        past_the_edge = page.locator(".citation-chip summary").evaluate_all(
            "chips => chips.filter(chip => chip.getBoundingClientRect().right > innerWidth).length"
        )
        assert past_the_edge == 0, f"every citation chip fits the screen on {address}"
    page.close()

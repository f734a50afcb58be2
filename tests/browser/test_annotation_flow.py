"""An editor annotates a seed article by selecting a sentence with the mouse; a reviewer approves it."""

import pytest
from playwright.sync_api import expect

from briefs.models import Claim
from ingest.models import Source
from ingest.services.importing import ImportContext, import_article
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A clause of the detikNews seed article, cited as a quote.
SENTENCE = "Kami khawatir DPRK (Republik Demokratik Rakyat Korea) berencana mengirimkan lebih banyak peralatan militer ke Rusia"


def select_text_with_the_mouse(page, text: str) -> None:
    """Drag from the first to the last character of `text` in the article body."""
    box = page.evaluate(
        """(text) => {
            const body = document.getElementById('annotatable-body');
            const start = body.textContent.indexOf(text);
            if (start < 0) { return null; }
            function pointAt(offset) {
              const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
              let seen = 0;
              while (walker.nextNode()) {
                const node = walker.currentNode;
                if (offset < seen + node.textContent.length) {
                  const range = document.createRange();
                  range.setStart(node, offset - seen);
                  range.setEnd(node, offset - seen + 1);
                  return range;
                }
                seen += node.textContent.length;
              }
              return null;
            }
            // Scroll the article box so that the passage is visible, as a reader would.
            const first = pointAt(start);
            body.scrollTop += first.getBoundingClientRect().top - body.getBoundingClientRect().top - 16;
            const a = pointAt(start).getClientRects()[0];
            const b = pointAt(start + text.length - 1).getClientRects()[0];
            return [
              {x: a.left + 1, y: a.top + a.height / 2},
              {x: b.right - 1, y: b.top + b.height / 2},
            ];
        }""",
        text,
    )
    assert box, f"{text!r} is not in the article body"
    first, last = box
    page.mouse.move(first["x"], first["y"])
    page.mouse.down()
    page.mouse.move(last["x"], last["y"], steps=12)
    page.mouse.up()


def test_editor_selects_a_sentence_creates_a_claim_and_a_reviewer_approves_it(
    page, browser, live_server, editor, reviewer, corpus_dir, screenshots
):
    seed = sorted(corpus_dir.glob("004_*.txt"))[0]
    context = ImportContext.load(channel=Source.Channel.COMMAND)
    source = import_article(data=seed.read_bytes(), name=str(seed), context=context).source

    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/{source.pk}/change/")
    page.screenshot(path=screenshots / "1-source-page.png", full_page=True)
    page.locator("#annotatable-body").scroll_into_view_if_needed()
    assert page.locator("#annotate-form.js-annotate").count() == 1, "the annotation script is running"
    select_text_with_the_mouse(page, SENTENCE)
    expect(page.locator("#annotate-form [name=exact]")).not_to_have_value("")

    assert page.input_value("#annotate-form [name=exact]") == SENTENCE
    page.fill("#annotate-form [name=speaker]", "Departemen Luar Negeri AS")
    page.select_option("#annotate-form [name=stance]", "warns")
    page.fill(
        "#annotate-form [name=paraphrase]", "The US fears North Korea plans to send more military equipment."
    )
    page.screenshot(path=screenshots / "2-claim-form.png", full_page=True)
    page.click("#annotate-form button[type=submit]")

    page.wait_for_selector("mark.claim-mark")
    assert page.locator("mark.claim-mark").first.inner_text() == SENTENCE
    page.screenshot(path=screenshots / "3-highlighted.png", full_page=True)
    claim = Claim.objects.get()
    assert (claim.exact, claim.stance, claim.created_by, claim.status) == (SENTENCE, "warns", editor, "draft")
    assert source.body[claim.start : claim.end] == SENTENCE

    reviewer_page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(reviewer_page, live_server, reviewer.username)
    reviewer_page.goto(f"{live_server.url}/admin/briefs/claim/{claim.pk}/change/")
    reviewer_page.click("#review-form button[value=approve]")
    reviewer_page.wait_for_selector(".messagelist .success")
    reviewer_page.screenshot(path=screenshots / "4-approved.png", full_page=True)

    claim.refresh_from_db()
    assert (claim.status, claim.reviewed_by) == ("approved", reviewer)
    assert len(list(screenshots.glob("*.png"))) == 4

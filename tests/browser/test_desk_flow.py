"""Annotation and re-anchoring by keyboard only, in Chromium."""

import pytest
from playwright.sync_api import expect

from briefs.models import Claim
from tests.briefs.conftest import BODY
from tests.briefs.factories import ClaimFactory
from tests.browser.conftest import log_in
from tests.ingest.factories import SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DENIAL = "Korea Utara membantah tuduhan"


def test_editor_annotates_by_keyboard_only(page, live_server, editor, screenshots):
    source = SourceFactory(body=BODY, title="Bantahan")
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/{source.pk}/change/")
    expect(page.locator("#annotate-form.js-annotate")).to_have_count(1)

    page.focus("#annotate-find")
    page.keyboard.type("Korea Utara membantah")
    page.keyboard.press("Enter")
    # Extend the found words by one more word with Ctrl+Shift+Right, as documented.
    page.keyboard.press("Control+Shift+ArrowRight")
    expect(page.locator("#annotate-form [name=exact]")).to_have_value(DENIAL)
    page.keyboard.press("Enter")  # on to the speaker
    page.keyboard.type("Korut")
    page.select_option("#annotate-form [name=stance]", "denies")
    page.screenshot(path=screenshots / "keyboard-form.png", full_page=True)
    page.focus("#annotate-form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist .success")).to_contain_text("Draft claim")
    claim = Claim.objects.get()
    assert (claim.exact, claim.stance, claim.speaker.slug) == (DENIAL, "denies", "north-korea")
    page.screenshot(path=screenshots / "keyboard-created.png", full_page=True)


def test_an_orphan_is_re_anchored_by_keyboard(page, live_server, editor, screenshots):
    source = SourceFactory(body=BODY, title="Bantahan")
    claim = ClaimFactory(source=source, status=Claim.Status.ORPHANED, exact="Korea Utara menolak tuduhan")
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/briefs/claim/{claim.pk}/reanchor/")

    page.focus("#annotatable-body")
    page.keyboard.press("Home")
    for _ in range(3):
        page.keyboard.press("Control+Shift+ArrowRight")
    expect(page.locator("#annotate-form [name=exact]")).to_have_value("PYONGYANG - Korea")
    for _ in range(2):
        page.keyboard.press("Control+Shift+ArrowRight")
    page.screenshot(path=screenshots / "reanchor.png", full_page=True)
    page.keyboard.press("Enter")  # focus moves to "Re-anchor to these words"
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist .success")).to_contain_text("re-anchored")
    claim.refresh_from_db()
    assert (claim.status, claim.exact) == ("draft", "PYONGYANG - Korea Utara membantah")

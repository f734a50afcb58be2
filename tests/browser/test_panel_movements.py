"""A claim's movements in the annotation panel, in Chromium: the form opens, saves, and the claim list
shows the movement; axe finds no serious violation with the form open."""

import pytest
from playwright.sync_api import expect

from briefs.models import Movement
from tests.briefs.conftest import BODY
from tests.briefs.factories import ClaimFactory
from tests.browser.conftest import log_in
from tests.browser.test_accessibility import serious_violations
from tests.ingest.factories import SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_adds_a_movement_to_a_claim_in_the_panel(page, live_server, editor, screenshots):
    source = SourceFactory(body=BODY, title="Bantahan")
    claim = ClaimFactory(source=source)
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/{source.pk}/change/")

    row = page.locator(f"#claim-{claim.pk}")
    row.get_by_text("Add a movement").click()
    prefix = f"#id_claim-{claim.pk}-movements-0"
    page.select_option(f"{prefix}-origin", label="Najin")
    page.select_option(f"{prefix}-destination", label="Dunay")
    page.select_option(f"{prefix}-mode", "sea")
    assert serious_violations(page) == []
    page.screenshot(path=screenshots / "movement-form.png", full_page=True)
    row.get_by_role("button", name="Save movements").click()

    expect(page.locator(".messagelist .success")).to_contain_text(f"Movements of claim #{claim.pk} saved")
    expect(page.locator(f"#claim-{claim.pk} .claim-movements")).to_contain_text("Najin → Dunay · by sea")
    assert Movement.objects.filter(claim=claim, mode="sea").count() == 1
    page.screenshot(path=screenshots / "movement-saved.png", full_page=True)

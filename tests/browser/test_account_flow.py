"""A reviewer who must use two-step verification sets it up in a real browser and logs in with a code;
a stranger guessing the editor's password meets the lockout page."""

import base64

import pytest
from django_otp.oath import totp

from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def app_code(secret: str, *, steps_ahead: int = 0) -> str:
    """What an authenticator app shows for the key the page asked us to type in."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key, drift=steps_ahead):06d}"


def test_a_reviewer_enrols_when_required_and_then_logs_in_with_a_code(
    page, live_server, reviewer, settings, screenshots
):
    settings.REQUIRE_2FA_FOR_REVIEWERS = True

    log_in(page, live_server, reviewer.username)
    page.goto(f"{live_server.url}/admin/briefs/claim/")
    assert page.url == f"{live_server.url}/admin/two-factor/"
    assert page.locator("#otp-qr").evaluate("img => img.naturalWidth") > 0, "the QR code is drawn"
    page.screenshot(path=screenshots / "1-enrol.png", full_page=True)
    secret = page.inner_text("#otp-secret").replace(" ", "")
    page.fill("#id_token", app_code(secret))
    page.click("#two-factor-form input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    page.click("#logout-form button")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", reviewer.username)
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    assert "and the code your authenticator app shows now" in page.inner_text(".errornote")
    page.fill("#id_password", "correct horse battery")
    # The enrolment used the current code, and a code is accepted once: the app's next one.
    page.fill("#id_otp_token", app_code(secret, steps_ahead=1))
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")
    page.goto(f"{live_server.url}/admin/briefs/claim/")

    assert page.url == f"{live_server.url}/admin/briefs/claim/"
    page.screenshot(path=screenshots / "2-in.png", full_page=True)


def test_a_stranger_guessing_a_password_meets_the_lockout_page(page, live_server, editor):
    for guess in ("letmein", "password1", "editor2026", "hunter2", "qwerty123"):
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", editor.username)
        page.fill("#id_password", guess)
        page.click("input[type=submit]")

    assert page.inner_text("h1") == "Login temporarily blocked"
    assert "15 minutes after the last attempt" in page.inner_text(".errornote")

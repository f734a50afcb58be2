"""The optional TOTP second factor: codes computed from the device's own key, as an authenticator app would."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

RIGHT = "correct horse battery"
LOGIN = reverse("admin:login")
ENROL = reverse("admin:two_factor")
INDEX = reverse("admin:index")
# One refusal for every wrong factor: a guessed password is never confirmed without the code.
REFUSED = "Enter the right username and password of a staff account, and the code"


def code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code an app holding the device's key shows now (or that many 30-second steps later)."""
    return (
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_ahead):06d}"
    )


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(code(device)) + 500_000) % 1_000_000:06d}"


def log_in(client: Client, user, token: str | None = None):
    data = {"username": user.username, "password": RIGHT}
    if token is not None:
        data["otp_token"] = token
    return client.post(LOGIN, data, REMOTE_ADDR="192.0.2.20")


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def device(editor) -> TOTPDevice:
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def test_the_login_page_has_a_code_field_and_the_admin_links_to_the_enrolment_page(editor_client):
    assert 'name="otp_token"' in Client().get(LOGIN).text
    assert f'href="{ENROL}"' in editor_client.get(INDEX).text


def test_without_a_device_the_password_is_enough(client, editor):
    response = log_in(client, editor)

    assert response.status_code == 302
    assert client.get(INDEX).status_code == 200


def test_with_a_device_the_login_asks_for_its_code(client, editor, device):
    without = log_in(client, editor)

    assert without.status_code == 200
    assert REFUSED in without.text
    assert not logged_in(client)

    with_code = log_in(client, editor, code(device))

    assert with_code.status_code == 302
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get(INDEX).status_code == 200


def test_a_wrong_code_is_refused_and_counts_as_a_failed_login(client, editor, device, caplog):
    caplog.set_level("INFO", logger="briefdesk.security")
    wrong = wrong_code(device)

    response = log_in(client, editor, wrong)

    assert response.status_code == 200
    assert REFUSED in response.text
    assert not logged_in(client)
    assert AccessAttempt.objects.get(username=editor.username).failures_since_start == 1
    assert "login failed: username='edna-editor' address=192.0.2.20 code=wrong" in caplog.messages
    assert wrong not in str(AccessAttempt.objects.values_list("post_data", flat=True).get())
    statuses = [log_in(client, editor, wrong).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429], "guessing codes locks the pair like guessing passwords"
    assert log_in(client, editor, code(device)).status_code == 429


def test_right_after_a_wrong_code_the_device_waits_before_it_checks_again(client, editor, device):
    right = code(device)
    log_in(client, editor, wrong_code(device))

    refused = log_in(client, editor, right)
    # A few seconds later (the failure moved into the past instead of waiting) it checks again.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=5)
    )
    accepted = log_in(client, editor, right)

    assert REFUSED in refused.text and refused.status_code == 200
    assert accepted.status_code == 302


def test_a_code_is_accepted_once(client, editor, device):
    used = code(device)
    assert log_in(client, editor, used).status_code == 302
    client.post(reverse("admin:logout"))

    again = log_in(client, editor, used)

    assert again.status_code == 200
    assert REFUSED in again.text and not logged_in(client)


def test_a_session_that_gave_no_code_does_not_reach_the_admin(client, editor, device):
    client.force_login(editor)

    response = client.get(INDEX)

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_enrolment_shows_the_key_and_turns_on_after_a_right_code(editor_client, editor):
    page = editor_client.get(ENROL)
    pending = TOTPDevice.objects.get(user=editor)
    uri = page.context["otpauth_uri"]
    query = parse_qs(urlsplit(uri).query)

    assert page.status_code == 200
    assert pending.confirmed is False
    assert uri.startswith("otpauth://totp/Briefdesk%3Aedna-editor?")
    assert query["issuer"] == ["Briefdesk"]
    assert 'src="data:image/svg+xml;base64,' in page.text
    assert page.context["secret"].replace(" ", "") == query["secret"][0].rstrip("=")
    assert editor_client.get(ENROL).context["otpauth_uri"] == uri, "a reload keeps the key being set up"

    wrong = editor_client.post(ENROL, {"token": "12345"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.text
    assert TOTPDevice.objects.get(user=editor).confirmed is False

    pending.refresh_from_db()
    pending.throttling_failure_timestamp -= timedelta(seconds=5)
    pending.save()
    done = editor_client.post(ENROL, {"token": code(pending)})

    assert done.status_code == 302
    assert done["Location"] == INDEX
    assert TOTPDevice.objects.get(user=editor).confirmed is True
    assert editor_client.get(INDEX).status_code == 200, "the enrolling session counts as verified"
    assert "Two-step verification is on" in editor_client.get(ENROL).text
    assert REFUSED in log_in(Client(), editor).text, "the next login needs a code"


def test_moving_to_a_new_app_replaces_the_old_device_once_the_new_one_is_confirmed(client, editor, device):
    log_in(client, editor, code(device))

    client.get(ENROL + "?new=1")
    new = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert TOTPDevice.objects.filter(pk=device.pk).exists(), (
        "the old app works until the new one is confirmed"
    )
    response = client.post(ENROL + "?new=1", {"token": code(new)})

    assert response.status_code == 302
    assert list(TOTPDevice.objects.filter(user=editor).values_list("pk", "confirmed")) == [(new.pk, True)]
    assert client.get(INDEX).status_code == 200


def test_outsiders_do_not_reach_the_enrolment_page(client, partner):
    assert client.get(ENROL).status_code == 302
    client.force_login(partner)
    assert client.get(ENROL).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_reviewers_are_sent_to_enrol_when_required(client, reviewer, settings):
    settings.REQUIRE_2FA_FOR_REVIEWERS = True
    assert log_in(client, reviewer).status_code == 302

    for url in (INDEX, reverse("admin:briefs_claim_changelist"), reverse("admin:password_change")):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, ENROL), url
    page = client.get(ENROL)
    assert "Reviewers must use two-step verification" in page.text

    client.post(ENROL, {"token": code(TOTPDevice.objects.get(user=reviewer))})

    assert client.get(reverse("admin:briefs_claim_changelist")).status_code == 200


def test_a_reviewer_who_must_enrol_can_still_log_out(reviewer_client, settings):
    settings.REQUIRE_2FA_FOR_REVIEWERS = True

    response = reviewer_client.post(reverse("admin:logout"))

    assert response.status_code == 200
    assert not logged_in(reviewer_client)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_editors_are_not_forced_and_reviewers_are_not_by_default(editor, reviewer, settings):
    assert signed_in(reviewer).get(INDEX).status_code == 200
    settings.REQUIRE_2FA_FOR_REVIEWERS = True
    editor_client = signed_in(editor)
    assert editor_client.get(INDEX).status_code == 200
    assert editor_client.get(reverse("admin:ingest_source_changelist")).status_code == 200
    assert signed_in(reviewer).get(INDEX)["Location"] == ENROL


def test_a_right_password_without_its_code_is_refused_exactly_like_a_wrong_password(client, editor, device):
    wrong_password = client.post(
        reverse("admin:login"), {"username": editor.username, "password": "not it", "otp_token": ""}
    )
    right_password = log_in(Client(), editor)
    wrong_token = log_in(Client(), editor, wrong_code(device))

    def errors(response) -> str:
        return response.text.split('class="errornote"', 1)[1].split("</p>", 1)[0]

    assert errors(wrong_password) == errors(right_password) == errors(wrong_token)

"""Login throttling: a (username, address) pair is locked after LOGIN_FAILURE_LIMIT failures, for
LOGIN_LOCKOUT_MINUTES after the last one, with our own lockout page, records and log lines."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from briefs.services.roles import ensure_demo_accounts

pytestmark = pytest.mark.django_db

RIGHT = "correct horse battery"
EDITOR_ADDRESS = "192.0.2.10"


def attempt(client: Client, username: str, password: str, address: str = EDITOR_ADDRESS, **extra):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def lock_out(client: Client, username: str, address: str = EDITOR_ADDRESS) -> list[int]:
    return [attempt(client, username, f"wrong-{n}", address).status_code for n in range(5)]


@pytest.fixture
def password_checks(monkeypatch) -> list[str]:
    """Every password hash the login computed, by username."""
    calls = []
    original = get_user_model().check_password

    def counting(user, raw_password):
        calls.append(user.get_username())
        return original(user, raw_password)

    monkeypatch.setattr(get_user_model(), "check_password", counting)
    return calls


def test_the_fifth_wrong_password_locks_and_then_the_right_one_is_refused_without_hashing(
    client, editor, password_checks
):
    statuses = lock_out(client, editor.username)

    assert statuses == [200, 200, 200, 200, 429]
    password_checks.clear()
    response = attempt(client, editor.username, RIGHT)

    assert response.status_code == 429
    assert "Login temporarily blocked" in response.text
    assert "5 failed login attempts for this account from your address" in response.text
    assert "15 minutes after the last attempt" in response.text
    assert response["Retry-After"] == "900"
    assert not logged_in(client)
    assert password_checks == [], "a locked pair must not cost a password hash"


def test_the_review_figure_190_wrong_passwords_give_4_forms_and_186_lockout_pages(client, editor):
    statuses = [attempt(client, editor.username, f"guess-{n}").status_code for n in range(190)]

    assert (statuses.count(200), statuses.count(429)) == (4, 186)


def test_the_lockout_page_is_the_admin_page_in_the_readers_language(client, editor):
    lock_out(client, editor.username)

    response = attempt(client, editor.username, RIGHT, HTTP_ACCEPT_LANGUAGE="id")

    assert response.status_code == 429
    assert response["Content-Language"] == "id"
    assert 'id="site-name"' in response.text, "rendered in the admin's frame"
    assert "Masuk untuk sementara diblokir" in response.text
    assert reverse("admin:login") in response.text


def test_another_address_and_another_user_are_not_affected(client, editor, reviewer):
    lock_out(client, editor.username, address="198.51.100.7")

    from_elsewhere = attempt(Client(), editor.username, RIGHT, address=EDITOR_ADDRESS)
    other_user_same_address = attempt(Client(), reviewer.username, RIGHT, address="198.51.100.7")

    assert from_elsewhere.status_code == 302
    assert other_user_same_address.status_code == 302


def test_the_lock_lifts_when_the_cool_off_has_passed_since_the_last_attempt(client, editor, monkeypatch):
    lock_out(client, editor.username)
    last_attempt = AccessAttempt.objects.get().attempt_time

    # axes stamps each request with this clock: move it on instead of waiting.
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: last_attempt + timedelta(minutes=14, seconds=59))
    assert attempt(client, editor.username, RIGHT).status_code == 429
    last_attempt = AccessAttempt.objects.get().attempt_time
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: last_attempt + timedelta(minutes=15, seconds=1))
    response = attempt(client, editor.username, RIGHT)

    assert response.status_code == 302
    assert logged_in(client)


def test_limits_come_from_the_settings(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = timedelta(minutes=3)

    statuses = [attempt(client, editor.username, "nope").status_code for _ in range(2)]

    assert statuses == [200, 429]
    assert attempt(client, editor.username, RIGHT)["Retry-After"] == "180"


def test_a_success_before_the_limit_forgets_the_earlier_failures(client, editor):
    for n in range(4):
        attempt(client, editor.username, f"typo-{n}")
    assert attempt(client, editor.username, RIGHT).status_code == 302
    client.post(reverse("admin:logout"))

    statuses = [attempt(client, editor.username, f"typo-again-{n}").status_code for n in range(4)]

    assert statuses == [200, 200, 200, 200]


def test_failures_and_the_lockout_are_recorded_and_logged(client, editor, caplog):
    caplog.set_level("INFO", logger="briefdesk.security")

    lock_out(client, editor.username)

    assert AccessFailureLog.objects.filter(username=editor.username, ip_address=EDITOR_ADDRESS).count() == 5
    lines = [r.getMessage() for r in caplog.records if r.name == "briefdesk.security"]
    failed = f"login failed: username='{editor.username}' address={EDITOR_ADDRESS}"
    assert lines.count(failed) == 5
    assert (
        f"login locked: username='{editor.username}' address={EDITOR_ADDRESS} after 5 failures, "
        "until 15 minutes after the last attempt"
    ) in lines
    assert all("wrong-" not in line for line in lines), "no password in the log"
    assert "wrong-" not in AccessAttempt.objects.get().post_data


def test_a_forged_forwarded_for_header_does_not_give_new_tries(client, editor):
    statuses = [
        attempt(client, editor.username, "nope", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(6)
    ]

    assert statuses[-2:] == [429, 429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {EDITOR_ADDRESS}


def test_behind_a_trusted_proxy_each_client_address_counts_on_its_own(client, editor, settings):
    settings.TRUSTED_PROXIES = 1
    proxy = "10.0.0.2"

    lock_out_statuses = [
        attempt(client, editor.username, "nope", proxy, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
        for _ in range(5)
    ]
    other_client = attempt(Client(), editor.username, RIGHT, proxy, HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert lock_out_statuses[-1] == 429
    assert other_client.status_code == 302
    assert AccessAttempt.objects.get().ip_address == "198.51.100.1"


def test_axes_reset_lifts_the_lock(client, editor):
    lock_out(client, editor.username)

    call_command("axes_reset_username", editor.username)

    assert attempt(client, editor.username, RIGHT).status_code == 302


def test_the_demo_accounts_log_in_through_the_form(client):
    accounts = ensure_demo_accounts()

    for account in accounts:
        login = Client()
        response = attempt(login, account.username, account.password)
        assert response.status_code == 302, account.username
        assert login.get(reverse("admin:index")).status_code == 200

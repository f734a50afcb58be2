"""/healthz: the status for everyone, which component is down (and why) only for staff and for a caller
on this machine; a budget per address like the reader pages. `manage.py healthcheck` tells operators all."""

import socket

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from config.celery import app as celery_app

PUBLIC = "198.51.100.7"


def _closed_port() -> int:
    """A loopback port nothing listens on: what a stopped Redis looks like to a client."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_stopped(settings, monkeypatch):
    redis_url = f"redis://127.0.0.1:{_closed_port()}/0"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    }
    monkeypatch.setattr(celery_app.conf, "broker_url", redis_url)
    monkeypatch.setitem(celery_app.conf, "broker_transport", None)  # as configured with REDIS_URL


def public_client() -> Client:
    return Client(REMOTE_ADDR=PUBLIC)


@pytest.mark.django_db
def test_the_public_gets_the_status_and_nothing_else(client):
    response = public_client().get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_the_public_learns_only_that_the_service_is_unavailable(redis_stopped):
    response = public_client().get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert b"127.0.0.1" not in response.content and b"Connection" not in response.content


@pytest.mark.django_db
def test_a_caller_on_this_machine_is_told_what_is_down_and_why(client, redis_stopped):
    response = client.get("/healthz", REMOTE_ADDR="127.0.0.1")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["down"] == ["cache", "broker"]
    assert body["checks"]["database"]["ok"] is True
    assert "Connection" in body["checks"]["cache"]["detail"]


@pytest.mark.django_db
def test_staff_anywhere_get_the_details(editor, redis_stopped):
    staff = public_client()
    staff.force_login(editor)

    body = staff.get("/healthz").json()

    assert body["down"] == ["cache", "broker"]


@pytest.mark.django_db
def test_a_request_relayed_by_a_local_proxy_is_not_local(client):
    """A proxy on this machine connects from 127.0.0.1 on behalf of anyone on the internet."""
    response = client.get("/healthz", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=PUBLIC)

    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_behind_a_trusted_proxy_nobody_gets_details_by_address(client, settings):
    settings.TRUSTED_PROXIES = 1

    for forwarded in ("127.0.0.1", None):
        extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
        assert client.get("/healthz", REMOTE_ADDR="127.0.0.1", **extra).json() == {"status": "ok"}


@pytest.mark.django_db
def test_healthz_has_a_budget_per_address(settings):
    settings.HEALTHZ_RATE = "3/minute"
    caller = public_client()
    answers = [caller.get("/healthz", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(3)]

    refused = caller.get("/healthz")

    assert answers == [200, 200, 200]
    assert refused.status_code == 429 and refused.json() == {"status": "throttled"}
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert Client(REMOTE_ADDR="198.51.100.8").get("/healthz").status_code == 200


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_the_healthcheck_command_names_each_component_and_what_is_wrong(capsys, redis_stopped):
    with pytest.raises(CommandError, match="unavailable: cache, broker"):
        call_command("healthcheck")

    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines] == [["database", "ok"], ["cache", "DOWN"], ["broker", "DOWN"]]
    assert "Connection" in lines[1]


@pytest.mark.django_db
def test_the_healthcheck_command_passes_when_everything_answers(capsys):
    call_command("healthcheck")

    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == ["ok", "ok", "ok"]

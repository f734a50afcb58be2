import socket

import pytest

from config.celery import app as celery_app


def _closed_port() -> int:
    """A loopback port nothing listens on: what a stopped Redis looks like to a client."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_is_200_when_everything_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_healthz_reports_a_stopped_redis_as_503_naming_it(client, settings, monkeypatch):
    redis_url = f"redis://127.0.0.1:{_closed_port()}/0"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    }
    monkeypatch.setattr(celery_app.conf, "broker_url", redis_url)
    monkeypatch.setitem(celery_app.conf, "broker_transport", None)  # as configured with REDIS_URL

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["down"] == ["cache", "broker"]
    assert body["checks"]["database"]["ok"] is True
    assert "Connection" in body["checks"]["cache"]["detail"]


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405

"""The Redis cache backend: Django's, with an incr that is one round trip and keeps Django's contract."""

import os

import pytest
import redis.client

from config.redis_cache import OneTripRedisCache

pytestmark = pytest.mark.integration


@pytest.fixture
def backend():
    cache = OneTripRedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "test-one-trip"})
    cache.delete_many(["counter", "missing"])
    yield cache
    cache.delete_many(["counter", "missing"])


@pytest.fixture
def commands(monkeypatch) -> list[str]:
    sent: list[str] = []
    execute = redis.client.Redis.execute_command

    def recorded(self, *args, **options):
        sent.append(str(args[0]))
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.client.Redis, "execute_command", recorded)
    return sent


def test_incr_counts_up_in_one_round_trip(backend, commands):
    backend.set("counter", 41, timeout=60)
    commands.clear()

    assert backend.incr("counter") == 42
    assert commands == ["EVAL"]
    assert backend.get("counter") == 42
    assert backend.incr("counter", 8) == 50


def test_incr_of_a_missing_key_is_a_value_error_and_creates_nothing(backend):
    with pytest.raises(ValueError, match="not found"):
        backend.incr("missing")

    assert backend.get("missing") is None

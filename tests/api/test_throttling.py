"""Per-partner and anonymous rate limits: 429 with Retry-After once spent; each budget is separate."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from redis.exceptions import ConnectionError as RedisConnectionError
from rest_framework.test import APIClient

from briefs.models import Partner
from briefs.services.partners import issue_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight(settings):
    settings.API_THROTTLE_RATES = {"anon": "3/minute", "partner": "5/minute", "editor": "5/minute"}


def test_anonymous_callers_get_429_with_retry_after(tight, anonymous_api, world):
    assert [anonymous_api.get("/api/v1/briefs/").status_code for _ in range(3)] == [200, 200, 200]

    refused = anonymous_api.get("/api/v1/briefs/")

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60


def test_anonymous_budgets_are_per_address(tight, world):
    first, second = APIClient(REMOTE_ADDR="192.0.2.1"), APIClient(REMOTE_ADDR="192.0.2.2")
    for _ in range(3):
        first.get("/api/v1/briefs/")

    assert first.get("/api/v1/briefs/").status_code == 429
    assert second.get("/api/v1/briefs/").status_code == 200


def test_each_partner_has_its_own_budget_whatever_the_address(tight, partner_api, world):
    other = Partner.objects.create(name="Other desk", user=UserFactory(username="other-partner"))
    other_api = APIClient()
    other_api.credentials(
        HTTP_AUTHORIZATION="Bearer " + issue_token(user=other.user, name="t", created_by=None).plain
    )

    assert [partner_api.get("/api/v1/claims/").status_code for _ in range(5)] == [200] * 5
    refused = partner_api.get("/api/v1/claims/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert other_api.get("/api/v1/claims/").status_code == 200
    assert APIClient().get("/api/v1/claims/").status_code == 200  # anonymous budget untouched


def test_two_tokens_of_one_partner_share_its_budget(tight, api_partner, partner_api, world):
    second = APIClient()
    second.credentials(
        HTTP_AUTHORIZATION="Bearer " + issue_token(user=api_partner.user, name="2", created_by=None).plain
    )
    for _ in range(5):
        partner_api.get("/api/v1/briefs/")

    assert second.get("/api/v1/briefs/").status_code == 429


def test_while_the_cache_is_down_the_api_answers_without_limits(
    tight, anonymous_api, partner_api, world, monkeypatch
):
    """Limits and the public index live in the shared cache; a Redis restart must not take the API down."""

    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    for method in ("get", "set", "add", "get_many", "incr"):
        monkeypatch.setattr(cache, method, cache_down)

    for api in (anonymous_api, partner_api):
        answers = [api.get(path).status_code for path in ("/api/v1/briefs/", "/api/v1/claims/") * 3]
        assert answers == [200] * 6
    assert anonymous_api.get("/api/v1/claims/").json()["results"], "published claims are still listed"


def test_a_client_cannot_buy_new_budgets_with_forwarded_for_headers(tight, world):
    """Without a trusted proxy, X-Forwarded-For is whatever the caller wrote: the peer address counts."""
    caller = APIClient(REMOTE_ADDR="198.51.100.7")
    answers = [
        caller.get("/api/v1/briefs/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)
    ]

    assert answers == [200, 200, 200, 429]


def test_behind_one_trusted_proxy_the_address_it_saw_counts_not_the_one_the_caller_wrote(
    tight, world, settings
):
    settings.TRUSTED_PROXIES = 1
    proxy = APIClient(REMOTE_ADDR="10.0.0.2")

    def through_proxy(real: str, written: str | None = None) -> int:
        # The proxy appends the address it saw to whatever the caller sent.
        chain = f"{written}, {real}" if written else real
        return proxy.get("/api/v1/briefs/", HTTP_X_FORWARDED_FOR=chain).status_code

    spoofing = [through_proxy("198.51.100.7", written=f"203.0.113.{n}") for n in range(4)]

    assert spoofing == [200, 200, 200, 429]
    assert through_proxy("198.51.100.8") == 200, "another reader behind the proxy has a budget of its own"


def test_the_api_docs_page_answers_429_when_the_caller_is_throttled(tight, anonymous_api, world):
    for _ in range(3):
        anonymous_api.get("/api/v1/briefs/")

    refused = anonymous_api.get("/api/v1/docs/", HTTP_ACCEPT="text/html")

    assert refused.status_code == 429
    assert "Please try again" in refused.content.decode()

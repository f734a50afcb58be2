"""The client's address: the peer unless our own proxies vouch for an X-Forwarded-For entry."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from config.clients import client_address, is_local_request
from config.rate_limits import client_ident, spend

PEER = "10.0.0.2"

# (trusted proxies, X-Forwarded-For as received, the client's address)
CASES = [
    (0, None, PEER),
    (0, "203.0.113.9", PEER),
    (0, "203.0.113.9, 198.51.100.7", PEER),
    (1, None, PEER),
    (1, "198.51.100.7", "198.51.100.7"),
    (1, "203.0.113.9, 198.51.100.7", "198.51.100.7"),
    (1, "evil, 203.0.113.9,198.51.100.7", "198.51.100.7"),
    (2, "203.0.113.9, 198.51.100.7, 192.0.2.1", "198.51.100.7"),
    (2, "198.51.100.7", "198.51.100.7"),
]


def request_from(peer: str = PEER, forwarded: str | None = None, **headers: str):
    extra = {"REMOTE_ADDR": peer, **headers}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(("proxies", "forwarded", "expected"), CASES)
def test_the_client_is_as_far_left_as_our_own_proxies_wrote_and_no_further(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXIES = proxies

    assert client_address(request_from(forwarded=forwarded)) == expected


@pytest.mark.parametrize(("proxies", "forwarded", "expected"), CASES)
def test_drf_reads_the_same_address_from_the_same_setting(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXIES = proxies
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": proxies}
    api_settings.reload()
    try:
        assert BaseThrottle().get_ident(request_from(forwarded=forwarded)) == expected
    finally:
        api_settings.reload()


def test_the_settings_hand_drf_the_trusted_proxies(settings):
    assert settings.REST_FRAMEWORK["NUM_PROXIES"] == settings.TRUSTED_PROXIES == 0


def test_an_entry_that_is_not_an_address_counts_as_the_proxy(settings):
    settings.TRUSTED_PROXIES = 1

    assert client_address(request_from(forwarded="203.0.113.9, not-an-address")) == PEER


def test_one_address_has_one_spelling(settings):
    assert client_address(request_from(peer="::ffff:198.51.100.7")) == "198.51.100.7"
    assert client_address(request_from(peer="2001:DB8:0:0::1")) == "2001:db8::1"


def test_an_ipv6_client_has_one_budget_for_its_whole_slash_64(settings):
    first, neighbour = request_from(peer="2001:db8:1:2::1"), request_from(peer="2001:db8:1:2:ffff::9")

    assert client_ident(first) == client_ident(neighbour) == "2001:db8:1:2::/64"
    assert client_ident(request_from(peer="2001:db8:1:3::1")) != client_ident(first)
    assert client_ident(request_from(peer="198.51.100.7")) == "198.51.100.7"


def test_a_budget_refuses_the_request_after_the_last_and_says_when_to_come_back():
    verdicts = [spend(scope="t", ident="198.51.100.7", rate="2/minute") for _ in range(3)]

    assert [verdict.allowed for verdict in verdicts] == [True, True, False]
    assert 1 <= verdicts[-1].retry_after <= 60
    assert spend(scope="t", ident="198.51.100.8", rate="2/minute").allowed
    assert spend(scope="other", ident="198.51.100.7", rate="2/minute").allowed


@pytest.mark.parametrize(
    ("peer", "headers", "local"),
    [
        ("127.0.0.1", {}, True),
        ("::1", {}, True),
        ("::ffff:127.0.0.1", {}, True),
        ("198.51.100.7", {}, False),
        ("127.0.0.1", {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}, False),
        ("127.0.0.1", {"HTTP_X_REAL_IP": "198.51.100.7"}, False),
        ("127.0.0.1", {"HTTP_FORWARDED": "for=198.51.100.7"}, False),
        ("", {}, False),
    ],
)
def test_a_local_caller_is_a_loopback_peer_that_no_proxy_relayed(settings, peer, headers, local):
    assert is_local_request(request_from(peer=peer, **headers)) is local


def test_behind_a_trusted_proxy_nobody_is_local(settings):
    """A proxy on the same machine makes every visitor's request arrive from 127.0.0.1."""
    settings.TRUSTED_PROXIES = 1

    assert is_local_request(request_from(peer="127.0.0.1")) is False

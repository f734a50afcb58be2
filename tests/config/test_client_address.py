"""One client-address rule: X-Forwarded-For is believed only as far as TRUSTED_PROXIES says."""

import pytest
from django.test import RequestFactory

from config.client_address import client_address


def request(forwarded: str | None = None, remote: str = "10.0.0.9"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_by_default_a_client_cannot_choose_its_address_with_a_header(settings):
    assert settings.TRUSTED_PROXIES == 0
    assert client_address(request("203.0.113.5")) == "10.0.0.9"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (1, "198.51.100.1", "198.51.100.1"),
        # Whatever the client put in front of what our proxy appended is ignored.
        (1, "203.0.113.5, 198.51.100.1", "198.51.100.1"),
        (2, "203.0.113.5, 198.51.100.1, 10.0.0.3", "198.51.100.1"),
        # Fewer entries than proxies: the oldest entry there is.
        (3, "198.51.100.1, 10.0.0.3", "198.51.100.1"),
    ],
)
def test_behind_trusted_proxies_the_nth_address_from_the_right_is_the_client(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXIES = proxies
    assert client_address(request(forwarded)) == expected


def test_behind_a_proxy_that_sent_no_header_the_peer_is_the_client(settings):
    settings.TRUSTED_PROXIES = 1
    assert client_address(request()) == "10.0.0.9"
    assert client_address(request("  ")) == "10.0.0.9"

"""Who a request comes from: the one place that reads the client's address.

Each reverse proxy in front of the web processes appends the address it received the request from to
X-Forwarded-For. With ``TRUSTED_PROXIES`` = N, the Nth entry from the right was written by our outermost
proxy and is the client's; everything further left was written by the caller and proves nothing. With
none (the default) the header is ignored altogether and the peer address (REMOTE_ADDR) is the client.
DRF's ``NUM_PROXIES`` follows the same setting, and the API's throttles ask this module as well.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

# Headers that proxies add: their presence means a proxy relayed the request.
_FORWARDING_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def client_address(request: HttpRequest) -> str:
    """The client's IP address as text, in one canonical spelling per address."""
    peer = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies == 0:
        return _canonical(peer) or peer
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in forwarded if hop] + [peer]
    # A chain shorter than the proxies did not pass through all of them; its first hop is the best guess
    # (DRF's NUM_PROXIES reads it the same way).
    chosen = hops[max(0, len(hops) - 1 - proxies)]
    # A trusted proxy writes plain addresses; anything else counts as the peer, so that a malformed chain
    # never gives a caller an identity of its own choosing.
    return _canonical(chosen) or _canonical(peer) or peer


def is_local_request(request: HttpRequest) -> bool:
    """A caller on this machine talking to the web process itself, not through any proxy.

    Only when no proxy is trusted: behind a proxy on the same machine every visitor arrives from a loopback
    address. A forwarding header on a loopback request is a local proxy relaying someone else.
    """
    if settings.TRUSTED_PROXIES or any(header in request.META for header in _FORWARDING_HEADERS):
        return False
    address = _parse(request.META.get("REMOTE_ADDR", ""))
    return address is not None and address.is_loopback


def _parse(text: str) -> Address | None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _canonical(text: str) -> str | None:
    address = _parse(text)
    return None if address is None else str(address)

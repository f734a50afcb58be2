"""Where a request came from, by one rule for the whole site.

X-Forwarded-For is written by whoever sends the request, so it is believed only as far as the operator
says proxies of their own stand in front of us (TRUSTED_PROXIES). With none (the default) the address is
the peer of the connection, REMOTE_ADDR. With n proxies, each appends the address it was reached from, so
the client is the n-th entry from the right: entries further left were sent by the client and may be made
up. DRF's NUM_PROXIES counts the same way.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded.strip():
        return remote
    hops = [hop.strip() for hop in forwarded.split(",")]
    # Fewer entries than proxies means a proxy in the chain did not add one: take the oldest we have.
    return hops[-min(proxies, len(hops))] or remote

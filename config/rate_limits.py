"""Request budgets per client, counted in the cache: the API's throttles, uncached reader pages, /healthz.

A budget is N requests per second, minute, hour or day, counted in fixed windows. The first request of
a window creates the window's counter and every later one increments it atomically (Redis INCR, the
local-memory cache's lock), so parallel requests cannot all read the same count and each slip through.

The counters live in Django's default cache: with REDIS_URL every web process shares them; in the
embedded default (local-memory cache) each process counts for itself. While the cache is unreachable
nothing is counted and every request is let through: an outage of the limiter is not an outage of the site.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from dataclasses import dataclass
from functools import lru_cache

from django.core.cache import cache
from django.http import HttpRequest
from redis.exceptions import RedisError

from config.clients import client_address
from config.env import Rate, parse_rate

logger = logging.getLogger(__name__)

# One IPv6 customer usually holds a whole /64: counting single addresses would give it 2^64 budgets.
_IPV6_PREFIX = 64


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    #: Seconds until the budget is renewed; 0 when the request is allowed.
    retry_after: int


def spend(*, scope: str, ident: str, rate: str) -> Verdict:
    """Count one request of ``ident`` against its budget in ``scope``."""
    budget = _parsed(rate)
    now = time.time()
    window = int(now // budget.seconds)
    key = f"rate:{scope}:{ident}:{window}"
    try:
        count = _count(key, budget)
    except RedisError:
        logger.warning("cache unreachable: %s rate limit not applied", scope, exc_info=True)
        return Verdict(allowed=True, retry_after=0)
    if count <= budget.count:
        return Verdict(allowed=True, retry_after=0)
    return Verdict(allowed=False, retry_after=max(1, math.ceil((window + 1) * budget.seconds - now)))


def spend_for_client(request: HttpRequest, *, scope: str, rate: str) -> Verdict:
    """Count one request against the budget of the client's address."""
    return spend(scope=scope, ident=client_ident(request), rate=rate)


def client_ident(request: HttpRequest) -> str:
    """The client's address, or its /64 for IPv6, as the name of its budget."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{_IPV6_PREFIX}", strict=False))
    return address


def _count(key: str, budget: Rate) -> int:
    # Incrementing first: only the first request of a window pays for creating the counter.
    try:
        return cache.incr(key)
    except ValueError:
        pass
    # Kept a little past the window so a slow request near its end still finds the counter.
    if cache.add(key, 1, timeout=budget.seconds + 1):
        return 1
    try:
        return cache.incr(key)  # another request created it meanwhile
    except ValueError:
        return 1  # and it is already gone (the window ended): count this one alone


@lru_cache(maxsize=32)
def _parsed(rate: str) -> Rate:
    return parse_rate(rate, variable="rate")

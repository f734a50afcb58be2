"""Per-partner, per-editor and anonymous (per-address) rate limits; over it, 429 with Retry-After."""

from __future__ import annotations

import logging

from django.conf import settings
from redis.exceptions import RedisError
from rest_framework.throttling import SimpleRateThrottle

logger = logging.getLogger(__name__)


class _SettingsRateThrottle(SimpleRateThrottle):
    """Reads its rate from settings.API_THROTTLE_RATES when asked, not at import time."""

    def __init__(self) -> None:  # the scope is known per request
        pass

    def get_rate(self) -> str:
        return settings.API_THROTTLE_RATES[self.scope]

    def scope_for(self, request) -> str | None:
        raise NotImplementedError

    def allow_request(self, request, view) -> bool:
        scope = self.scope_for(request)
        if scope is None:
            return True
        self.scope = scope
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        try:
            return super().allow_request(request, view)
        except RedisError:
            # Limits live in the shared cache. While it is down they are not enforced rather than every
            # API request failing: an outage of the limiter is not an outage of the API.
            logger.warning("cache unreachable: %s rate limit not applied", scope, exc_info=True)
            return True


class AnonymousRateThrottle(_SettingsRateThrottle):
    def scope_for(self, request) -> str | None:
        return None if request.user.is_authenticated else "anon"

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AccountRateThrottle(_SettingsRateThrottle):
    """Staff accounts (editors, reviewers) under "editor"; every other account is a partner's."""

    def scope_for(self, request) -> str | None:
        if not request.user.is_authenticated:
            return None
        return "editor" if request.user.is_staff else "partner"

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}

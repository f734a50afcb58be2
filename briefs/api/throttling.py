"""Per-partner, per-editor and anonymous (per-address) rate limits; over it, 429 with Retry-After.

The counting is config/rate_limits.py's, shared with the reader pages, and so is its rule for a cache
that is down (no limits rather than no API).
"""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from config.clients import client_address
from config.rate_limits import client_ident, spend


class _SettingsRateThrottle(BaseThrottle):
    """Reads its rate from settings.API_THROTTLE_RATES when asked, not at import time."""

    def __init__(self) -> None:
        self._retry_after = 0

    def scope_for(self, request) -> str | None:
        raise NotImplementedError

    def ident_for(self, request) -> str:
        raise NotImplementedError

    def get_ident(self, request) -> str:
        # DRF's own reading of NUM_PROXIES; every caller of it gets ours.
        return client_address(request)

    def allow_request(self, request, view) -> bool:
        scope = self.scope_for(request)
        if scope is None:
            return True
        verdict = spend(
            scope=f"api-{scope}", ident=self.ident_for(request), rate=settings.API_THROTTLE_RATES[scope]
        )
        self._retry_after = verdict.retry_after
        return verdict.allowed

    def wait(self) -> int:
        return self._retry_after


class AnonymousRateThrottle(_SettingsRateThrottle):
    def scope_for(self, request) -> str | None:
        return None if request.user.is_authenticated else "anon"

    def ident_for(self, request) -> str:
        return client_ident(request)


class AccountRateThrottle(_SettingsRateThrottle):
    """Staff accounts (editors, reviewers) under "editor"; every other account is a partner's."""

    def scope_for(self, request) -> str | None:
        if not request.user.is_authenticated:
            return None
        return "editor" if request.user.is_staff else "partner"

    def ident_for(self, request) -> str:
        return str(request.user.pk)

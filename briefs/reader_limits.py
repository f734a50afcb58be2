"""A budget per client address for reader pages that have to be rendered: cache misses and 404s.

A cached page costs next to nothing and is never counted. A page rendered afresh reads the database
(all of a brief on its first visit after a publication, or every lookup of a 404 that finds nothing
public), so each address may ask for READER_RENDER_RATE of those; past it the answer is a short 429
page with Retry-After. Counted by config/rate_limits.py, which lets everything through while the cache
is unreachable.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from config.rate_limits import spend_for_client

SCOPE = "reader-render"


def refuse_render(request: HttpRequest) -> HttpResponse | None:
    """Count a render against the client's budget: None to go ahead, or the 429 page to send instead."""
    verdict = spend_for_client(request, scope=SCOPE, rate=settings.READER_RENDER_RATE)
    if verdict.allowed:
        return None
    page = render_to_string("429.html", {"retry_after": verdict.retry_after}, request=request)
    response = HttpResponse(page, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(verdict.retry_after)
    add_never_cache_headers(response)
    return response

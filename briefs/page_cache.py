"""Whole-page caching and conditional responses for the reader pages.

A published revision never changes, so a page is cached under a key made of what it shows (the revision,
or the latest publication for pages that span briefs), the interface language and a generation counter
that every publication bumps (the purge). ETag and Last-Modified come from the same facts, so a
browser or CDN that already has the page gets a 304 without the page being rendered or even read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from briefs.reader_selectors import publication_state

GENERATION_KEY = "reader-pages:generation"


def purge_reader_pages(revision=None) -> None:
    """Publish hook: every cached reader page is stale once something new is published."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def cached_page(
    request: HttpRequest,
    *,
    name: str,
    version: object,
    last_modified: datetime | None,
    render: Callable[[], str],
) -> HttpResponse:
    """Serve a reader page: 304 when the client has it, else from cache, else rendered and cached."""
    language = get_language()
    etag = '"' + hashlib.sha256(f"{name}|{version}|{language}".encode()).hexdigest()[:32] + '"'
    modified = int(last_modified.timestamp()) if last_modified else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=modified)
    if not_modified is not None:
        return _with_headers(not_modified, etag, modified)
    key = f"reader-page:{_generation()}:{language}:{name}:{version}"
    page = cache.get(key)
    if page is None:
        # Cached as UTF-8 bytes: a big brief page is most of a megabyte, and encoding it again on every
        # hit (and unpickling it as text) cost more than the rest of the cached request.
        page = render().encode("utf-8")
        cache.set(key, page, timeout=settings.READER_PAGE_CACHE_SECONDS)
    return _with_headers(HttpResponse(page, content_type="text/html; charset=utf-8"), etag, modified)


def _with_headers(response: HttpResponse, etag: str, modified: int | None) -> HttpResponse:
    response["ETag"] = etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=settings.READER_PAGE_MAX_AGE)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


def cached_while_published(request: HttpRequest, *, name: str, render: Callable[[], str]) -> HttpResponse:
    """A page that may change with any publication (index, history, sources, actors): keyed on the latest."""
    state = publication_state()
    return cached_page(
        request, name=name, version=state.latest_revision_id, last_modified=state.published_at, render=render
    )

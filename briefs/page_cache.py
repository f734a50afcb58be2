"""Whole-page caching and conditional responses for the reader pages.

A published revision never changes, so a page is cached under a key made of what it shows (the revision,
or the latest publication for pages that span briefs), the interface language and a generation counter
that every publication bumps (the purge). ETag and Last-Modified come from the same facts, so a
browser or CDN that already has the page gets a 304 without the page being rendered or even read.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from redis.exceptions import RedisError

from briefs.public.read import public_state
from briefs.reader_limits import refuse_render

GENERATION_KEY = "reader-pages:generation"

logger = logging.getLogger(__name__)


def purge_reader_pages(revision=None) -> None:
    """Publish hook: every cached reader page is stale once something new is published."""
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, _fresh_generation(), timeout=None)
    except RedisError:
        # The publication has committed; failing here would only hide that from the reviewer and skip
        # the hooks after this one. A Redis that restarts empty starts a new generation anyway.
        logger.error("cache unreachable: reader pages were not purged after a publication", exc_info=True)


def _generation() -> int:
    return cache.get_or_set(GENERATION_KEY, _fresh_generation, timeout=None)


def _fresh_generation() -> int:
    # Starts from the clock, not from 1: after the shared cache is flushed, a generation already used
    # before would bring pages that web processes still hold in memory back to life.
    return time.time_ns() // 1000


def cached_page(
    request: HttpRequest,
    *,
    name: str,
    version: object,
    last_modified: datetime | None,
    render: Callable[[], str | bytes],
) -> HttpResponse:
    """Serve a reader page: 304 when the client has it, else from cache, else rendered and cached.

    Rendering counts against the client's budget (briefs/reader_limits.py); past it, a 429 page.

    Pages are kept as they are and, once a reader's browser asked for it, gzipped: a 500-claim brief
    is 600 kB of HTML and about a tenth of that gzipped.
    """
    language = get_language()
    gzipped = _accepts_gzip(request)
    etag = hashlib.sha256(f"{name}|{version}|{language}".encode()).hexdigest()[:32]
    # Each representation has its own strong validator (RFC 9110 8.8.3).
    etag = f'"{etag}-gzip"' if gzipped else f'"{etag}"'
    modified = int(last_modified.timestamp()) if last_modified else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=modified)
    if not_modified is not None:
        return _with_headers(not_modified, etag, modified)
    try:
        generation = _generation()
    except RedisError:
        # The shared cache is down (a Redis restart): which pages are current is unknown, so none is
        # read or kept; readers get freshly rendered pages until it is back.
        logger.warning("cache unreachable: reader page %s rendered without caching", name, exc_info=True)
        generation = None
    if generation is None:
        # Not counted against the render budget either: its counters are in the same cache.
        page = _as_bytes(render())
        return _page_response(_gzip(page) if gzipped else page, gzipped, etag, modified)
    key = f"reader-page:{generation}:{language}:{name}:{version}"
    body = _stored(key + ":gzip") if gzipped else _stored(key)
    if body is None:
        page = _stored(key) if gzipped else None
        if page is None:
            refused = refuse_render(request)
            if refused is not None:
                return refused
            # Kept as UTF-8 bytes: a big brief page is most of a megabyte, and encoding it again on
            # every hit (and unpickling it as text) cost more than the rest of the cached request.
            page = _as_bytes(render())
            _store(key, page)
        body = page
        if gzipped:
            # Compressed once, by the first reader who asks for it.
            body = _gzip(page)
            _store(key + ":gzip", body)
    return _page_response(body, gzipped, etag, modified)


def _as_bytes(page: str | bytes) -> bytes:
    return page.encode() if isinstance(page, str) else page


def _gzip(page: bytes) -> bytes:
    return gzip.compress(page, compresslevel=6, mtime=0)  # mtime=0: the same page, the same bytes


def _page_response(body: bytes, gzipped: bool, etag: str, modified: int | None) -> HttpResponse:
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    if gzipped:
        response["Content-Encoding"] = "gzip"
    return _with_headers(response, etag, modified)


_GZIP = re.compile(r"\bgzip\b")


def _accepts_gzip(request: HttpRequest) -> bool:
    return bool(_GZIP.search(request.headers.get("Accept-Encoding", "")))


def _stored(key: str) -> bytes | None:
    body = _process_pages.get(key)
    if body is None:
        try:
            body = cache.get(key)
        except RedisError:
            return None
        if body is not None:
            _process_pages.put(key, body)
    return body


def _store(key: str, body: bytes) -> None:
    try:
        cache.set(key, body, timeout=settings.READER_PAGE_CACHE_SECONDS)
    except RedisError:
        logger.warning("cache unreachable: page %s kept in this process only", key, exc_info=True)
    _process_pages.put(key, body)


class ProcessPages:
    """The answers this process served last, bounded in bytes, each kept no longer than ``seconds``.

    Keys carry something read on every request that moves with every publication (the generation in the
    shared cache for pages, the latest change-feed event for API answers), so a publication anywhere is
    seen here at once; only the copy of the answer stays local.
    """

    def __init__(self, *, bytes_setting: str, seconds_setting: str) -> None:
        self._bytes_setting = bytes_setting
        self._seconds_setting = seconds_setting
        self._pages: OrderedDict[str, tuple[float, int, object]] = OrderedDict()
        self._bytes = 0

    def get(self, key: str):
        entry = self._pages.get(key)
        if entry is None:
            return None
        if entry[0] < time.monotonic():
            self._drop(key)
            return None
        self._pages.move_to_end(key)
        return entry[2]

    def put(self, key: str, value, size: int | None = None) -> None:
        """Keep ``value`` (of ``size`` bytes; by default its length) unless it alone is over the bound."""
        size = len(value) if size is None else size
        limit = getattr(settings, self._bytes_setting)
        if size > limit:
            return
        self._drop(key)
        self._pages[key] = (time.monotonic() + getattr(settings, self._seconds_setting), size, value)
        self._bytes += size
        while self._bytes > limit:
            self._drop(next(iter(self._pages)))

    def clear(self) -> None:
        self._pages.clear()
        self._bytes = 0

    def _drop(self, key: str) -> None:
        entry = self._pages.pop(key, None)
        if entry is not None:
            self._bytes -= entry[1]


_process_pages = ProcessPages(
    bytes_setting="READER_PAGE_MEMORY_BYTES", seconds_setting="READER_PAGE_CACHE_SECONDS"
)


def forget_process_pages() -> None:
    """Drop this process's copies (tests, and a shell after flushing the cache by hand)."""
    _process_pages.clear()


def _with_headers(response: HttpResponse, etag: str, modified: int | None) -> HttpResponse:
    response["ETag"] = etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=settings.READER_PAGE_MAX_AGE)
    patch_vary_headers(response, ["Accept-Language", "Accept-Encoding", "Cookie"])
    return response


def cached_while_published(request: HttpRequest, *, name: str, render: Callable[[], str]) -> HttpResponse:
    """A page that may change with any publication (index, history, sources, actors): keyed on the latest."""
    state = public_state()
    return cached_page(
        request, name=name, version=state.fingerprint, last_modified=state.last_modified, render=render
    )

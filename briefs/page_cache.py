"""Whole-page caching and conditional responses for the reader pages.

A page is cached under its address (the name a view gives it) and the interface language, together
with the generation it belongs to: a counter in the shared cache that every publication and public
rename bumps (the purge). A hit reads no database row and at most one round trip: none when this process
holds the page and read the generation less than READER_GENERATION_RECHECK_MS ago, the generation alone
when it holds the page, the generation and the page together when it does not. Only a miss reads what
the page shows, whose version (the revision, or the latest public change for pages that span briefs)
gives the ETag and Last-Modified stored beside the page, so a browser or CDN that already has it gets a
304 without the page being rendered.

Freshness: a purge is seen at once by the process that made it (it remembers the generation it bumped
to) and by every miss anywhere (a miss always reads the shared generation); another web process that
holds a copy of a page keeps serving it for at most READER_GENERATION_RECHECK_MS after the purge.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language
from redis.exceptions import RedisError

from briefs.public.read import public_state
from briefs.reader_limits import refuse_render
from config.languages import path_language

GENERATION_KEY = "reader-pages:generation"

logger = logging.getLogger(__name__)


#: The public state (briefs.public.read.public_state) the current generation was bumped after.
PURGED_STATE_KEY = "reader-pages:purged-state"


def purge_reader_pages(revision=None) -> None:
    """Publish and rename hook: every cached reader page is stale once something new is public.

    A hit reads no database row, so the generation is all that retires a page; the state it was bumped
    after is kept beside it so that a purge lost to a Redis blip is redone by `reconcile_reader_pages`.
    """
    # Read before the bump: whatever this state includes was committed before the pages were retired.
    state = public_state().fingerprint
    # Forgotten first: whatever happens below, this process re-reads the shared generation next time.
    _generation_memo.forget()
    try:
        try:
            generation = cache.incr(GENERATION_KEY)
        except ValueError:
            generation = _fresh_generation()
            cache.set(GENERATION_KEY, generation, timeout=None)
        # The purging process (a reviewer's request, a test publishing then reading) sees its purge at once.
        _generation_memo.remember(generation)
        cache.set(PURGED_STATE_KEY, state, timeout=None)
    except RedisError:
        # The publication has committed; failing here would only hide that from the reviewer and skip
        # the hooks after this one. The reconciler purges again once Redis answers; a Redis that
        # restarts empty starts a new generation anyway.
        logger.error("cache unreachable: reader pages were not purged after a publication", exc_info=True)


def reconcile_reader_pages() -> bool:
    """Purge when something was made public since the last purge (its hook failed): True if it did."""
    try:
        purged = cache.get(PURGED_STATE_KEY)
    except RedisError:
        return False  # still unreachable: the next run tries again
    if purged == public_state().fingerprint:
        return False
    purge_reader_pages()
    return True


def _generation() -> int:
    return cache.get_or_set(GENERATION_KEY, _fresh_generation, timeout=None)


class GenerationMemo:
    """The shared generation as this process last read it, trusted for READER_GENERATION_RECHECK_MS.

    It spares a hit on a page this process holds its only round trip to the shared cache; the price is
    that a purge made by another process is seen here up to that long after (0 turns the memo off).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._generation: int | None = None
        self._read_at = 0.0

    def recent(self) -> int | None:
        """The remembered generation while it is recent enough to trust; None: ask the shared cache."""
        if self._generation is None:
            return None
        if self.clock() - self._read_at >= settings.READER_GENERATION_RECHECK_MS / 1000:
            return None
        return self._generation

    def remember(self, generation: int) -> None:
        self._generation = generation
        self._read_at = self.clock()

    def forget(self) -> None:
        self._generation = None


_generation_memo = GenerationMemo()


def _fresh_generation() -> int:
    # Starts from the clock, not from 1: after the shared cache is flushed, a generation already used
    # before would bring pages that web processes still hold in memory back to life.
    return time.time_ns() // 1000


@dataclass(frozen=True)
class PageVersion:
    """What a page shows, read from the database only when the cache does not hold the page."""

    #: Changes whenever the page would (the revision and its hash, the latest public change).
    version: object
    last_modified: datetime | None
    #: Whatever the render needs of what was read (the revision a slug shows).
    facts: object = None


@dataclass(frozen=True)
class CachedPage:
    """A page as kept in the caches, with the validators it was served under and the generation it
    belongs to: it is current only while the shared generation is still that one."""

    generation: int
    tag: str
    modified: int | None
    body: bytes


def cached_page(
    request: HttpRequest,
    *,
    name: str,
    describe: Callable[[], PageVersion | HttpResponse],
    render: Callable[[PageVersion], str | bytes],
) -> HttpResponse:
    """Serve a reader page: from cache (with a 304 when the client has it), else rendered and cached.

    ``name`` names the address (a brief page: its slug and revision number as asked, not the revision
    shown), so a hit needs neither ``describe`` nor any database query, and at most one round trip to
    the shared cache: the generation and the page in one ``get_many``, the generation alone when this
    process holds the page, or none while the generation this process read is recent (GenerationMemo).
    Every publication and public rename bumps the generation, and with it every
    page; a miss goes through ``describe`` (which may raise Http404, or answer with a refusal) and the
    database, so a renamed slug still gets its 301 (briefs/addresses.py).

    Rendering counts against the client's budget (briefs/reader_limits.py); past it, a 429 page.

    Pages are kept as they are and, once a reader's browser asked for it, gzipped: a 500-claim brief
    is a quarter of a megabyte of HTML and about a tenth of that gzipped.
    """
    language = get_language()
    gzipped = _accepts_gzip(request)
    # The language, not the address asked: an Indonesian page is one body whether it was asked for at
    # /id/… or negotiated at the unprefixed address (its links, canonical and switch all name /id/…, as
    # reverse() does in Indonesian, config/languages.py), and never the English page's.
    key = f"reader-page:{language}:{name}"
    generation, held = _current(key + ":gzip" if gzipped else key)
    if held is not None:
        return _answer(request, held, gzipped)
    # The generation was read before what the page shows: a publication committing meanwhile bumps it
    # after, so a page rendered from the older state is kept under the older generation and never served.
    described = describe()
    if isinstance(described, HttpResponse):
        return described
    tag = hashlib.sha256(f"{name}|{described.version}|{language}".encode()).hexdigest()[:32]
    modified = int(described.last_modified.timestamp()) if described.last_modified else None
    not_modified = get_conditional_response(request, etag=_etag(tag, gzipped), last_modified=modified)
    if not_modified is not None:
        return _with_headers(request, not_modified, _etag(tag, gzipped), modified)
    if generation is None:
        # Not counted against the render budget either: its counters are in the same cache.
        page = _as_bytes(render(described))
        return _answer(request, CachedPage(0, tag, modified, _gzip(page) if gzipped else page), gzipped)
    plain = _stored(key, generation) if gzipped else None
    if plain is None:
        refused = refuse_render(request)
        if refused is not None:
            return refused
        # Kept as UTF-8 bytes: a big brief page is most of a megabyte, and encoding it again on
        # every hit (and unpickling it as text) cost more than the rest of the cached request.
        plain = CachedPage(generation, tag, modified, _as_bytes(render(described)))
        _store(key, plain)
    page = plain
    if gzipped:
        # Compressed once, by the first reader who asks for it.
        page = CachedPage(generation, tag, modified, _gzip(plain.body))
        _store(key + ":gzip", page)
    return _answer(request, page, gzipped)


def _current(key: str) -> tuple[int | None, CachedPage | None]:
    """The shared generation and the page under ``key`` if it belongs to it: without a round trip when
    this process holds a copy of the recently read generation, in one when it holds a current copy or
    holds none; (None, None) when the shared cache is down: which pages are current is unknown, so none
    is read or kept until it is back."""
    held = _process_pages.get(key)
    recent = _generation_memo.recent()
    if held is not None and held.generation == recent:
        return held.generation, held
    try:
        # Asked only when the memo cannot tell: a copy older than a recent generation is stale for sure
        # (after a purge in this process, nearly always), and the shared copy is asked for at once.
        if held is not None and recent is None:
            generation = cache.get(GENERATION_KEY)
            if generation is not None:
                _generation_memo.remember(generation)
                if held.generation == generation:
                    return generation, held
            # Stale (something was published since): ask for the shared copy, which another process
            # may have rendered already.
        # A miss reads the shared generation whatever the memo says: a page is never rendered and kept
        # under a generation that a purge has already retired.
        found = cache.get_many([GENERATION_KEY, key] if settings.READER_PAGES_SHARED else [GENERATION_KEY])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = _generation()
        _generation_memo.remember(generation)
    except RedisError:
        _generation_memo.forget()
        logger.warning("cache unreachable: reader page %s rendered without caching", key, exc_info=True)
        return None, None
    shared = found.get(key)
    if shared is None or shared.generation != generation:
        return generation, None
    _process_pages.put(key, shared, size=len(shared.body))
    return generation, shared


def _etag(tag: str, gzipped: bool) -> str:
    # Each representation has its own strong validator (RFC 9110 8.8.3).
    return f'"{tag}-gzip"' if gzipped else f'"{tag}"'


def _answer(request: HttpRequest, page: CachedPage, gzipped: bool) -> HttpResponse:
    etag = _etag(page.tag, gzipped)
    if _is_conditional(request):
        not_modified = get_conditional_response(request, etag=etag, last_modified=page.modified)
        if not_modified is not None:
            return _with_headers(request, not_modified, etag, page.modified)
    response = HttpResponse(page.body, content_type="text/html; charset=utf-8")
    if gzipped:
        response["Content-Encoding"] = "gzip"
    return _with_headers(request, response, etag, page.modified)


#: The request headers that can turn a hit into a 304 or a 412 (RFC 9110 13.2.2).
_CONDITIONAL_HEADERS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _is_conditional(request: HttpRequest) -> bool:
    # Most readers ask unconditionally; evaluating the preconditions costs a tenth of a cached hit.
    meta = request.META
    return any(header in meta for header in _CONDITIONAL_HEADERS)


def _as_bytes(page: str | bytes) -> bytes:
    return page.encode() if isinstance(page, str) else page


def _gzip(page: bytes) -> bytes:
    return gzip.compress(page, compresslevel=6, mtime=0)  # mtime=0: the same page, the same bytes


_GZIP = re.compile(r"\bgzip\b")


def _accepts_gzip(request: HttpRequest) -> bool:
    # From META: ``request.headers`` builds a dict of every header first.
    return bool(_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def _stored(key: str, generation: int) -> CachedPage | None:
    held = _process_pages.get(key)
    if held is not None and held.generation == generation:
        return held
    if not settings.READER_PAGES_SHARED:
        return None
    try:
        shared = cache.get(key)
    except RedisError:
        return None
    if shared is None or shared.generation != generation:
        return None
    _process_pages.put(key, shared, size=len(shared.body))
    return shared


def _store(key: str, page: CachedPage) -> None:
    try:
        if settings.READER_PAGES_SHARED:
            cache.set(key, page, timeout=settings.READER_PAGE_CACHE_SECONDS)
    except RedisError:
        logger.warning("cache unreachable: page %s kept in this process only", key, exc_info=True)
    _process_pages.put(key, page, size=len(page.body))


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
    """Drop this process's copies and its memo of the generation (tests, and a shell after flushing the
    cache by hand; other web processes notice a flush within READER_GENERATION_RECHECK_MS)."""
    _process_pages.clear()
    _generation_memo.forget()


def _with_headers(
    request: HttpRequest, response: HttpResponse, etag: str, modified: int | None
) -> HttpResponse:
    response["ETag"] = etag
    if modified is not None:
        response["Last-Modified"] = _http_date(modified)
    # Set whole on the fresh responses served here: patching them header by header was a fifth of a hit.
    response["Cache-Control"] = _cache_control(settings.READER_PAGE_MAX_AGE)
    response["Vary"] = _VARY_BY_ADDRESS if path_language(request.path_info) else _VARY
    return response


#: What a reader page depends on besides its address: the language asked for (by the header or by the
#: language cookie) and the compression.
_VARY = "Accept-Language, Accept-Encoding, Cookie"
#: At an address that names its language (/id/…, config/languages.py), the compression alone.
_VARY_BY_ADDRESS = "Accept-Encoding"


@functools.lru_cache(maxsize=8)
def _cache_control(max_age: int) -> str:
    response = HttpResponse()
    patch_cache_control(response, public=True, max_age=max_age)
    return response["Cache-Control"]


@functools.lru_cache(maxsize=1024)
def _http_date(timestamp: int) -> str:
    return http_date(timestamp)


def cached_while_published(request: HttpRequest, *, name: str, render: Callable[[], str]) -> HttpResponse:
    """A page that may change with any publication (index, history, sources, actors): keyed on the latest."""

    def describe() -> PageVersion:
        state = public_state()
        return PageVersion(version=state.fingerprint, last_modified=state.last_modified)

    return cached_page(request, name=name, describe=describe, render=lambda _described: render())

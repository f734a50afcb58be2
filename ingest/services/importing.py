"""Importing raw articles: one service behind the command, the admin upload and the API.

A rejected file leaves no trace and the others land; a stored article is always whole (its row is
written in one transaction, alone or with the rest of its batch, with the outlet it proposes and its text
sketch). The content hash (unique in the database) makes re-importing an article a no-op, also when
several imports of it race. An article that nearly repeats an earlier Source lands marked as its
near-duplicate (``services.copies``), and the outcome says so.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction

from ingest.models import Outlet, Source
from ingest.pipeline import ProcessedArticle, process_article
from ingest.pipeline.decode import decode_bytes
from ingest.pipeline.errors import IngestError
from ingest.pipeline.outlets import OutletProfile
from ingest.selectors import outlet_profiles, outlets_by_slug, source_by_hash
from ingest.services.copies import mark_near_duplicates, store_sketches
from ingest.services.outlets import find_or_propose_outlet
from ingest.similarity import sketch

logger = logging.getLogger(__name__)

Status = Literal["created", "unchanged", "rejected"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_PREFIXES = ("<!doctype html", "<html")
#: Files per batch in import_files: one query looks their hashes up, one transaction inserts the new ones.
IMPORT_BATCH_SIZE = 100
#: From this many files on, import_paths (the command) cleans in worker processes by default: below it,
#: starting them costs more than it saves.
PARALLEL_MIN_FILES = 200
#: Files a worker process cleans per round trip (fewer trips, while every worker still gets work).
_WORKER_CHUNK = 10
_MAX_URL = 2000


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: its name, the status, a clear error message, and the Source.

    A created Source that nearly duplicates an earlier one names it in ``near_duplicate_id``, with the
    ``similarity`` of the two texts.
    """

    name: str
    status: Status
    error: str | None = None
    source: Source | None = None

    @property
    def near_duplicate_id(self) -> int | None:
        return self.source.near_duplicate_of_id if self.source is not None else None

    @property
    def similarity(self) -> float | None:
        return self.source.near_duplicate_similarity if self.source is not None else None


@dataclass
class ImportContext:
    """What one batch of imports shares: the outlet registry is read once, not once per file."""

    channel: str
    imported_by: User | None = None
    max_bytes: int = field(default_factory=lambda: settings.INGEST_MAX_BYTES)
    profiles: Sequence[OutletProfile] = ()
    outlets: dict[str, Outlet] = field(default_factory=dict)
    #: The page address of a file, by the name the file is imported under (``str(path)`` for a path).
    urls: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        *,
        channel: str,
        imported_by: User | None = None,
        urls: Mapping[str, str] | None = None,
    ) -> ImportContext:
        return cls(
            channel=channel,
            imported_by=imported_by,
            profiles=outlet_profiles(),
            outlets=outlets_by_slug(),
            urls=dict(urls or {}),
        )

    def reload_outlets(self) -> None:
        """After a rolled-back insert: an outlet proposed in it does not exist."""
        self.outlets = outlets_by_slug()


def looks_like_html(name: str, text: str) -> bool:
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return True
    return text.lstrip()[:20].lower().startswith(HTML_PREFIXES)


@dataclass(frozen=True)
class _Cleaned:
    """A file that decoded and cleaned: what remains is to store it (or find it already stored)."""

    name: str
    article: ProcessedArticle
    encoding: str
    sketch: tuple[int, ...] = ()


def import_article(
    *,
    data: bytes,
    name: str,
    context: ImportContext,
    url: str | None = None,
    is_html: bool | None = None,
) -> ImportOutcome:
    """Decode, clean and store one article. Never raises for bad input: the outcome says what went wrong.

    ``url`` is the page's address (else the context's for ``name``); ``is_html`` is what the sender said
    the data is (a fetched page's media type), else it is judged from the name and the text."""
    cleaned = _clean(data=data, name=name, context=context, url=url, is_html=is_html)
    if isinstance(cleaned, ImportOutcome):
        return cleaned
    return _store(cleaned, context=context)


def import_files(
    *,
    files: Iterable[tuple[str, bytes]],
    context: ImportContext,
    batch_size: int = IMPORT_BATCH_SIZE,
    workers: int = 1,
) -> Iterator[ImportOutcome]:
    """Import many files, with the same outcomes as ``import_article`` for each, in order, in batches.

    A batch is cleaned file by file; then one query finds the articles already imported and one
    transaction inserts the new ones. Should that insert lose a race (another import of one of the
    articles committed meanwhile), the batch is stored file by file, each in its own transaction, like
    ``import_article``. Rejected files never reach the database either way.

    With ``workers`` > 1, cleaning (pure CPU work, no database) runs in that many worker processes
    while this process stores the previous batch; the outcomes are the same.
    """
    return _import_items(files, context=context, batch_size=batch_size, workers=workers)


def import_paths(
    *,
    paths: Sequence[Path],
    context: ImportContext,
    batch_size: int = IMPORT_BATCH_SIZE,
    workers: int | None = None,
) -> Iterator[ImportOutcome]:
    """Import files from disk like ``import_files``, in order; a missing or unreadable file is rejected.

    ``workers`` defaults to ``default_workers(len(paths))``. Files are read by whoever cleans them.
    """
    chosen = default_workers(len(paths)) if workers is None else workers
    return _import_items(paths, context=context, batch_size=batch_size, workers=chosen)


def default_workers(file_count: int) -> int:
    """Worker processes worth starting for ``file_count`` files: the usable CPUs for a large import."""
    if file_count < PARALLEL_MIN_FILES or not _can_fork():
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_Item = tuple[str, bytes] | Path


def _import_items(
    items: Iterable[_Item], *, context: ImportContext, batch_size: int, workers: int
) -> Iterator[ImportOutcome]:
    if workers <= 1 or not _can_fork():
        for batch in _batches(items, batch_size):
            yield from _store_batch(
                [_clean_item(item, context.profiles, context.max_bytes, context.urls) for item in batch],
                context=context,
            )
        return
    # Cleaning batch n+1 in the workers overlaps storing batch n here; at most two batches are in
    # memory. The pool is terminated however the caller stops iterating.
    pool = multiprocessing.get_context("fork").Pool(
        workers, initializer=_start_worker, initargs=(context.profiles, context.max_bytes, context.urls)
    )
    try:
        pending = None
        for batch in _batches(items, batch_size):
            submitted = pool.map_async(_clean_in_worker, batch, chunksize=_WORKER_CHUNK)
            if pending is not None:
                yield from _store_batch(pending.get(), context=context)
            pending = submitted
        if pending is not None:
            yield from _store_batch(pending.get(), context=context)
    finally:
        pool.terminate()
        pool.join()


def _batches(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _can_fork() -> bool:
    # Workers are forked: they inherit the loaded code and registry instead of setting Django up
    # again, and they never touch the parent's database connection (cleaning is pure). A daemonic
    # process (a Celery prefork child) may not start children: it cleans in-process.
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


_worker_settings: tuple[Sequence[OutletProfile], int, Mapping[str, str]] | None = None


def _start_worker(profiles: Sequence[OutletProfile], max_bytes: int, urls: Mapping[str, str]) -> None:
    # A worker needs nothing else. Should the import be killed outright (SIGKILL), its workers see
    # their task pipe close and exit by themselves (tests/integration/test_import_kill.py).
    global _worker_settings
    _worker_settings = (profiles, max_bytes, urls)


def _clean_in_worker(item: _Item) -> _Cleaned | ImportOutcome:
    assert _worker_settings is not None, "_start_worker runs first"  # noqa: S101 - an invariant of the pool initializer; under -O unpacking None fails just as loudly
    profiles, max_bytes, urls = _worker_settings
    return _clean_item(item, profiles, max_bytes, urls)


def _clean_item(
    item: _Item, profiles: Sequence[OutletProfile], max_bytes: int, urls: Mapping[str, str]
) -> _Cleaned | ImportOutcome:
    if isinstance(item, Path):
        data = _read(item)
        if isinstance(data, ImportOutcome):
            return data
        name = str(item)
    else:
        name, data = item
    return _clean_bytes(data=data, name=name, profiles=profiles, max_bytes=max_bytes, url=urls.get(name))


def _read(path: Path) -> bytes | ImportOutcome:
    if not path.exists():
        return ImportOutcome(name=str(path), status="rejected", error=f"No such file or folder: {path}")
    try:
        return path.read_bytes()
    except OSError as exc:
        return ImportOutcome(name=str(path), status="rejected", error=f"Cannot read {path}: {exc.strerror}")


def _clean(
    *, data: bytes, name: str, context: ImportContext, url: str | None, is_html: bool | None
) -> _Cleaned | ImportOutcome:
    return _clean_bytes(
        data=data,
        name=name,
        profiles=context.profiles,
        max_bytes=context.max_bytes,
        url=url or context.urls.get(name),
        is_html=is_html,
    )


def _clean_bytes(
    *,
    data: bytes,
    name: str,
    profiles: Sequence[OutletProfile],
    max_bytes: int,
    url: str | None = None,
    is_html: bool | None = None,
) -> _Cleaned | ImportOutcome:
    try:
        decoded = decode_bytes(data, max_bytes=max_bytes)
        html = looks_like_html(name, decoded.text) if is_html is None else is_html
        article = process_article(decoded.text, profiles=profiles, is_html=html, url=url)
    except IngestError as exc:
        return ImportOutcome(name=name, status="rejected", error=str(exc))
    return _Cleaned(name=name, article=article, encoding=decoded.encoding, sketch=sketch(article.body))


def _store(cleaned: _Cleaned, *, context: ImportContext) -> ImportOutcome:
    name, article = cleaned.name, cleaned.article
    existing = source_by_hash(article.content_hash)
    if existing is not None:
        return ImportOutcome(name=name, status="unchanged", source=existing)
    try:
        with transaction.atomic():
            (source,) = _insert([cleaned], context=context)
    except IntegrityError:
        # Another import of the same article committed first: the unique hash kept it to one row.
        context.reload_outlets()
        existing = source_by_hash(article.content_hash)
        if existing is None:
            raise
        return ImportOutcome(name=name, status="unchanged", source=existing)
    logger.info("imported %s as source %s", name, source.pk)
    return ImportOutcome(name=name, status="created", source=source)


def _insert(items: Sequence[_Cleaned], *, context: ImportContext) -> list[Source]:
    """Insert new Sources (inside the caller's transaction): the outlets they propose, their rows, their
    sketches, and their near-duplicate marks."""
    sources = [_new_source(item, context=context) for item in items]
    Source.objects.bulk_create(sources)
    sketches = [item.sketch for item in items]
    store_sketches(sources=sources, sketches=sketches, replace=False)
    mark_near_duplicates(sources=sources, sketches=sketches)
    return sources


def _store_batch(cleaned: list[_Cleaned | ImportOutcome], *, context: ImportContext) -> list[ImportOutcome]:
    articles = [item for item in cleaned if isinstance(item, _Cleaned)]
    hashes = {item.article.content_hash for item in articles}
    stored = {
        source.content_hash: source
        for source in (Source.objects.with_outlet().filter(content_hash__in=hashes) if hashes else ())
    }
    first: dict[str, _Cleaned] = {}  # the first file of the batch with a new hash creates it
    for article in articles:
        digest = article.article.content_hash
        if digest not in stored and digest not in first:
            first[digest] = article
    new: dict[str, Source] = {}
    if first:
        try:
            with transaction.atomic():
                new = dict(zip(first, _insert(list(first.values()), context=context), strict=True))
        except IntegrityError:
            context.reload_outlets()
            return [
                item if isinstance(item, ImportOutcome) else _store(item, context=context) for item in cleaned
            ]
    outcomes: list[ImportOutcome] = []
    created: set[str] = set()
    for item in cleaned:
        if isinstance(item, ImportOutcome):
            outcomes.append(item)
            continue
        digest = item.article.content_hash
        if digest in new and digest not in created:
            created.add(digest)
            logger.info("imported %s as source %s", item.name, new[digest].pk)
            outcomes.append(ImportOutcome(name=item.name, status="created", source=new[digest]))
        else:
            source = stored.get(digest) or new[digest]
            outcomes.append(ImportOutcome(name=item.name, status="unchanged", source=source))
    return outcomes


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders expanded recursively (sorted, hidden entries skipped).

    A path that does not exist is kept, so that its import is reported as rejected rather than ignored.
    """
    expanded: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            expanded.extend(
                child
                for child in sorted(path.rglob("*"))
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
        else:
            expanded.append(path)
    return expanded


def extracted_fields(*, article: ProcessedArticle, outlets: dict[str, Outlet]) -> dict:
    """The Source fields the pipeline derives from the raw text (all but import provenance).

    ``outlet`` is the registry outlet the page names; an outlet the registry lacks is resolved by
    :func:`outlet_of` (it may create a row), not here.
    """
    meta = article.metadata
    dated = meta.published_at is not None
    return {
        "outlet": outlets.get(meta.outlet_key) if meta.outlet_key else None,
        "url": meta.url if meta.url and len(meta.url) <= _MAX_URL else "",
        "title": meta.title,
        "byline": list(meta.byline),
        "editor": meta.editor or "",
        "published_at": meta.published_at,
        "published_at_source": meta.published_at_source if dated else Source.DateSource.NONE,
        "published_at_confidence": meta.published_at_confidence if dated else 0.0,
        "published_at_note": (meta.published_at_note or "")[:300],
        "published_at_precision": meta.published_at_precision if dated else "",
        "published_at_display_date": meta.published_at_display_date if dated else False,
        "dateline": meta.dateline or "",
        "language": meta.language,
        "cited_outlets": list(meta.cited_outlets),
        "correction_notice": meta.correction_notice,
        "provenance": [asdict(item) for item in meta.provenance],
        "body": article.body,
        "removed_lines": [
            {"line": line.line_no, "text": line.text, "kind": line.kind, "reason": line.reason}
            for line in article.removed
        ],
        "content_hash": article.content_hash,
    }


def outlet_of(*, article: ProcessedArticle, name: str, context: ImportContext) -> Outlet | None:
    """The Outlet row of an article: its registry outlet, or the unconfirmed one it proposes (found or
    created, inside the caller's transaction)."""
    meta = article.metadata
    if meta.outlet_key:
        return context.outlets.get(meta.outlet_key)
    if meta.new_outlet is None:
        return None
    evidence = next((item for item in meta.provenance if item.field == "outlet"), None)
    seen = f"{Path(name).name}: {evidence.text} ({evidence.how})" if evidence else Path(name).name
    return find_or_propose_outlet(sighting=meta.new_outlet, seen_in=seen, known=context.outlets)


def _new_source(cleaned: _Cleaned, *, context: ImportContext) -> Source:
    """The unsaved Source of a cleaned file (an outlet it proposes is saved already)."""
    fields = extracted_fields(article=cleaned.article, outlets=context.outlets)
    fields["outlet"] = outlet_of(article=cleaned.article, name=cleaned.name, context=context)
    return Source(
        **fields,
        raw_text=cleaned.article.raw_text,
        original_filename=Path(cleaned.name).name[:255],
        encoding=cleaned.encoding,
        import_channel=context.channel,
        imported_by=context.imported_by,
    )

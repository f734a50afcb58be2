"""Importing raw articles: one service behind the command, the admin upload and the API.

Each article is imported in its own transaction: a rejected file leaves no trace and the others land.
The content hash (unique in the database) makes re-importing an article a no-op, also when several
imports of it race.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction

from ingest.models import Outlet, Source
from ingest.pipeline import ProcessedArticle, process_article
from ingest.pipeline.decode import decode_bytes
from ingest.pipeline.errors import IngestError
from ingest.pipeline.outlets import OutletProfile
from ingest.selectors import outlet_profiles, outlets_by_slug, source_by_hash

logger = logging.getLogger(__name__)

Status = Literal["created", "unchanged", "rejected"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_PREFIXES = ("<!doctype html", "<html")
#: Files per batch in import_files: one query looks their hashes up, one transaction inserts the new ones.
IMPORT_BATCH_SIZE = 100


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: its name, the status, a clear error message, and the Source."""

    name: str
    status: Status
    error: str | None = None
    source: Source | None = None


@dataclass
class ImportContext:
    """What one batch of imports shares: the outlet registry is read once, not once per file."""

    channel: str
    imported_by: AbstractBaseUser | None = None
    max_bytes: int = field(default_factory=lambda: settings.INGEST_MAX_BYTES)
    profiles: Sequence[OutletProfile] = ()
    outlets: dict[str, Outlet] = field(default_factory=dict)

    @classmethod
    def load(cls, *, channel: str, imported_by: AbstractBaseUser | None = None) -> ImportContext:
        return cls(
            channel=channel,
            imported_by=imported_by,
            profiles=outlet_profiles(),
            outlets=outlets_by_slug(),
        )


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


def import_article(*, data: bytes, name: str, context: ImportContext) -> ImportOutcome:
    """Decode, clean and store one article. Never raises for bad input: the outcome says what went wrong."""
    cleaned = _clean(data=data, name=name, context=context)
    if isinstance(cleaned, ImportOutcome):
        return cleaned
    return _store(cleaned, context=context)


def import_files(
    *, files: Iterable[tuple[str, bytes]], context: ImportContext, batch_size: int = IMPORT_BATCH_SIZE
) -> Iterator[ImportOutcome]:
    """Import many files, with the same outcomes as ``import_article`` for each, in batches.

    A batch is cleaned file by file; then one query finds the articles already imported and one
    transaction inserts the new ones. Should that insert lose a race (another import of one of the
    articles committed meanwhile), the batch is stored file by file, each in its own transaction, like
    ``import_article``. Rejected files never reach the database either way.
    """
    batch: list[tuple[str, bytes]] = []
    for name, data in files:
        batch.append((name, data))
        if len(batch) >= batch_size:
            yield from _import_batch(batch, context=context)
            batch = []
    if batch:
        yield from _import_batch(batch, context=context)


def _clean(*, data: bytes, name: str, context: ImportContext) -> _Cleaned | ImportOutcome:
    try:
        decoded = decode_bytes(data, max_bytes=context.max_bytes)
        article = process_article(
            decoded.text, profiles=context.profiles, is_html=looks_like_html(name, decoded.text)
        )
    except IngestError as exc:
        return ImportOutcome(name=name, status="rejected", error=str(exc))
    return _Cleaned(name=name, article=article, encoding=decoded.encoding)


def _store(cleaned: _Cleaned, *, context: ImportContext) -> ImportOutcome:
    name, article = cleaned.name, cleaned.article
    existing = source_by_hash(article.content_hash)
    if existing is not None:
        return ImportOutcome(name=name, status="unchanged", source=existing)
    try:
        with transaction.atomic():
            source = _new_source(cleaned, context=context)
            source.save(force_insert=True)
    except IntegrityError:
        # Another import of the same article committed first: the unique hash kept it to one row.
        existing = source_by_hash(article.content_hash)
        if existing is None:
            raise
        return ImportOutcome(name=name, status="unchanged", source=existing)
    logger.info("imported %s as source %s", name, source.pk)
    return ImportOutcome(name=name, status="created", source=source)


def _import_batch(files: list[tuple[str, bytes]], *, context: ImportContext) -> list[ImportOutcome]:
    cleaned = [_clean(data=data, name=name, context=context) for name, data in files]
    articles = [item for item in cleaned if isinstance(item, _Cleaned)]
    hashes = {item.article.content_hash for item in articles}
    stored = {
        source.content_hash: source
        for source in (Source.objects.with_outlet().filter(content_hash__in=hashes) if hashes else ())
    }
    new: dict[str, Source] = {}  # the first file of the batch with a new hash creates it
    for item in articles:
        digest = item.article.content_hash
        if digest not in stored and digest not in new:
            new[digest] = _new_source(item, context=context)
    if new:
        try:
            with transaction.atomic():
                Source.objects.bulk_create(new.values())
        except IntegrityError:
            return [
                item if isinstance(item, ImportOutcome) else _store(item, context=context) for item in cleaned
            ]
    outcomes = []
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


def import_path(*, path: Path, context: ImportContext) -> ImportOutcome:
    if not path.exists():
        return ImportOutcome(name=str(path), status="rejected", error=f"No such file or folder: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ImportOutcome(name=str(path), status="rejected", error=f"Cannot read {path}: {exc.strerror}")
    return import_article(data=data, name=str(path), context=context)


def extracted_fields(*, article: ProcessedArticle, outlets: dict[str, Outlet]) -> dict:
    """The Source fields the pipeline derives from the raw text (all but provenance)."""
    meta = article.metadata
    dated = meta.published_at is not None
    return {
        "outlet": outlets.get(meta.outlet_key) if meta.outlet_key else None,
        "title": meta.title,
        "byline": list(meta.byline),
        "editor": meta.editor or "",
        "published_at": meta.published_at,
        "published_at_source": meta.published_at_source if dated else Source.DateSource.NONE,
        "published_at_confidence": meta.published_at_confidence if dated else 0.0,
        "published_at_note": (meta.published_at_note or "")[:300],
        "dateline": meta.dateline or "",
        "language": meta.language,
        "cited_outlets": list(meta.cited_outlets),
        "body": article.body,
        "removed_lines": [
            {"line": line.line_no, "text": line.text, "kind": line.kind, "reason": line.reason}
            for line in article.removed
        ],
        "content_hash": article.content_hash,
    }


def _new_source(cleaned: _Cleaned, *, context: ImportContext) -> Source:
    """The unsaved Source of a cleaned file."""
    return Source(
        **extracted_fields(article=cleaned.article, outlets=context.outlets),
        raw_text=cleaned.article.raw_text,
        original_filename=Path(cleaned.name).name[:255],
        encoding=cleaned.encoding,
        import_channel=context.channel,
        imported_by=context.imported_by,
    )

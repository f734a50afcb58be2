"""Ingest pipeline: pasted or uploaded news pages in, a clean article and its metadata out.

Pure functions over text, no ORM and no Django, so that the rules can be tested on their own and
reused by the upload view, the import command and the background task alike. The steps, each in
its own module: ``decode`` (bytes to text), ``normalise`` (one canonical spelling), ``classify``
(content, header or clutter, line by line), ``publisher`` (who published it, from the page's
address and its text, known to the registry or not), ``metadata`` (title, people, dates, sources,
each with its provenance), ``html`` (saved web pages). The only exception raised on bad input is
:class:`IngestError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ingest.pipeline.classify import CONTENT, LineLabel, classify_lines, reads_as_prose
from ingest.pipeline.decode import DEFAULT_MAX_BYTES, DecodedText, decode_bytes
from ingest.pipeline.errors import IngestError
from ingest.pipeline.html import HtmlExtract, extract_html
from ingest.pipeline.metadata import ArticleMetadata, Provenance, extract_metadata
from ingest.pipeline.normalise import normalise_text
from ingest.pipeline.outlets import OutletProfile, load_default_profiles, profile_from_dict
from ingest.pipeline.publisher import OutletSighting, identify_publisher

__all__ = [
    "ArticleMetadata",
    "DecodedText",
    "HtmlExtract",
    "IngestError",
    "LineLabel",
    "OutletProfile",
    "OutletSighting",
    "ProcessedArticle",
    "Provenance",
    "RemovedLine",
    "clean_text",
    "content_hash",
    "decode_bytes",
    "load_default_profiles",
    "process_article",
    "profile_from_dict",
]

# Text (after decoding) is held to the same size as uploads: the limit protects the rules'
# running time as much as the database.
MAX_TEXT_CHARS = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class RemovedLine:
    """A line that is not part of the article body. ``line_no`` is 1-based, in the normalised text."""

    line_no: int
    text: str
    kind: str  # "header" | "clutter"
    reason: str


@dataclass(frozen=True)
class ProcessedArticle:
    """The outcome of ingesting one page. ``raw_text`` is exactly what was given."""

    raw_text: str
    body: str
    removed: tuple[RemovedLine, ...]
    metadata: ArticleMetadata
    content_hash: str


def content_hash(body: str) -> str:
    """sha256 of ``body`` with whitespace runs collapsed: copies differing in layout hash alike."""
    # str.split() splits on exactly the characters re's \s matches (checked over all of Unicode).
    canonical = " ".join(body.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def process_article(
    raw_text: str,
    *,
    profiles: Sequence[OutletProfile],
    is_html: bool = False,
    reference_date: date | None = None,
    url: str | None = None,
) -> ProcessedArticle:
    """Clean ``raw_text`` (a pasted page, or HTML when ``is_html``) and extract its metadata.

    ``url`` is the page's address when the caller knows it: its domain names the publisher.
    Raises :class:`IngestError` when there is nothing to ingest. Cleaning is idempotent:
    processing the returned body again returns the same body.
    """
    if len(raw_text) > MAX_TEXT_CHARS:
        raise IngestError(
            "too_large", f"Text is {len(raw_text):,} characters; the limit is {MAX_TEXT_CHARS:,} characters"
        )
    html = extract_html(raw_text) if is_html else None
    text = normalise_text(html.text if html is not None else raw_text)
    if not text:
        raise IngestError("empty", "Text is empty (nothing but whitespace or invisible characters)")
    lines = text.split("\n")
    cache: dict = {}  # what classify learns about each line's text, shared by both passes
    page_url = url or (html.url if html is not None else None)
    labels = _settled_labels(
        classify_lines(lines, profiles=profiles, cache=cache, url=page_url), profiles, None, cache
    )
    paragraphs = _paragraphs(labels)
    if not paragraphs:
        raise IngestError(
            "no_content", "No article text found: every line looks like page furniture or clutter"
        )
    # A page of nothing but a menu, a share bar and a copyright line can leave one menu word ("Beranda")
    # as its "body": stored, it would be an empty Source every later menu-only page duplicates. An article,
    # however short (a two-sentence wire brief), has at least one line that reads as a sentence.
    if not any(reads_as_prose(paragraph) for paragraph in paragraphs):
        raise IngestError(
            "no_content",
            "No article text: only page furniture (menus, share buttons, copyright lines) and no line "
            "that reads as a sentence",
        )
    lead = next(
        (label.index for label in labels if label.kind == CONTENT and label.reason != "correction"), None
    )
    publisher = identify_publisher(
        lines,
        profiles,
        lead=lead,
        url=url,
        html_domain=html.domain if html is not None else None,
        site_name=html.site_name if html is not None else None,
    )
    metadata = extract_metadata(
        labels, profiles=profiles, publisher=publisher, reference_date=reference_date, html=html, url=url
    )
    removed = tuple(
        RemovedLine(line_no=label.index + 1, text=label.text, kind=label.kind, reason=label.reason)
        for label in labels
        if label.kind != CONTENT and label.text
    )
    body = "\n\n".join(paragraphs)
    return ProcessedArticle(
        raw_text=raw_text, body=body, removed=removed, metadata=metadata, content_hash=content_hash(body)
    )


def clean_text(text: str, *, profiles: Sequence[OutletProfile] | None = None) -> str:
    """Just the cleaned body of ``text`` (default registry when ``profiles`` is None)."""
    chosen = load_default_profiles() if profiles is None else profiles
    return process_article(text, profiles=chosen).body


def _paragraphs(labels: Sequence[LineLabel]) -> list[str]:
    """Content lines as paragraphs; a dateline alone on its line opens the paragraph after it."""
    paragraphs: list[str] = []
    pending = ""
    for label in labels:
        if label.kind != CONTENT:
            continue
        if label.reason == "dateline":
            pending = f"{pending} {label.text}".strip()
            continue
        paragraphs.append(f"{pending} {label.text}".strip())
        pending = ""
    if pending:
        paragraphs.append(pending)
    return paragraphs


def _settled_labels(
    labels: list[LineLabel], profiles: Sequence[OutletProfile], outlet: OutletProfile | None, cache: dict
) -> list[LineLabel]:
    """Re-classify the body until it is stable, so that cleaning the body changes nothing.

    Context rules (header zone, repeated captions, footer) see a different neighbourhood once
    clutter is gone. Usually the body is already stable; when it is not, the lines that a second
    look rejects are rejected here too, under their original line numbers.
    """
    while True:
        content = [label for label in labels if label.kind == CONTENT]
        paragraphs = _paragraphs(content)
        if not paragraphs:
            return labels
        owners = _paragraph_owners(content)
        body_lines = "\n\n".join(paragraphs).split("\n")
        again = classify_lines(body_lines, profiles=profiles, outlet=outlet, cache=cache)
        reasons = {label.index: label.reason for label in content}
        # Besides lines rejected on a second look, a lone dateline seen only once the clutter around it
        # is gone (a byline between it and the lead) opens the lead now, as it would in the cleaned body.
        changed = {
            owners[k]: label
            for k, label in enumerate(again[::2])
            if label.kind != CONTENT or (label.reason == "dateline" and reasons[owners[k]] != "dateline")
        }
        if not changed:
            return labels
        labels = [
            _relabel(label, changed[label.index]) if label.index in changed else label for label in labels
        ]


def _paragraph_owners(content: Sequence[LineLabel]) -> list[int]:
    """For each paragraph of ``_paragraphs(content)``, the index of the line that carries its text."""
    owners: list[int] = []
    pending = False
    for label in content:
        if label.reason == "dateline":
            pending = True
            continue
        owners.append(label.index)
        pending = False
    if pending:
        owners.append(content[-1].index)
    return owners


def _relabel(label: LineLabel, verdict: LineLabel) -> LineLabel:
    return LineLabel(index=label.index, text=label.text, kind=verdict.kind, reason=verdict.reason)

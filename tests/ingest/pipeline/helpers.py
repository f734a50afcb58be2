"""Shared helpers for the pipeline tests (no fixtures, so the tests also run with --noconftest)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ingest.pipeline import ProcessedArticle, process_article
from ingest.pipeline.outlets import OutletProfile

Reader = Callable[..., ProcessedArticle]


def reader(*, reference_date: date, url: str | None = None) -> Reader:
    """A process_article over a page's lines, imported on `reference_date` from `url` unless told another."""

    def read(
        lines: Sequence[str], profiles: Sequence[OutletProfile], url: str | None = url
    ) -> ProcessedArticle:
        return process_article("\n".join(lines), profiles=profiles, url=url, reference_date=reference_date)

    return read

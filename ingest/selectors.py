"""Reads for the ingest app."""

from __future__ import annotations

from ingest.models import Outlet, Source
from ingest.pipeline.outlets import OutletProfile


def outlet_profiles() -> tuple[OutletProfile, ...]:
    """The registry the pipeline recognises publishers and credited wires with: every confirmed Outlet (1 query).

    An unconfirmed outlet (proposed by an import) is left out: its signatures are a guess until an editor
    confirms it.
    """
    return tuple(outlet.as_profile() for outlet in Outlet.objects.confirmed())


def outlets_by_slug() -> dict[str, Outlet]:
    return {outlet.slug: outlet for outlet in Outlet.objects.all()}


def source_by_hash(content_hash: str) -> Source | None:
    return Source.objects.with_outlet().filter(content_hash=content_hash).first()

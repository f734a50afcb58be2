"""Reads for the ingest app."""

from __future__ import annotations

from ingest.models import ImportBatch, ImportBatchFile, Outlet, Source
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


def upload_progress(*, batch_id: int) -> tuple[ImportBatch, list[ImportBatchFile]] | None:
    """An upload and its files in order, with what the progress page shows of each Source (2 queries).

    The files' raw bytes are never read here.
    """
    batch = ImportBatch.objects.filter(pk=batch_id).first()
    if batch is None:
        return None
    files = list(
        batch.files.select_related("source")
        .only(
            "batch_id",
            "position",
            "name",
            "status",
            "error",
            "source__id",
            "source__title",
            "source__body",
            "source__near_duplicate_of",
            "source__near_duplicate_similarity",
        )
        .order_by("position")
    )
    return batch, files

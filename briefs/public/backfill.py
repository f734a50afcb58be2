"""Rebuild the public rows from the public revisions alone, for a database that predates them.

Replays every published and superseded revision in the order it was published, as the publish
transaction would have (briefs/public/publication.py), but writes no change-feed events: partners were
told about those publications when they happened. A revision assembled before revisions stored their
cited material (``BriefRevision.cited`` empty) has it read from the live rows once, here.
"""

from __future__ import annotations

from django.db import transaction

from briefs.models import (
    BriefRevision,
    PublicActor,
    PublicCitation,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
)
from briefs.public.publication import write_public_rows


def backfill_after_migrate(*, using: str = "default", **kwargs) -> None:
    """post_migrate: a database with public revisions but no public rows (one that predates them) gets
    them, with the code and schema of this release. Anything else is left alone."""
    if using != "default":
        return
    if PublicCitation.objects.exists() or not BriefRevision.objects.public().exists():
        return
    rebuild_public_rows()
    from briefs.page_cache import purge_reader_pages  # the web app's module, not needed by the rebuild

    purge_reader_pages()


@transaction.atomic
def rebuild_public_rows() -> int:
    """Replace every public row with the replay of the public revisions; returns how many were replayed."""
    for model in (PublicCitation, PublicKeyPoint, PublicClaim, PublicSource, PublicActor, PublicOutlet):
        model.objects.all().delete()
    previous: dict[int, BriefRevision] = {}
    replayed = 0
    for revision in (
        BriefRevision.objects.public()
        .select_related("brief")
        # Of the brief, only what a publication writes: migration 0013 runs this before later migrations
        # add the brief's other columns.
        .only("brief_id", "number", "status", "published_at", "content", "cited", "brief__slug")
        .order_by("published_at", "pk")
        .iterator()
    ):
        write_public_rows(revision=revision, superseded=previous.get(revision.brief_id))
        previous[revision.brief_id] = revision
        replayed += 1
    return replayed

"""Re-running the pipeline over a Source's raw text, e.g. after the cleaning rules improved; audited."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from ingest.models import Source
from ingest.pipeline import process_article
from ingest.services.copies import store_sketches
from ingest.services.importing import ImportContext, extracted_fields, looks_like_html, outlet_of
from ingest.services.source_audit import audited_values
from ingest.signals import source_body_changed
from ops.services.audit import record_audit


@transaction.atomic
def reclean_source(*, source: Source, context: ImportContext) -> bool:
    """Refresh the body and the extracted metadata; fields an editor corrected are kept. True if changed.

    Audited as the system's doing (no user): the command runs it, not an editor."""
    article = process_article(
        source.raw_text,
        profiles=context.profiles,
        is_html=looks_like_html(source.original_filename, source.raw_text),
        url=source.url or None,
    )
    extracted = extracted_fields(article=article, outlets=context.outlets)
    if "outlet" not in source.corrected_fields:
        extracted["outlet"] = outlet_of(article=article, name=source.original_filename, context=context)
    # The address is the editor's or the import's; a page cleaned again keeps it.
    extracted["url"] = source.url or extracted["url"]
    # The date fields travel together: an editor's date keeps its source, confidence and note.
    date_fields = {
        "published_at",
        "published_at_source",
        "published_at_confidence",
        "published_at_note",
        "published_at_precision",
        "published_at_display_date",
    }
    kept = set(source.corrected_fields) | (
        date_fields if "published_at" in source.corrected_fields else set()
    )
    updates = {
        name: value
        for name, value in extracted.items()
        if name not in kept and getattr(source, name) != value
    }
    if not updates:
        return False
    previous_body = source.body
    before = audited_values(source, updates)
    Source.objects.filter(pk=source.pk).update(**updates, version=F("version") + 1)
    source.refresh_from_db()
    record_audit(
        user=None,
        action="source.reclean",
        target=source,
        before=before,
        after=audited_values(source, updates),
    )
    if "body" in updates:
        store_sketches(sources=[source])
        source_body_changed.send(sender=Source, source=source, previous_body=previous_body, user=None)
    return True

"""Editors' corrections to a Source's metadata, refused when somebody else saved in between; audited."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ingest.models import Source
from ingest.services.copies import store_sketches
from ingest.services.source_audit import audited_values
from ingest.signals import source_body_changed
from ops.services.audit import edited_values, record_audit

CORRECTABLE_FIELDS = (
    "body",
    "url",
    "outlet",
    "title",
    "byline",
    "editor",
    "published_at",
    "published_at_precision",
    "dateline",
    "language",
    "cited_outlets",
    "copy_of",
)


class StaleEdit(Exception):
    """The row changed since the editor loaded it; saving would overwrite somebody else's work."""

    def __init__(self, source: Source) -> None:
        super().__init__(
            f"“{source}” was changed by someone else while you were editing it. "
            "Reload the page to see their changes, then apply yours again."
        )


def _with_precision(source: Source, edits: dict[str, Any]) -> dict[str, Any]:
    """A date always has a precision and no date has none: a new date without one keeps the old
    precision, or is taken as a full timestamp."""
    if "published_at" not in edits and "published_at_precision" not in edits:
        return edits
    edits = dict(edits)
    dated = edits.get("published_at", source.published_at) is not None
    precision = edits.get("published_at_precision", source.published_at_precision)
    edits["published_at_precision"] = (
        (precision or source.published_at_precision or "minute") if dated else ""
    )
    return edits


@transaction.atomic
def correct_source(
    *, source: Source, edits: dict[str, Any], user: User | None, expected_version: int
) -> Source:
    """Apply an editor's metadata corrections; they are remembered so that re-cleaning keeps them."""
    unknown = set(edits) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ValueError(f"not correctable: {', '.join(sorted(unknown))}")
    edits = _with_precision(source, edits)
    changed = {name: value for name, value in edits.items() if getattr(source, name) != value}
    if not changed:
        if Source.objects.filter(pk=source.pk, version=expected_version).exists():
            return source
        raise StaleEdit(source)
    updates: dict[str, Any] = dict(changed)
    if {"published_at", "published_at_precision"} & set(changed):
        # An editor's date is a fact: confirmed by them, shown to readers, kept by re-cleaning.
        dated = edits.get("published_at", source.published_at) is not None
        updates["published_at_source"] = Source.DateSource.EDITOR if dated else "none"
        updates["published_at_confidence"] = 1.0 if dated else 0.0
        updates["published_at_note"] = f"Set by {user}" if user else "Set by an editor"
        updates["published_at_display_date"] = False
        updates["published_at_confirmed_by"] = user if dated and user is not None and user.pk else None
        updates["published_at_confirmed_at"] = timezone.now() if dated else None
        changed.setdefault("published_at", source.published_at)
    before = audited_values(source, updates)
    updates["corrected_fields"] = sorted(set(source.corrected_fields) | set(changed))
    updated = Source.objects.filter(pk=source.pk, version=expected_version).update(
        **updates, version=F("version") + 1, updated_at=timezone.now()
    )
    if updated == 0:
        raise StaleEdit(source)
    previous_body = source.body
    source.refresh_from_db()
    old, new = edited_values(before, audited_values(source, before))
    record_audit(user=user, action="source.correct", target=source, before=old, after=new)
    if "body" in changed:
        store_sketches(sources=[source])
        source_body_changed.send(sender=Source, source=source, previous_body=previous_body, user=user)
    return source

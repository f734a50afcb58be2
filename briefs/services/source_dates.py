"""Editors vouch for a source's publication date: confirm it as it is, or correct it. Both are audited.

Readers never see a guessed date as a fact (ingest/publication_dates.py): a date below
``SOURCE_DATE_MIN_CONFIDENCE`` or taken for the page's display date waits for an editor, and a brief that
cites such a source is not published until someone confirms it (briefs/services/publishing.py).
Confirming keeps the value, so the assembled snapshot does not change; correcting changes it, so the
briefs citing the source are assembled again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from briefs.models import Proposition
from briefs.services.triggers import request_assembly
from ingest.models import Source
from ingest.publication_dates import PublicationDate
from ingest.services.corrections import correct_source
from ops.services.audit import record_audit


def _date_record(source: Source) -> dict:
    return {
        "published_at": source.published_at.isoformat() if source.published_at else None,
        "precision": source.published_at_precision,
        "source": source.published_at_source,
        "confidence": source.published_at_confidence,
        "display_date": source.published_at_display_date,
        "confirmed": source.published_at_confirmed_at is not None,
    }


@transaction.atomic
def confirm_source_dates(*, source_ids: Iterable[int], user: User, note: str = "") -> list[Source]:
    """Mark the sources' dates as confirmed by ``user``, values unchanged; already confirmed ones are left
    alone. A source without a date has nothing to confirm: ValidationError (nothing is changed)."""
    sources = list(Source.objects.select_for_update().filter(pk__in=list(source_ids)).order_by("pk"))
    undated = [source for source in sources if source.published_at is None]
    if undated:
        names = ", ".join(f"#{source.pk}" for source in undated)
        raise ValidationError(f"No publication date to confirm on source {names}: set the date instead.")
    now = timezone.now()
    confirmed = []
    for source in sources:
        if source.published_at_confirmed_at is not None:
            continue
        before = _date_record(source)
        Source.objects.filter(pk=source.pk).update(
            published_at_confirmed_by=user if user.is_authenticated else None,
            published_at_confirmed_at=now,
            # Re-cleaning keeps a date an editor vouched for.
            corrected_fields=sorted({*source.corrected_fields, "published_at"}),
            version=F("version") + 1,
            updated_at=now,
        )
        source.refresh_from_db()
        record_audit(
            user=user,
            action="date_confirmed",
            target=source,
            before=before,
            after=_date_record(source),
            note=note,
        )
        confirmed.append(source)
    return confirmed


def record_date_change(*, before: Source, after: Source, user: User | None, note: str = "") -> None:
    """Audit an editor's change of a source's date, if there was one, and assemble the briefs citing it."""
    old, new = _date_record(before), _date_record(after)
    if old == new:
        return
    record_audit(user=user, action="date_corrected", target=after, before=old, after=new, note=note)
    request_assembly(
        brief_ids=Proposition.objects.filter(claims__source=after).values_list("brief_id", flat=True)
    )


@transaction.atomic
def correct_source_date(
    *,
    source: Source,
    published_at: dt.datetime,
    precision: str,
    user: User | None,
    note: str = "",
) -> Source:
    """Set the date an editor established ("Nov 2022" is the first of the month at "month" precision);
    the briefs citing the source are assembled again."""
    before = _date_record(source)
    corrected = correct_source(
        source=source,
        edits={"published_at": published_at, "published_at_precision": precision},
        user=user,
        expected_version=source.version,
    )
    after = _date_record(corrected)
    if after != before:
        record_audit(
            user=user, action="date_corrected", target=corrected, before=before, after=after, note=note
        )
        request_assembly(
            brief_ids=Proposition.objects.filter(claims__source=corrected).values_list("brief_id", flat=True)
        )
    return corrected


@dataclass(frozen=True)
class DateToCheck:
    """A cited source whose date blocks publication: ``unconfirmed`` (a guess nobody vouched for) or
    ``changed`` (corrected after the revision was assembled: the newer revision has the right date)."""

    source: Source
    date: PublicationDate
    problem: str


def dates_to_check(*, content: dict) -> list[DateToCheck]:
    """The sources a revision cites whose dates are not facts yet, or no longer what it says (1 query)."""
    assembled = {entry["id"]: entry.get("published") for entry in content.get("sources", [])}
    found = []
    for source in Source.objects.filter(pk__in=list(assembled)).select_related("outlet").order_by("pk"):
        date = source.publication_date()
        shown = assembled[source.pk]
        if shown is not None and (shown["value"], shown["precision"]) != (date.value, date.precision):
            found.append(DateToCheck(source=source, date=date, problem="changed"))
        elif date.needs_confirmation:
            found.append(DateToCheck(source=source, date=date, problem="unconfirmed"))
    return found

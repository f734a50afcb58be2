"""Is a source's publication date a fact? Its local value at its precision, and who vouches for it.

An imported date is a guess with a confidence (ingest/pipeline/metadata.py). Readers see it as the
publication date only when an editor confirmed it, or when the importer was sure enough
(``SOURCE_DATE_MIN_CONFIDENCE``) and did not take it for the page's display date. A date-only value is
a calendar day in ``TIME_ZONE`` ("2023-12-04"), never the midnight it is stored as; a month is "2022-11".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils.timezone import localtime

from ingest.pipeline.dates import PUBLICATION_PRECISIONS

CONFIRMED = "confirmed"  # an editor confirmed or set it
EXTRACTED = "extracted"  # the importer is sure enough
UNCONFIRMED = "unconfirmed"  # a guess or a display date, waiting for an editor
UNKNOWN = "unknown"  # no date at all
STATUSES = (CONFIRMED, EXTRACTED, UNCONFIRMED, UNKNOWN)
#: The precisions a publication date reports: those of a stored date, or none at all.
PRECISIONS = (*PUBLICATION_PRECISIONS, UNKNOWN)


@dataclass(frozen=True)
class PublicationDate:
    """``value``: ISO 8601 at the precision ("2023-10-27T17:33:00+07:00", "2023-10-17", "2022-11"), or None.
    ``precision``: "minute", "day", "month" or "unknown"."""

    value: str | None
    precision: str
    status: str

    @property
    def is_fact(self) -> bool:
        """Readers may be shown it as the publication date."""
        return self.status in (CONFIRMED, EXTRACTED)

    @property
    def needs_confirmation(self) -> bool:
        return self.status == UNCONFIRMED


def local_value(moment: dt.datetime, precision: str) -> str:
    """The stored instant written at its precision, in the local time zone."""
    local = localtime(moment)
    if precision == "minute":
        return local.isoformat()
    if precision == "month":
        return local.strftime("%Y-%m")
    return local.date().isoformat()


def publication_date(
    *,
    published_at: dt.datetime | None,
    precision: str,
    confidence: float,
    display_date: bool,
    confirmed: bool,
) -> PublicationDate:
    if published_at is None:
        return PublicationDate(value=None, precision=UNKNOWN, status=UNKNOWN)
    if confirmed:
        status = CONFIRMED
    elif display_date or confidence < settings.SOURCE_DATE_MIN_CONFIDENCE:
        status = UNCONFIRMED
    else:
        status = EXTRACTED
    return PublicationDate(value=local_value(published_at, precision), precision=precision, status=status)

"""The claims and sources of one assembly, indexed by id, and the citations that point into them.

A citation is ``{"claim_id", "source_id", "outlet", "quote", "said_on", "published",
"published_precision"}``, plus ``"quote_english"`` when the editors rendered the quote in English: ``said_on`` is the day the words were said (ISO date or None), ``published``
the source's publication date written at its precision ("2023-10-27T17:33:00+07:00", "2023-10-17",
"2022-11", or None when unknown) and ``published_precision`` "minute", "day", "month" or "unknown".
Citations sort by their source's publication time (undated sources last), then by claim id; sources
sort the same way, then by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from .dates import EventDate, event_date, parse_timestamp
from .inputs import ClaimIn, SourceIn

_UNDATED = dt.datetime.min.replace(tzinfo=dt.UTC)
_PRECISION_LENGTH = {"day": len("2023-10-17"), "month": len("2023-10")}


def _last_of_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - dt.timedelta(days=1)


def published_date(source: SourceIn) -> dict:
    """``{"value", "precision"}``: the local date at its precision, or None and "unknown"."""
    if source.published_at is None:
        return {"value": None, "precision": "unknown"}
    length = _PRECISION_LENGTH.get(source.published_precision)
    value = source.published_at if length is None else source.published_at[:length]
    return {"value": value, "precision": source.published_precision}


class Corpus:
    def __init__(self, claims: Sequence[ClaimIn], sources: Sequence[SourceIn]) -> None:
        self.sources: dict[int, SourceIn] = {}
        for source in sources:
            if source.id in self.sources:
                raise ValueError(f"source {source.id} given twice")
            self.sources[source.id] = source
        self.claims: dict[int, ClaimIn] = {}
        for claim in claims:
            if claim.id in self.claims:
                raise ValueError(f"claim {claim.id} given twice")
            if claim.source_id not in self.sources:
                raise ValueError(f"claim {claim.id} cites source {claim.source_id}, which was not given")
            self.claims[claim.id] = claim
        self._published: dict[int, tuple] = {}
        for source in self.sources.values():
            moment = parse_timestamp(source.published_at)
            self._published[source.id] = (True, _UNDATED) if moment is None else (False, moment)
        self._claim_keys: dict[int, tuple] = {
            claim.id: (*self._published[claim.source_id], claim.id) for claim in self.claims.values()
        }
        # Each claim's place in citation order, so that sorting needs no key function.
        self._rank: dict[int, int] = {
            claim_id: rank
            for rank, claim_id in enumerate(sorted(self._claim_keys, key=self._claim_keys.__getitem__))
        }
        self._citations: dict[int, dict] = {}
        self._event_dates: dict[int, EventDate | None] = {}
        self._published_dates: dict[int, dict] = {}
        self._published_by: dict[int, dt.date | None] = {}

    def published(self, source_id: int) -> dict:
        """The source's publication date as in ``published_date``, computed once (read-only)."""
        found = self._published_dates.get(source_id)
        if found is None:
            found = self._published_dates[source_id] = published_date(self.sources[source_id])
        return found

    def published_by(self, source_id: int) -> dt.date | None:
        """The last day the source can have been published: its local publication day, the last day of
        its month for a "month" date; None when unknown. Computed once."""
        try:
            return self._published_by[source_id]
        except KeyError:
            source = self.sources[source_id]
            last = None
            if source.published_at is not None:
                day = dt.date.fromisoformat(source.published_at[:10])
                last = _last_of_month(day) if source.published_precision == "month" else day
            self._published_by[source_id] = last
            return last

    def stated_by(self, claim: ClaimIn) -> dt.date | None:
        """The last day the claim's words can have been said: the day they were said, else the last day
        its source can have been published; None when neither is known."""
        if claim.said_on is None:
            return self.published_by(claim.source_id)
        when = event_date(claim.said_on, None, claim.said_on_precision)
        return when.days[1] if when is not None else claim.said_on

    def source_key(self, source_id: int) -> tuple:
        return (*self._published[source_id], source_id)

    def claim_key(self, claim: ClaimIn) -> tuple:
        return self._claim_keys[claim.id]

    def event_date(self, claim: ClaimIn) -> EventDate | None:
        """The claim's normalised event date, computed once."""
        try:
            return self._event_dates[claim.id]
        except KeyError:
            when = self._event_dates[claim.id] = event_date(
                claim.event_start, claim.event_end, claim.event_precision
            )
            return when

    def outlet(self, claim: ClaimIn) -> str:
        return self.sources[claim.source_id].outlet

    def citation(self, claim_id: int) -> dict:
        """A new dict each time, so no two places in a snapshot share one."""
        template = self._citations.get(claim_id)
        if template is None:
            claim = self.claims[claim_id]
            source = self.sources[claim.source_id]
            published = self.published(source.id)
            template = self._citations[claim_id] = {
                "claim_id": claim.id,
                "source_id": source.id,
                "outlet": source.outlet,
                "quote": claim.quote,
                "said_on": claim.said_on.isoformat() if claim.said_on else None,
                "published": published["value"],
                "published_precision": published["precision"],
            }
            # Only when coarser than a day: a snapshot of day-precise claims hashes as it did before.
            if claim.said_on is not None and claim.said_on_precision != "day":
                template["said_on_precision"] = claim.said_on_precision
            # Only when there is one: a snapshot without translations hashes as it did before they existed.
            if claim.quote_english.strip():
                template["quote_english"] = claim.quote_english.strip()
        return template.copy()

    def citations(self, claim_ids: Iterable[int]) -> list[dict]:
        """Citations of the given claim ids, in citation order."""
        citation = self.citation
        return [citation(claim_id) for claim_id in sorted(claim_ids, key=self._rank.__getitem__)]

    def source_entry(self, source_id: int) -> dict:
        source = self.sources[source_id]
        return {
            "id": source.id,
            "outlet": source.outlet,
            "outlet_kind": source.outlet_kind,
            "title": source.title,
            "published": dict(self.published(source_id)),
            "cited_outlets": list(source.cited_outlets),
        }

    def newest_date(self, source_ids: Iterable[int]) -> dict | None:
        """The publication date of the most recently published of these sources (None if none is dated)."""
        dated = [source_id for source_id in source_ids if not self._published[source_id][0]]
        if not dated:
            return None
        newest = max(dated, key=lambda source_id: (self._published[source_id][1], source_id))
        return dict(self.published(newest))

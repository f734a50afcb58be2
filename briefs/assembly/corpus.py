"""The claims and sources of one assembly, indexed by id, and the citations that point into them.

A citation is ``{"claim_id", "source_id", "outlet", "quote", "published_at"}``. Citations sort by their
source's publication time (undated sources last), then by claim id; sources sort the same way, then by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from .dates import EventDate, event_date, parse_timestamp
from .inputs import ClaimIn, SourceIn

_UNDATED = dt.datetime.min.replace(tzinfo=dt.UTC)


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
            claim_id: rank for rank, claim_id in enumerate(sorted(self._claim_keys, key=self._claim_keys.get))
        }
        self._citations: dict[int, dict] = {}
        self._event_dates: dict[int, EventDate | None] = {}

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
            template = self._citations[claim_id] = {
                "claim_id": claim.id,
                "source_id": source.id,
                "outlet": source.outlet,
                "quote": claim.quote,
                "published_at": source.published_at,
            }
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
            "published_at": source.published_at,
            "published_at_confidence": source.published_at_confidence,
            "cited_outlets": list(source.cited_outlets),
        }

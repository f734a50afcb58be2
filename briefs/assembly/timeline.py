"""The brief's timeline: dated key points and dated claims, deduplicated, in date order.

Entries:

* one per key point with an event date; it cites the linked claims whose own event date is the same
  (after normalisation), and those claims get no entry of their own;
* one per distinct (event date, text, first key point) among the other claims with an event date, where
  the text is the claim's paraphrase, or its quote when there is none, and the key point is the first one
  (in brief order) the claim is linked to, or None. Claims that coincide share one entry and all cite it.

Ordering rule: every entry sorts at the first day of its period (a "Sep 2023" entry at 1 September, a
"2023" entry at 1 January, a range at its start). On the same start date the finer precision comes first:
day, then range (shorter first), then month, then year; then by text, then by key point order (key point
entries before claim entries on ties). So "1 Sep 2023" < "Sep 2023" < "7 Sep 2023" < "7 Sep – 1 Oct 2023"
< "13 Sep 2023": a month entry leads the rest of its month but follows a day entry dated the 1st.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .corpus import Corpus
from .dates import EventDate, event_date
from .inputs import ClaimIn, KeyPointIn


def _entry(when: EventDate, text: str, key_point_id: int | None, citations: list[dict]) -> dict:
    return {
        "date": when.start.isoformat(),
        "end": when.end.isoformat() if when.end else None,
        "precision": when.precision,
        "label": when.label,
        "text": text,
        "key_point_id": key_point_id,
        "citations": citations,
    }


def timeline(
    key_points: Sequence[KeyPointIn],
    linked: Mapping[int, Sequence[ClaimIn]],
    claims: Sequence[ClaimIn],
    key_points_of: Mapping[int, Sequence[int]],
    corpus: Corpus,
) -> list[dict]:
    """``key_points`` in brief order; ``linked`` maps a key point id to its claims; ``key_points_of`` a
    claim id to its key point ids in brief order."""
    rank = {point.id: index for index, point in enumerate(key_points)}
    dates: dict[int, EventDate | None] = {claim.id: corpus.event_date(claim) for claim in claims}
    entries: list[tuple[tuple, dict]] = []
    absorbed: set[int] = set()
    for point in key_points:
        when = event_date(point.event_start, point.event_end, point.event_precision)
        if when is None:
            continue
        same = [claim for claim in linked[point.id] if dates[claim.id] == when]
        absorbed.update(claim.id for claim in same)
        entries.append(
            (
                (when.sort_key, point.statement, (rank[point.id], 0)),
                _entry(when, point.statement, point.id, corpus.citations(claim.id for claim in same)),
            )
        )
    groups: dict[tuple[EventDate, str, int | None], list[int]] = {}
    for claim in claims:
        when = dates[claim.id]
        if when is None or claim.id in absorbed:
            continue
        points = key_points_of.get(claim.id)
        text = claim.paraphrase.strip() or claim.quote
        groups.setdefault((when, text, points[0] if points else None), []).append(claim.id)
    for (when, text, point_id), members in groups.items():
        order = len(key_points) if point_id is None else rank[point_id]
        entries.append(
            ((when.sort_key, text, (order, 1)), _entry(when, text, point_id, corpus.citations(members)))
        )
    entries.sort(key=lambda item: item[0])
    return [entry for _, entry in entries]

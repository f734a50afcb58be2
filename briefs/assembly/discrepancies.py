"""Conflicts between the claims linked to one key point: figures and event dates.

Figures conflict when claims from at least two different sources give different values for the same unit
with comparable qualifiers. Comparable qualifiers: "exactly" and "about" (a point figure); "at least" and
"more than" (a lower bound); "up to" and "less than" (an upper bound). "exactly 1,000" and "about 1,000"
agree; "more than 1,000" and "more than 2,000" are reported.

Dates conflict when two claims from different sources have event start dates that differ at the finest
precision both have: "1 Sep 2023" and "7 Sep 2023" conflict, "Sep 2023" and "7 Sep 2023" do not,
"2023" and "Sep 2022" do. A range's start counts as a day. This is checked level by level (year, then
month within a year, then day within a month) in linear time; at each level, a bucket with two different
values and two different sources always contains a conflicting pair from different sources.

Each discrepancy is ``{"kind": "figure" | "date", "subject", "description", "values": [...]}`` and lists
every value of its group (a figure) or every dated claim (a date), so the reviewer sees the whole picture.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from .corpus import Corpus
from .dates import EventDate, date_label
from .figures import QUALIFIER_RANK, amount_label, figure_key, normal_value
from .inputs import ClaimIn

QUALIFIER_CLASS = {
    "exactly": "point",
    "about": "point",
    "at_least": "lower",
    "more_than": "lower",
    "up_to": "upper",
    "less_than": "upper",
}
_CLASS_WORDS = {"point": "", "lower": " (lower bound)", "upper": " (upper bound)"}
_CLASS_RANK = {"point": 0, "lower": 1, "upper": 2}


def _outlets_by_label(entries: list[tuple[str, ClaimIn]], corpus: Corpus) -> str:
    outlets: dict[str, set[str]] = {}
    for label, claim in entries:
        outlets.setdefault(label, set()).add(corpus.outlet(claim))
    return " vs ".join(f"{label} ({', '.join(sorted(names))})" for label, names in outlets.items())


def figure_discrepancies(claims: Sequence[ClaimIn], corpus: Corpus) -> list[dict]:
    groups: dict[tuple[str, str], set[tuple[Decimal, str, int]]] = defaultdict(set)
    for claim in claims:
        for figure in claim.figures:
            unit, qualifier, value = figure_key(figure)
            groups[unit, QUALIFIER_CLASS[qualifier]].add((value, qualifier, claim.id))
    found = []
    for unit, kind in sorted(groups, key=lambda k: (k[0], _CLASS_RANK[k[1]])):
        members = [(value, qualifier, corpus.claims[i]) for value, qualifier, i in groups[unit, kind]]
        if len({value for value, _, _ in members}) < 2 or len({c.source_id for _, _, c in members}) < 2:
            continue
        ordered = sorted(members, key=lambda m: (m[0], QUALIFIER_RANK[m[1]], corpus.claim_key(m[2])))
        subject = f"{unit}{_CLASS_WORDS[kind]}"
        found.append(
            {
                "kind": "figure",
                "subject": subject,
                "description": f"Sources differ on {subject}: "
                + _outlets_by_label([(amount_label(q, v), c) for v, q, c in ordered], corpus),
                "values": [
                    {
                        "value": normal_value(value),
                        "qualifier": qualifier,
                        "unit": unit,
                        "claim_id": claim.id,
                        "source_id": claim.source_id,
                        "outlet": corpus.outlet(claim),
                    }
                    for value, qualifier, claim in ordered
                ],
            }
        )
    return found


def _conflicting(buckets: dict[object, tuple[set, set]]) -> bool:
    return any(len(values) > 1 and len(sources) > 1 for values, sources in buckets.values())


def _add(buckets: dict[object, tuple[set, set]], parent: object, value: int, source_id: int) -> None:
    bucket = buckets.get(parent)
    if bucket is None:
        bucket = buckets[parent] = (set(), set())
    bucket[0].add(value)
    bucket[1].add(source_id)


def _dates_conflict(dated: list[tuple[EventDate, ClaimIn]]) -> bool:
    years: dict[object, tuple[set, set]] = {}
    months: dict[object, tuple[set, set]] = {}
    days: dict[object, tuple[set, set]] = {}
    for when, claim in dated:
        start, precision, source_id = when.start, when.precision, claim.source_id
        _add(years, None, start.year, source_id)
        if precision != "year":
            _add(months, start.year, start.month, source_id)
            if precision != "month":
                _add(days, (start.year, start.month), start.day, source_id)
    return _conflicting(years) or _conflicting(months) or _conflicting(days)


def date_discrepancy(claims: Sequence[ClaimIn], corpus: Corpus) -> dict | None:
    dated = []
    for claim in claims:
        when = corpus.event_date(claim)
        if when is not None:
            dated.append((when, claim))
    if len(dated) < 2 or not _dates_conflict(dated):
        return None
    dated.sort(key=lambda item: (item[0].sort_key, corpus.claim_key(item[1])))

    def start_label(when: EventDate) -> str:
        return date_label(when.start, "day" if when.precision == "range" else when.precision)

    return {
        "kind": "date",
        "subject": "event start",
        "description": "Sources differ on when it started: "
        + _outlets_by_label([(start_label(when), claim) for when, claim in dated], corpus),
        "values": [
            {
                "value": when.start.isoformat(),
                "precision": when.precision,
                "label": when.label,
                "claim_id": claim.id,
                "source_id": claim.source_id,
                "outlet": corpus.outlet(claim),
            }
            for when, claim in dated
        ],
    }


def discrepancies(claims: Sequence[ClaimIn], corpus: Corpus) -> list[dict]:
    found = []
    dates = date_discrepancy(claims, corpus)
    if dates is not None:
        found.append(dates)
    found.extend(figure_discrepancies(claims, corpus))
    return found

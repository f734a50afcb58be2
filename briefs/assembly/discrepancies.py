"""Conflicts between the claims linked to one key point: figures and event dates.

Two figures conflict only when they cannot both be true of the same thing at the same time: the same
unit, dates that overlap (or both unknown; a figure with a date is never compared with one without),
different claims (one claim's "between 1,000 and 2,000" is no dispute), and intervals with no number in common (``figures.interval``). So two lower
bounds never conflict ("more than 1,000" and "more than 2,000" are both true of 2,500), nor do counts at
different dates (a progression, shown by ``figures.key_point_figures``); "exactly 1,000" and "exactly
1,200" said on the same day do, and so do "more than 1,000" and "up to 800". Units that differ are
never compared. One discrepancy per unit lists each conflicting figure once, with its reports' outlets.

Dates are compared among the key point's claims whose dates belong to it (their home on the timeline,
``timeline.date_homes``): a claim linked to two key points gives its date, and any discrepancy about it,
to one of them only, so the same discrepancy is never shown twice. Dates conflict when two claims from
different sources have event start dates that differ at the finest
precision both have: "1 Sep 2023" and "7 Sep 2023" conflict, "Sep 2023" and "7 Sep 2023" do not,
"2023" and "Sep 2022" do. A range's start counts as a day. This is checked level by level (year, then
month within a year, then day within a month) in linear time; at each level, a bucket with two different
values and two different sources always contains a conflicting pair from different sources. Each distinct
date is listed once, with the claims and outlets that give it.

Each discrepancy is ``{"kind": "figure" | "date", "subject", "description", "values": [...]}``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .corpus import Corpus
from .dates import EventDate, date_label
from .figures import Figure, Interval, normal_value
from .inputs import ClaimIn


def _outlets(claims: Sequence[ClaimIn], corpus: Corpus) -> list[str]:
    return sorted({corpus.outlet(claim) for claim in claims})


def _figure_value(figure: Figure, corpus: Corpus) -> dict:
    return {
        "value": normal_value(figure.value),
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "label": figure.label,
        "as_of": figure.as_of.as_dict() if figure.as_of else None,
        "speaker": figure.speaker.name,
        "claim_ids": sorted(claim.id for claim in figure.claims),
        "outlets": _outlets(figure.claims, corpus),
    }


def _mark_conflicts(
    cells: dict[Interval, list[Figure]], others: dict[Interval, list[Figure]], found: set[int]
) -> None:
    """Add to ``found`` the ``id()`` of every figure of ``cells`` or ``others`` that conflicts with one of the
    other side: intervals with no number in common, reported by different claims.

    Figures are grouped by interval ("cells"), because whether two figures can both be true depends only on
    their intervals: a day with many reports of a few values compares the values, not every pair of reports.
    An interval always meets itself, so a cell is never compared with itself."""
    for interval, members in cells.items():
        for other_interval, other_members in others.items():
            if interval.meets(other_interval):
                continue
            for figure in members:
                if any(not figure.claim_ids & other.claim_ids for other in other_members):
                    found.add(id(figure))
            for other in other_members:
                if any(not other.claim_ids & figure.claim_ids for figure in members):
                    found.add(id(other))


def _cells(figures: Sequence[Figure]) -> dict[Interval, list[Figure]]:
    cells: dict[Interval, list[Figure]] = defaultdict(list)
    for figure in figures:
        cells[figure.interval].append(figure)
    return cells


def _conflicting_figures(members: list[Figure]) -> set[int]:
    """The ``id()`` of every figure that conflicts with another of ``members`` (one unit).

    Undated figures are compared with each other; dated ones only with those whose dates overlap, found
    by a sweep over the distinct dates in order of first day (counts at many dates compare few pairs)."""
    found: set[int] = set()
    _mark_conflicts(*(2 * (_cells([figure for figure in members if figure.as_of is None]),)), found)
    by_days: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in members:
        if figure.as_of is not None:
            by_days[figure.as_of.days].append(figure)
    spans = sorted(by_days)
    cells = {days: _cells(by_days[days]) for days in spans}
    for index, days in enumerate(spans):
        last = days[1]
        for other in spans[index:]:
            if other[0] > last:
                break
            _mark_conflicts(cells[days], cells[other], found)
    return found


def figure_discrepancies(figures: Sequence[Figure], corpus: Corpus) -> list[dict]:
    """``figures``: one key point's figures in display order (``figures.figures_of``)."""
    by_unit: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_unit[figure.unit_key].append(figure)
    found = []
    for key in sorted(by_unit):
        members = by_unit[key]
        conflicting = _conflicting_figures(members)
        if not conflicting:
            continue
        involved = [figure for figure in members if id(figure) in conflicting]
        described = " vs ".join(
            f"{figure.label} ({figure.speaker.name}"
            + (f", {figure.as_of.label}" if figure.as_of else "")
            + f"; {', '.join(_outlets(figure.claims, corpus))})"
            for figure in involved
        )
        found.append(
            {
                "kind": "figure",
                "subject": involved[0].unit,
                "description": f"Sources differ on {involved[0].unit}: {described}",
                "values": [_figure_value(figure, corpus) for figure in involved],
            }
        )
    return found


def _dates_conflict(dated: Sequence[tuple[EventDate, ClaimIn]]) -> bool:
    """Whether some bucket (all the dates; the months of one year; the days of one month) holds two
    different values from two different sources."""
    if len({claim.source_id for _, claim in dated}) < 2:
        return False
    buckets: dict[tuple, tuple[set, set]] = {}
    for when, claim in dated:
        start, precision, source_id = when.start, when.precision, claim.source_id
        levels: list[tuple[tuple[int, ...], int]] = [((), start.year)]
        if precision != "year":
            levels.append(((start.year,), start.month))
            if precision != "month":
                levels.append(((start.year, start.month), start.day))
        for parent, value in levels:
            bucket = buckets.get(parent)
            if bucket is None:
                bucket = buckets[parent] = (set(), set())
            bucket[0].add(value)
            bucket[1].add(source_id)
    return any(len(values) > 1 and len(sources) > 1 for values, sources in buckets.values())


def date_conflict(dated: Sequence[tuple[EventDate, ClaimIn]], corpus: Corpus) -> str | None:
    """How the dated claims conflict ("Sources differ on when it started: 1 Sep 2023 (EGINDO.co) vs
    7 Sep 2023 (Liputan6.com)"), or None when they do not."""
    if len(dated) < 2 or not _dates_conflict(dated):
        return None
    starts: dict[str, set[str]] = {}
    for when, claim in sorted(dated, key=lambda item: (item[0].sort_key, corpus.claim_key(item[1]))):
        starts.setdefault(start_label(when), set()).add(corpus.outlet(claim))
    return "Sources differ on when it started: " + " vs ".join(
        f"{label} ({', '.join(sorted(names))})" for label, names in starts.items()
    )


def date_variants(dated: Sequence[tuple[EventDate, ClaimIn]], corpus: Corpus) -> list[dict]:
    """Each distinct date once, in date order, with the claims (citation order) and outlets giving it."""
    by_date: dict[EventDate, list[ClaimIn]] = defaultdict(list)
    for when, claim in dated:
        by_date[when].append(claim)
    variants = []
    for when in sorted(by_date, key=lambda when: when.sort_key):
        members = sorted(by_date[when], key=corpus.claim_key)
        variants.append(
            {
                "value": when.start.isoformat(),
                "end": when.end.isoformat() if when.end else None,
                "precision": when.precision,
                "label": when.label,
                "claim_ids": [claim.id for claim in members],
                "outlets": _outlets(members, corpus),
            }
        )
    return variants


def start_label(when: EventDate) -> str:
    return date_label(when.start, "day" if when.precision == "range" else when.precision)


def date_discrepancy(claims: Sequence[ClaimIn], corpus: Corpus) -> dict | None:
    dated = []
    for claim in claims:
        when = corpus.event_date(claim)
        if when is not None:
            dated.append((when, claim))
    description = date_conflict(dated, corpus)
    if description is None:
        return None
    return {
        "kind": "date",
        "subject": "event start",
        "description": description,
        "values": date_variants(dated, corpus),
    }


def discrepancies(dated: Sequence[ClaimIn], figures: Sequence[Figure], corpus: Corpus) -> list[dict]:
    """One key point's discrepancies: ``dated``, the claims whose event dates belong to it
    (``timeline.date_homes``); ``figures``, its figures (``figures.figures_of``)."""
    found = []
    dates = date_discrepancy(dated, corpus)
    if dates is not None:
        found.append(dates)
    found.extend(figure_discrepancies(figures, corpus))
    return found

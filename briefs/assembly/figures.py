"""Figures with meaning: value, unit, qualifier, the date they describe and who says them.

A figure of a claim is read as an interval: "exactly 1,000" is [1000, 1000]; "about 1,000" is
[900, 1100] (``ABOUT``, 10 % either way); "at least" and "more than" are lower bounds, "up to" and
"fewer than" upper bounds (open at the value for "more than" and "fewer than"). It describes a time, its
*as of*: the day its statement was said (the earliest ``said_on`` of its reports), else the claim's
event date, else unknown. Units are compared casefolded, whitespace collapsed: "containers" and
"rail cars" are never compared.

Each figure is shown once: what one speaker states with the same unit, qualifier and value as of the same
date is one figure, with all its citations (the as-of date is taken per statement, so the reports of one
statement always agree on it). ``figure_table`` lists every figure of the brief (for the "Key
figures" table); ``key_point_figures`` groups a key point's figures by unit, in date order, and marks a
*progression* where one unit has figures as of two or more dates ("more than 1,000 containers by
13 Oct 2023 → more than 2,000 by 26 Feb 2024"): counts at different dates do not conflict.
``discrepancies.figure_discrepancies`` decides conflicts on the same intervals.

A value is written without trailing zeros or exponent ("1000.000" → "1000"); ``label`` is an English
rendering for the API and the reviewer's diff ("more than 1,000 containers"); pages format the number
in the reader's language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from briefs.vocabulary import QUALIFIERS

from .corpus import Corpus
from .dates import EventDate, event_date
from .inputs import ActorRef, ClaimIn, FigureIn
from .positions import actor_entry

QUALIFIER_RANK = {qualifier: rank for rank, qualifier in enumerate(QUALIFIERS)}
QUALIFIER_WORDS = {
    "exactly": "",
    "about": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "less_than": "fewer than ",
}
ABOUT = Decimal("0.1")


def _normal(value: Decimal) -> Decimal:
    return Decimal(0) if value == 0 else value.normalize()


def normal_value(value: Decimal) -> str:
    return format(_normal(value), "f")


def normal_unit(unit: str) -> str:
    return " ".join(unit.split())


def unit_key(unit: str) -> str:
    return normal_unit(unit).casefold()


def amount_label(qualifier: str, value: Decimal) -> str:
    """ "more than 1,000": the qualifier and the value with thousands separators, without the unit."""
    return f"{QUALIFIER_WORDS[qualifier]}{format(_normal(value), ',f')}"


def figure_label(qualifier: str, value: Decimal, unit: str) -> str:
    return f"{amount_label(qualifier, value)} {unit}"


def figure_key(figure: FigureIn) -> tuple[str, str, Decimal]:
    return (unit_key(figure.unit), figure.qualifier, _normal(figure.decimal))


@dataclass(frozen=True, slots=True)
class Interval:
    low: Decimal | None  # None: unbounded
    low_open: bool
    high: Decimal | None
    high_open: bool

    def meets(self, other: Interval) -> bool:
        """Whether some number lies in both."""
        return _below(self.low, self.low_open, other.high, other.high_open) and _below(
            other.low, other.low_open, self.high, self.high_open
        )


def _below(low: Decimal | None, low_open: bool, high: Decimal | None, high_open: bool) -> bool:
    if low is None or high is None:
        return True
    return low < high or (low == high and not low_open and not high_open)


def interval(qualifier: str, value: Decimal) -> Interval:
    number = value
    if qualifier == "exactly":
        return Interval(number, False, number, False)
    if qualifier == "about":
        spread = abs(number) * ABOUT
        return Interval(number - spread, False, number + spread, False)
    if qualifier in ("at_least", "more_than"):
        return Interval(number, qualifier == "more_than", None, False)
    return Interval(None, False, number, qualifier == "less_than")


@dataclass
class Figure:
    """One figure: what one speaker states as of one date, with the claims that report it."""

    unit: str
    qualifier: str
    value: Decimal
    speaker: ActorRef
    claims: list[ClaimIn]
    as_of: EventDate | None

    def __post_init__(self) -> None:
        self.unit_key = unit_key(self.unit)
        self.interval = interval(self.qualifier, self.value)
        self.claim_ids = frozenset(claim.id for claim in self.claims)

    @property
    def label(self) -> str:
        return figure_label(self.qualifier, self.value, self.unit)

    @property
    def sort_key(self) -> tuple:
        return (
            self.unit_key,
            self.as_of is None,
            self.as_of.sort_key if self.as_of else (),
            QUALIFIER_RANK[self.qualifier],
            self.value,
            self.speaker.name.casefold(),
            self.speaker.name,
            self.speaker.id,
        )

    def summary(self, corpus: Corpus) -> dict:
        """The figure with its reports as claim ids (citation order) and outlets, without their quotes."""
        ordered = sorted(self.claims, key=corpus.claim_key)
        return {
            "unit": self.unit,
            "qualifier": self.qualifier,
            "value": normal_value(self.value),
            "label": self.label,
            "as_of": self.as_of.as_dict() if self.as_of else None,
            "speaker": actor_entry(self.speaker),
            "claim_ids": [claim.id for claim in ordered],
            "outlets": sorted({corpus.outlet(claim) for claim in ordered}),
        }

    def entry(self, corpus: Corpus) -> dict:
        return {
            "unit": self.unit,
            "qualifier": self.qualifier,
            "value": normal_value(self.value),
            "label": self.label,
            "as_of": self.as_of.as_dict() if self.as_of else None,
            "speaker": actor_entry(self.speaker),
            "citations": corpus.citations(claim.id for claim in self.claims),
        }


def _as_of(claims: Sequence[ClaimIn], corpus: Corpus) -> EventDate | None:
    days = sorted(claim.said_on for claim in claims if claim.said_on is not None)
    if days:
        return event_date(days[0], None, "day")
    for claim in sorted(claims, key=corpus.claim_key):
        when = corpus.event_date(claim)
        if when is not None:
            return when
    return None


def figures_of(claims: Sequence[ClaimIn], corpus: Corpus, statements: Mapping[int, int]) -> list[Figure]:
    """The figures of these claims in display order: one per unit, qualifier, value, speaker and as-of date.

    The as-of date is the statement's, so every report of one statement gives the same figure.
    """
    by_statement: dict[int, list[ClaimIn]] = defaultdict(list)
    for claim in claims:
        if claim.figures:
            by_statement[statements[claim.id]].append(claim)
    groups: dict[tuple, list[ClaimIn]] = defaultdict(list)
    units: dict[tuple, str] = {}
    for reports in by_statement.values():
        as_of = _as_of(reports, corpus)
        for claim in reports:
            for figure in claim.figures:
                key = (*figure_key(figure), claim.speaker.id, as_of)
                members = groups[key]
                if not members or members[-1] is not claim:  # a claim stating one figure twice counts once
                    members.append(claim)
                units[key] = min(units.get(key, normal_unit(figure.unit)), normal_unit(figure.unit))
    found = []
    for key, members in groups.items():
        _, qualifier, value, _, as_of = key
        speaker = min(members, key=lambda claim: claim.id).speaker
        found.append(Figure(units[key], qualifier, value, speaker, members, as_of))
    found.sort(key=lambda figure: figure.sort_key)
    return found


def figure_table(
    figures: Sequence[Figure],
    corpus: Corpus,
    key_points_of: Mapping[int, Sequence[int]],
    rank: Mapping[int, int],
) -> list[dict]:
    """Every figure of the brief once; ``key_points_of`` maps a claim id to its key points' ids, ``rank`` a
    key point id to its place."""
    table = []
    for figure in figures:
        point_ids = {point for claim in figure.claims for point in key_points_of.get(claim.id, ())}
        table.append({**figure.entry(corpus), "key_point_ids": sorted(point_ids, key=rank.__getitem__)})
    return table


def key_point_figures(figures: Sequence[Figure], corpus: Corpus) -> list[dict]:
    """A key point's figures by unit, in date order; ``progression`` when a unit has several dates.

    Each figure names its reports by claim id and outlet (the full citations are in the brief's
    ``figures`` table and the positions)."""
    by_unit: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_unit[figure.unit_key].append(figure)
    series = []
    for key in sorted(by_unit):
        members = by_unit[key]
        dates = {figure.as_of for figure in members if figure.as_of is not None}
        series.append(
            {
                "unit": members[0].unit,
                "progression": len(dates) > 1,
                "values": [figure.summary(corpus) for figure in members],
            }
        )
    return series

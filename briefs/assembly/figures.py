"""Figures: normalised values, labels, and the brief's table of key figures.

A value is written without trailing zeros or exponent ("1000.000" → "1000"). Units are compared after
collapsing whitespace, case kept. The table groups every figure of the given claims by (unit, qualifier,
value) and sorts by unit, qualifier (exactly, about, at least, more than, up to, less than), then value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal

from .corpus import Corpus
from .inputs import QUALIFIERS, ClaimIn, FigureIn

QUALIFIER_RANK = {qualifier: rank for rank, qualifier in enumerate(QUALIFIERS)}
QUALIFIER_WORDS = {
    "exactly": "",
    "about": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "less_than": "less than ",
}


def _normal(value: Decimal) -> Decimal:
    return Decimal(0) if value == 0 else value.normalize()


def normal_value(value: Decimal) -> str:
    return format(_normal(value), "f")


def normal_unit(unit: str) -> str:
    return " ".join(unit.split())


def amount_label(qualifier: str, value: Decimal) -> str:
    """ "more than 1,000": the qualifier and the value with thousands separators, without the unit."""
    return f"{QUALIFIER_WORDS[qualifier]}{format(_normal(value), ',f')}"


def figure_label(qualifier: str, value: Decimal, unit: str) -> str:
    return f"{amount_label(qualifier, value)} {unit}"


def figure_key(figure: FigureIn) -> tuple[str, str, Decimal]:
    return (normal_unit(figure.unit), figure.qualifier, _normal(figure.decimal))


def figure_table(
    claims: Sequence[ClaimIn],
    corpus: Corpus,
    key_points_of: Mapping[int, Sequence[int]],
    rank: Mapping[int, int],
) -> list[dict]:
    """``key_points_of`` maps a claim id to its key points' ids; ``rank`` a key point id to its place."""
    groups: dict[tuple[str, str, Decimal], set[int]] = defaultdict(set)
    for claim in claims:
        for figure in claim.figures:
            groups[figure_key(figure)].add(claim.id)
    table = []
    for unit, qualifier, value in sorted(groups, key=lambda k: (k[0], QUALIFIER_RANK[k[1]], k[2])):
        members = groups[unit, qualifier, value]
        point_ids = {point for claim_id in members for point in key_points_of.get(claim_id, ())}
        table.append(
            {
                "unit": unit,
                "qualifier": qualifier,
                "value": normal_value(value),
                "label": figure_label(qualifier, value, unit),
                "key_point_ids": sorted(point_ids, key=rank.__getitem__),
                "citations": corpus.citations(members),
            }
        )
    return table

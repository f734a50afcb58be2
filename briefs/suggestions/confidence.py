"""How sure a suggestion is: how often its kind of evidence names the right speaker.

A suggestion's *evidence* says how the statement was found (a direct quote, a reported verb, "menurut",
…) and how its speaker was (a name or role phrase in the attribution, a pronoun, a "-nya" word, a
speaker carried over from the quote before, …): ``engine._evidence`` gives it as "direct, name". Its
confidence is read from ``MEASURED`` below, which counts, on the tuning part of the development corpus,
how many suggestions of each evidence quoted a gold statement and how many of those named its speaker
rightly. ``python -m bench.calibrate`` prints the same counts again and checks the table by leaving
articles out (docs/claims.md, Confidence).

The confidence is the lower end of the Wilson interval (one-sided, 95 %) of that share: with few
examples it stays low even when all were right, and an evidence is "confident" (≥ 0.6, what an editor
tends to accept as it stands) only when enough examples show it is almost always right. An evidence
seen fewer than ``MIN_SEEN`` times is read from its speaker evidence pooled over the statement kinds;
one never measured is a guess (``UNMEASURED``).
"""

from __future__ import annotations

from collections.abc import Mapping
from math import sqrt

# One-sided 95 %: the share is at least this, nineteen times in twenty.
Z = 1.645
MIN_SEEN = 8
UNMEASURED = 0.5
# An ambiguous speaker is no speaker: never more than a hint, whatever the counts say.
AMBIGUOUS_CEILING = 0.4

# evidence → (suggestions that quoted a gold statement, of which named the right speaker), measured on
# the tune split (64 articles) with `python -m bench.calibrate`. Re-measure when the rules change; never
# edit a count by hand.
MEASURED: Mapping[str, tuple[int, int]] = {}


def lower_bound(right: int, seen: int, z: float = Z) -> float:
    """Wilson score interval's lower end for ``right`` successes in ``seen`` trials (0 when none)."""
    if seen <= 0:
        return 0.0
    share = right / seen
    denominator = 1 + z * z / seen
    centre = share + z * z / (2 * seen)
    margin = z * sqrt(share * (1 - share) / seen + z * z / (4 * seen * seen))
    return max(0.0, (centre - margin) / denominator)


def _backoff(evidence: str) -> list[str]:
    """ "reported, name, state" → itself, "*, name, state" (any statement kind), "*, name" (any speaker):
    the keys to try in turn, the narrowest first."""
    parts = evidence.split(", ")
    how = parts[1] if len(parts) > 1 else parts[0]
    who = parts[2:]
    return [evidence, ", ".join(["*", how, *who]), f"*, {how}"]


def table(measured: Mapping[str, tuple[int, int]]) -> dict[str, float]:
    """Confidence per evidence, and per pooled evidence ("*, …", see ``_backoff``) for the rare ones;
    only cells seen at least ``MIN_SEEN`` times."""
    pooled: dict[str, list[int]] = {}
    for evidence, (seen, right) in measured.items():
        for key in dict.fromkeys(_backoff(evidence)):
            counts = pooled.setdefault(key, [0, 0])
            counts[0] += seen
            counts[1] += right
    return {
        key: round(lower_bound(right, seen), 2) for key, (seen, right) in pooled.items() if seen >= MIN_SEEN
    }


def confidence_for(evidence: str, calibrated: Mapping[str, float] | None = None) -> float:
    """The confidence of a suggestion with this evidence (see the module docstring)."""
    calibrated = _TABLE if calibrated is None else calibrated
    value = next((calibrated[key] for key in _backoff(evidence) if key in calibrated), UNMEASURED)
    if evidence.split(", ")[1:2] and evidence.split(", ")[1].startswith("ambiguous"):
        value = min(value, AMBIGUOUS_CEILING)
    return value


_TABLE = table(MEASURED)

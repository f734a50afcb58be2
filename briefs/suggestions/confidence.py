"""How sure a suggestion is: how often its kind of evidence names the right speaker.

A suggestion's *evidence* says how the statement was found (a direct quote, a reported verb, "menurut",
…) and how its speaker was (a name or role phrase in the attribution, a pronoun, a "-nya" word, a
speaker carried over from the quote before, …): ``engine._evidence`` gives it as "direct, name, person" (with what the speaker is). Its
confidence is read from ``MEASURED`` below, which counts, on the tuning part of the development corpus,
how many suggestions of each evidence quoted a gold statement and how many of those named its speaker
rightly — with the rules as they stood before each article was read, since on the articles the rules
were then written against nearly every speaker is right, which says nothing of a new page. ``python -m bench.calibrate`` prints the same counts again and checks the table by leaving
articles out (docs/claims.md, Confidence).

0.6 is the line above which an editor tends to accept a suggestion as it stands, and the desk wants at
most 3 in 100 of those wrong. So the confidence of an evidence is its share right (``grade``) when
that share is at least ``SURE`` (0.97) over at least ``MIN_SEEN`` examples; below, the share is scaled
by ``HINT / SURE`` so that it stays under 0.6 (at most ``HINT``) and keeps its order: a hint to check,
the surer ones first. A kind of evidence seen rarely leans on its pool (the same evidence in any kind
of statement, then any speaker found the same way, then all: see ``table``), so a few lucky examples
never make it sure; one never measured is a guess (``UNMEASURED``).
"""

from __future__ import annotations

from collections.abc import Mapping

# How many examples a pool's share counts for when grading one of its kinds.
PRIOR = 10
SURE = 0.97
MIN_SEEN = 10
HINT = 0.59
UNMEASURED = 0.5
# An ambiguous speaker is no speaker: never more than a hint, whatever the counts say.
AMBIGUOUS_CEILING = 0.4

# evidence → (suggestions that quoted a gold statement, of which named the right speaker), measured on
# the tune split (74 articles), each article with the rules as they stood before anyone had read it:
# `python -m bench.calibrate --before-tuning`. Measured again when the evidence kinds change; never
# edited by hand.
MEASURED: Mapping[str, tuple[int, int]] = {
    "back-referenced, role, person": (1, 1),
    "cited, name, media": (1, 0),
    "continuation, name, person": (1, 1),
    "continuation, unresolved, unnamed": (1, 1),
    "direct, anaphor, state": (4, 4),
    "direct, inherited, person": (1, 0),
    "direct, name, organisation": (2, 1),
    "direct, name, person": (26, 26),
    "direct, name, state": (6, 6),
    "direct, pronoun -nya, person": (16, 12),
    "direct, pronoun far -nya, person": (1, 1),
    "direct, role, organisation": (1, 0),
    "direct, role, person": (6, 4),
    "direct, unresolved -nya, unnamed": (2, 0),
    "direct, unresolved, named": (1, 1),
    "direct, unresolved, unnamed": (14, 9),
    "inline, name, organisation": (1, 1),
    "inline, name, person": (4, 4),
    "inline, name, state": (2, 2),
    "inline, pronoun -nya, organisation": (1, 1),
    "inline, pronoun -nya, person": (1, 1),
    "inline, role, person": (1, 1),
    "menurut, anaphor, state": (1, 1),
    "menurut, name, media": (5, 3),
    "menurut, name, organisation": (2, 2),
    "menurut, name, state": (3, 2),
    "menurut, pronoun -nya, person": (1, 1),
    "menurut, pronoun, state": (1, 0),
    "reported, anaphor, organisation": (1, 0),
    "reported, anaphor, person": (1, 1),
    "reported, anaphor, state": (8, 8),
    "reported, inherited, person": (2, 2),
    "reported, inherited, state": (1, 1),
    "reported, name, media": (5, 3),
    "reported, name, organisation": (22, 19),
    "reported, name, person": (44, 42),
    "reported, name, state": (41, 36),
    "reported, pronoun far, person": (1, 1),
    "reported, pronoun, organisation": (1, 1),
    "reported, pronoun, person": (9, 7),
    "reported, pronoun, state": (2, 2),
    "reported, role, person": (11, 10),
    "reported, unresolved, named": (2, 1),
    "reported, unresolved, unnamed": (18, 9),
}


def _backoff(evidence: str) -> list[str]:
    """ "reported, name, state" → itself, "*, name, state" (any statement kind), "*, name" (any speaker
    found by name), "*" (everything): the narrowest first."""
    parts = evidence.split(", ")
    if parts[0] == "*" and len(parts) == 1:
        return ["*"]
    how = parts[1] if len(parts) > 1 else parts[0]
    who = parts[2:]
    return list(dict.fromkeys([evidence, ", ".join(["*", how, *who]), f"*, {how}", "*"]))


def _depth(key: str) -> int:
    """0 for "*", 1 for "*, name", 2 for "*, name, state", 3 for a kind of evidence itself."""
    if not key.startswith("*"):
        return 3
    return key.count(", ")


def grade(right: float, seen: float, sure: float = SURE, own: float | None = None) -> float:
    """The confidence ``right`` in ``seen`` gives (see the module docstring); 0 when nothing was seen.

    ``own``: how many of ``seen`` are the evidence's own examples, not lent by its pool. Only those count
    towards ``MIN_SEEN``: lent examples let four lucky ones pass for fourteen, and leaving articles out
    showed one confident suggestion in ten wrong that way."""
    share = right / seen if seen else 0.0
    if share >= sure and (seen if own is None else own) >= MIN_SEEN:
        return round(share, 2)
    return min(HINT, round(share * HINT / sure, 2))


def table(measured: Mapping[str, tuple[int, int]], sure: float = SURE) -> dict[str, float]:
    """Confidence per evidence and per pool of evidence ("*, name, state", "*, name", "*").

    Each is graded on its own counts plus ``PRIOR`` examples (at most as many as the pool has besides
    its own) right as often as in the pool above it (the share of the pool, itself so smoothed): a kind seen twice reads mostly as its pool, one seen
    sixty times mostly as itself, and a kind seen rarely is never surer than the pool's evidence allows.
    """
    counts: dict[str, list[int]] = {}
    for evidence, (seen, right) in measured.items():
        for key in _backoff(evidence):
            pair = counts.setdefault(key, [0, 0])
            pair[0] += seen
            pair[1] += right
    shares: dict[str, tuple[float, float]] = {}  # key → (right, seen) after smoothing
    # Pools before their members: "*" has one part, "*, how" two, the rest more.
    for key in sorted(counts, key=_depth):
        seen, right = counts[key]
        # the nearest pool with examples besides this kind's own lends at most PRIOR of them
        pool = next((p for p in _backoff(key)[1:] if counts[p][0] > seen), None)
        if pool is None:
            shares[key] = (float(right), float(seen))
            continue
        pool_right, pool_seen = shares[pool]
        lent = min(PRIOR, counts[pool][0] - seen)
        shares[key] = (right + lent * pool_right / pool_seen, seen + lent)
    return {key: grade(right, seen, sure, own=counts[key][0]) for key, (right, seen) in shares.items()}


def confidence_for(evidence: str, calibrated: Mapping[str, float] | None = None) -> float:
    """The confidence of a suggestion with this evidence (see the module docstring)."""
    calibrated = _TABLE if calibrated is None else calibrated
    value = next((calibrated[key] for key in _backoff(evidence)[:-1] if key in calibrated), UNMEASURED)
    if evidence.split(", ")[1:2] and evidence.split(", ")[1].startswith("ambiguous"):
        value = min(value, AMBIGUOUS_CEILING)
    return value


_TABLE = table(MEASURED)

"""The editorial vocabulary, defined once: stances, the positions they give, figure qualifiers, date
precisions. Plain Python (no Django), so the pure cores (assembly, suggestions) and the models share it;
the models' choices and the suggestion rules are checked against it by the tests.

A *stance* is the speech act of one claim (asserts, confirms, warns, condemns, pledges, questions,
denies). A *position* is where an actor stands on a key point, derived from all its stances there:

* a stance either points one way (``asserts`` and ``confirms`` support the key point; ``questions`` and
  ``denies`` dispute it) or has no direction of its own (``warns``, ``condemns``, ``pledges``: what is
  condemned may be the deed or the accusation);
* an actor whose directed stances all support is ``supports``, all dispute is ``disputes``, both is
  ``mixed``; an actor with no directed stance is ``unclear``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.pipeline.dates import PUBLICATION_PRECISIONS

__all__ = [
    "EVENT_PRECISIONS",
    "POSITIONS",
    "PUBLICATION_PRECISIONS",
    "QUALIFIERS",
    "STANCES",
    "STANCE_DIRECTION",
    "position_of",
]

# Display order: support first, denial last.
STANCES = ("asserts", "confirms", "warns", "condemns", "pledges", "questions", "denies")
SUPPORTS, MIXED, UNCLEAR, DISPUTES = "supports", "mixed", "unclear", "disputes"
# Display order of positions in a key point's matrix.
POSITIONS = (SUPPORTS, MIXED, UNCLEAR, DISPUTES)
STANCE_DIRECTION: dict[str, str | None] = {
    "asserts": SUPPORTS,
    "confirms": SUPPORTS,
    "warns": None,
    "condemns": None,
    "pledges": None,
    "questions": DISPUTES,
    "denies": DISPUTES,
}

# Display order of qualifiers: point figures, then lower bounds, then upper bounds.
QUALIFIERS = ("exactly", "about", "at_least", "more_than", "up_to", "less_than")
# Event dates (what a claim or key point is about). A month or year is stored as its first day.
EVENT_PRECISIONS = ("day", "month", "year", "range")
# Publication dates of sources ("time", "day", "month") are ingest's: ``ingest`` never imports ``briefs``.


def position_of(stances: Iterable[str]) -> str:
    """The position that a set of stances of one actor on one key point amounts to."""
    directions = {STANCE_DIRECTION[stance] for stance in stances} - {None}
    if directions == {SUPPORTS}:
        return SUPPORTS
    if directions == {DISPUTES}:
        return DISPUTES
    return MIXED if directions else UNCLEAR

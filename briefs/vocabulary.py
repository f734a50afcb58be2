"""The editorial vocabulary, defined once here: stances, the positions they give, figure qualifiers and
date precisions.

The models' choices (briefs/models/choices.py, ingest's Source.DatePrecision), the assembly
(briefs/assembly/), the suggestion rules (briefs/suggestions/rules.py) and the API derive from it, and
tests/briefs/test_vocabulary.py checks that they agree. Pure Python: the assembly and suggestion cores
import it without Django. A new value is added here, with its label in briefs/models/choices.py and a
migration for its choices.

A *stance* is the speech act of one claim (asserts, confirms, warns, condemns, pledges, questions,
denies). A *position* is where an actor stands on a key point, derived from all its stances there:

* a stance either points one way (``asserts`` and ``confirms`` support the key point; ``questions`` and
  ``denies`` dispute it) or has no direction of its own (``warns``, ``condemns``, ``pledges``: what is
  condemned may be the deed or the accusation);
* an editor may set a claim's direction by hand (``key_point_position``: supports or disputes), which
  then counts instead of its stance's: "condemns" alone says nothing of which way it points;
* an actor whose directed claims all support is ``supports``, all dispute is ``disputes``, both is
  ``mixed``; an actor with no directed claim is ``unclear``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.pipeline.dates import PUBLICATION_PRECISIONS

__all__ = [
    "ASSERTS",
    "CONDEMNS",
    "CONFIRMS",
    "DENIES",
    "EVENT_PRECISIONS",
    "KEY_POINT_POSITIONS",
    "SAID_ON_PRECISIONS",
    "MOVEMENT_MODES",
    "PLACE_KINDS",
    "PLEDGES",
    "POSITIONS",
    "POSITION_ORDER",
    "PUBLICATION_PRECISIONS",
    "QUALIFIERS",
    "QUESTIONS",
    "STANCES",
    "STANCE_DIRECTION",
    "WARNS",
    "claim_direction",
    "position_from",
    "position_of",
]

ASSERTS = "asserts"
DENIES = "denies"
CONDEMNS = "condemns"
WARNS = "warns"
PLEDGES = "pledges"
CONFIRMS = "confirms"
QUESTIONS = "questions"

# The order editors choose from.
STANCES = (ASSERTS, DENIES, CONDEMNS, WARNS, PLEDGES, CONFIRMS, QUESTIONS)
# The order of stances in a key point's positions matrix: support first, denial last.
POSITION_ORDER = (ASSERTS, CONFIRMS, WARNS, CONDEMNS, PLEDGES, QUESTIONS, DENIES)

SUPPORTS, MIXED, UNCLEAR, DISPUTES = "supports", "mixed", "unclear", "disputes"
# Display order of positions in a key point's matrix.
POSITIONS = (SUPPORTS, MIXED, UNCLEAR, DISPUTES)
STANCE_DIRECTION: dict[str, str | None] = {
    ASSERTS: SUPPORTS,
    CONFIRMS: SUPPORTS,
    WARNS: None,
    CONDEMNS: None,
    PLEDGES: None,
    QUESTIONS: DISPUTES,
    DENIES: DISPUTES,
}

# The way an editor may say a claim points on its key points, overriding its stance's direction (a
# "condemns" that condemns the accusation disputes it; one that condemns the deed supports it).
# Empty: the stance decides.
KEY_POINT_POSITIONS = (SUPPORTS, DISPUTES)

# Display order of qualifiers: point figures, then lower bounds, then upper bounds.
QUALIFIERS = ("exactly", "about", "at_least", "more_than", "up_to", "less_than")
# Event dates (what a claim or key point is about). A month or year is stored as its first day.
EVENT_PRECISIONS = ("day", "month", "year", "range")
# When a statement was made: an article may date it only by its month ("pada Agustus") or year. A
# statement is one moment, never a range; stored like an event date, as the first day of its period.
SAID_ON_PRECISIONS = ("day", "month", "year")
# How a claim says something moved from one place to another, and what a place is (the route map).
MOVEMENT_MODES = ("sea", "rail", "road", "air", "unknown")
PLACE_KINDS = ("port", "rail_station", "city", "border_crossing", "other")
# Publication dates of sources ("minute", "day", "month") are defined by ingest, which never imports
# briefs; they are re-exported here so that briefs reads every vocabulary from one place.


def claim_direction(stance: str, key_point_position: str = "") -> str | None:
    """Which way a claim points on its key points: the editor's setting, else its stance's (or none)."""
    return key_point_position or STANCE_DIRECTION[stance]


def position_of(stances: Iterable[str]) -> str:
    """The position that a set of stances of one actor on one key point amounts to."""
    return position_from(STANCE_DIRECTION[stance] for stance in stances)


def position_from(directions: Iterable[str | None]) -> str:
    """The position that the directions of one actor's claims on one key point amount to."""
    directions = set(directions) - {None}
    if directions == {SUPPORTS}:
        return SUPPORTS
    if directions == {DISPUTES}:
        return DISPUTES
    return MIXED if directions else UNCLEAR

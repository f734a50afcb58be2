"""A key point's positions matrix: one row per actor, its position, and the speech acts behind it.

Linked claims are grouped by speaker: an actor appears once per key point with all its citations. Its
``position`` (supports, mixed, unclear, disputes) is derived from its stances (``briefs.vocabulary``);
the stances themselves are the ``acts`` (asserts, confirms, warns, condemns, pledges, questions, denies),
shown as detail. ``statements`` lists what the actor said, one entry per statement (``statements``
module) with its acts, the day it was said, the editor's paraphrase (of its first report that has one,
else "") and its reports (claim ids in citation order); undated statements come last. When the actor both supports and disputes the key point, ``history`` gives its
directed statements in date order, consecutive ones of the same direction merged: a contradiction over
time, with its dates ("supports 13 Oct 2023 → disputes 17 Oct 2023"); otherwise it is empty.

Rows sort by position (supports, mixed, unclear, disputes), then by speaker name (casefolded, then as
written), then speaker id. The speaker shown is the one on the lowest claim id, should inputs disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefs.vocabulary import (
    DISPUTES,
    MIXED,
    POSITION_ORDER,
    POSITIONS,
    STANCE_DIRECTION,
    SUPPORTS,
    position_from,
)

from .corpus import Corpus
from .dates import PRECISION_RANK
from .inputs import ActorRef, ClaimIn

STANCE_RANK = {stance: rank for rank, stance in enumerate(POSITION_ORDER)}
POSITION_RANK = {position: rank for rank, position in enumerate(POSITIONS)}


def actor_entry(actor: ActorRef) -> dict:
    entry = {
        "id": actor.id,
        "slug": actor.slug,
        "name": actor.name,
        "kind": actor.kind,
        "affiliation": actor.affiliation,
    }
    # Only when written, so a snapshot without them hashes as it did before actors had them.
    for key, text in (
        ("name_indonesian", actor.name_indonesian),
        ("affiliation_indonesian", actor.affiliation_indonesian),
    ):
        if text.strip():
            entry[key] = text.strip()
    return entry


def _acts(claims: Sequence[ClaimIn]) -> list[str]:
    return sorted({claim.stance for claim in claims}, key=STANCE_RANK.__getitem__)


def _statement_entries(
    claims: Sequence[ClaimIn], corpus: Corpus, statements: Mapping[int, int]
) -> list[dict]:
    grouped: dict[int, list[ClaimIn]] = defaultdict(list)
    for claim in claims:
        grouped[statements[claim.id]].append(claim)
    entries = []
    for members in grouped.values():
        if len(members) == 1:  # most statements have one report: the same entry, built directly
            (claim,) = members
            day = claim.said_on
            entry = {
                "acts": [claim.stance],
                "said_on": day.isoformat() if day else None,
                "text": claim.paraphrase.strip(),
                "claim_ids": [claim.id],
            }
            _with_set_position(entry, members)
            entries.append((day is None, day, corpus.claim_key(claim), _with_precision(entry, claim)))
            continue
        members.sort(key=corpus.claim_key)
        # The earliest report dates the statement; on one day the finest precision wins.
        dated = sorted(
            (claim for claim in members if claim.said_on is not None),
            key=lambda claim: (claim.said_on, PRECISION_RANK[claim.said_on_precision]),
        )
        day = dated[0].said_on if dated else None
        entry = {
            "acts": _acts(members),
            "said_on": day.isoformat() if day else None,
            "text": next((claim.paraphrase.strip() for claim in members if claim.paraphrase.strip()), ""),
            "claim_ids": [claim.id for claim in members],
        }
        if dated:
            _with_precision(entry, dated[0])
        _with_set_position(entry, members)
        entries.append((day is None, day, corpus.claim_key(members[0]), entry))
    entries.sort(key=lambda item: item[:3])
    return [entry for *_, entry in entries]


def _with_precision(entry: dict, claim: ClaimIn) -> dict:
    """A statement dated only by its month or year says so; a day-precise one keeps its old shape (and
    its snapshot its hash)."""
    if claim.said_on is not None and claim.said_on_precision != "day":
        entry["said_on_precision"] = claim.said_on_precision
    return entry


def _with_set_position(entry: dict, claims: Sequence[ClaimIn]) -> dict:
    """A statement one of whose reports an editor gave a position by hand says where its reports stand
    (the page tells readers the editors set it). Only then, so other statements hash as before."""
    if any(claim.key_point_position for claim in claims):
        entry["position"] = position_from(claim.direction for claim in claims)
    return entry


def _directions(entry: dict) -> set[str]:
    """Which ways a statement points: as the editors set it, else as its stances do."""
    if "position" in entry:
        return {entry["position"]} & {SUPPORTS, DISPUTES}
    return {direction for act in entry["acts"] if (direction := STANCE_DIRECTION[act]) is not None}


def _history(entries: list[dict]) -> list[dict]:
    """Directed statements in date order, runs of one direction merged (first and last day of the run)."""
    history: list[dict] = []
    for entry in entries:
        directions = _directions(entry)
        if len(directions) != 1:
            continue
        direction = directions.pop()
        if history and history[-1]["position"] == direction:
            history[-1]["until"] = entry["said_on"] or history[-1]["until"]
            continue
        history.append({"position": direction, "from": entry["said_on"], "until": entry["said_on"]})
    return history


def positions(claims: Sequence[ClaimIn], corpus: Corpus, statements: Mapping[int, int]) -> list[dict]:
    by_actor: dict[int, list[ClaimIn]] = defaultdict(list)
    for claim in claims:
        by_actor[claim.speaker.id].append(claim)
    found = []
    for members in by_actor.values():
        speaker = min(members, key=lambda claim: claim.id).speaker
        position = position_from(claim.direction for claim in members)
        entries = _statement_entries(members, corpus, statements)
        found.append(
            (
                (POSITION_RANK[position], speaker.name.casefold(), speaker.name, speaker.id),
                {
                    "actor": actor_entry(speaker),
                    "position": position,
                    "acts": _acts(members),
                    "statements": entries,
                    "history": _history(entries) if position == MIXED else [],
                    "citations": corpus.citations(claim.id for claim in members),
                },
            )
        )
    found.sort(key=lambda item: item[0])
    return [entry for _, entry in found]

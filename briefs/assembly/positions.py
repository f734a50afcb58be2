"""A key point's positions matrix: who asserts it, who denies it, and where each said so.

Linked claims are grouped by (speaker, stance). Positions sort by stance (asserts, confirms, warns,
condemns, pledges, questions, denies), then by speaker name (casefolded, then as written), then speaker id.
The speaker shown for a group is the one on its lowest claim id, should the inputs disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .corpus import Corpus
from .inputs import STANCES, ActorRef, ClaimIn

STANCE_RANK = {stance: rank for rank, stance in enumerate(STANCES)}


def actor_entry(actor: ActorRef) -> dict:
    return {
        "id": actor.id,
        "slug": actor.slug,
        "name": actor.name,
        "kind": actor.kind,
        "affiliation": actor.affiliation,
    }


def positions(claims: Sequence[ClaimIn], corpus: Corpus) -> list[dict]:
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for claim in claims:
        groups[claim.speaker.id, claim.stance].append(claim.id)
    found = []
    for (_, stance), members in groups.items():
        speaker = corpus.claims[min(members)].speaker
        found.append(
            (
                (STANCE_RANK[stance], speaker.name.casefold(), speaker.name, speaker.id),
                {"actor": actor_entry(speaker), "stance": stance, "citations": corpus.citations(members)},
            )
        )
    found.sort(key=lambda item: item[0])
    return [entry for _, entry in found]

"""Key points a claim may belong to: the best candidates (briefs/key_point_ranking.py) and all of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from briefs.key_point_ranking import ClaimText, KeyPointText, rank_key_points
from briefs.models import Actor, Claim, Proposition
from briefs.selectors.actors import ActorNotFound, resolve_actor


@dataclass(frozen=True)
class Candidate:
    key_point: Proposition
    score: float
    #: Why it ranks here, for the editor: which of words, speaker and figures agree.
    reasons: tuple[str, ...]


def actor_names(actor: Actor | None) -> tuple[str, ...]:
    if actor is None:
        return ()
    names = list(actor.all_names)
    if actor.affiliation_id and actor.affiliation is not None:
        names.extend(actor.affiliation.all_names)
    return tuple(names)


def _known_actor(name: str) -> Actor | None:
    try:
        return resolve_actor(name[:200])
    except ActorNotFound:
        return None  # not (yet) a name of anyone: the words alone rank


def typed_speaker_names(
    *, speaker: str = "", new_name: str = "", new_affiliation: str = "", new_aliases: str = ""
) -> tuple[str, ...]:
    """The names of the speaker being typed in the annotation panel, to rank key points with.

    An existing speaker gives its names and its affiliation's. A new one (typed inline) gives the name and
    other names typed, and the names of the affiliation chosen for it, so that the key points appear while
    the editor describes someone the registry does not know yet; a new name that is an existing actor's
    gives that actor's."""
    actor = _known_actor(speaker) if speaker.strip() else None
    if actor is not None:
        return actor_names(actor)
    name = " ".join(new_name.split())
    if not name:
        return ()
    existing = _known_actor(name)
    if existing is not None:
        return actor_names(existing)
    names = [name, *(alias.strip() for alias in new_aliases.split(",") if alias.strip())]
    affiliation = _known_actor(new_affiliation) if new_affiliation.strip() else None
    if affiliation is not None:
        names.extend(actor_names(affiliation))
    return tuple(names)


def claim_text(claim: Claim) -> ClaimText:
    return ClaimText(
        quote=claim.exact,
        paraphrase=claim.paraphrase,
        speaker_names=actor_names(claim.speaker),
        figures=tuple(f"{figure.value.normalize():f}" for figure in claim.figures.all()),
    )


def key_point_candidates(
    *, claim: ClaimText, limit: int = 3, exclude_ids: Iterable[int] = ()
) -> list[Candidate]:
    """The `limit` key points most similar to the claim, best first: 2 queries."""
    points = {
        point.pk: point
        for point in Proposition.objects.exclude(pk__in=list(exclude_ids)).select_related("brief")
    }
    speakers: dict[int, list[str]] = defaultdict(list)
    links = Proposition.claims.through.objects.filter(proposition_id__in=list(points)).values_list(
        "proposition_id", "claim__speaker__name", "claim__speaker__aliases"
    )
    for point_id, name, aliases in links:
        speakers[point_id].extend([name, *(aliases or [])])
    ranked = rank_key_points(
        claim,
        [
            KeyPointText(id=pk, statement=point.statement, speaker_names=tuple(speakers[pk]))
            for pk, point in points.items()
        ],
        limit=limit,
    )
    return [
        Candidate(
            key_point=points[entry.id],
            score=entry.score,
            reasons=tuple(
                reason
                for reason, part in (
                    ("words", entry.words),
                    ("speaker", entry.actors),
                    ("figures", entry.figures),
                )
                if part > 0
            ),
        )
        for entry in ranked
    ]


def key_point_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """Every key point grouped by brief, for a select's option groups: 1 query."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for point in Proposition.objects.select_related("brief").order_by("brief__title", "position", "pk"):
        groups.setdefault(point.brief.title, []).append((point.pk, str(point)))
    return list(groups.items())

"""Reads for the editorial model, each with a fixed number of queries whatever the size."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from briefs.models import Actor, AuditEntry, Claim, ClaimSuggestion
from ingest.models import Source


class ActorNotFound(LookupError):
    pass


def resolve_actor(name: str) -> Actor:
    """The actor a name or alias designates, case-insensitively ("Korut" → North Korea)."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise ActorNotFound("Choose the speaker.")
    matches = [
        actor
        for actor in Actor.objects.filter(Q(name__iexact=wanted) | Q(aliases__icontains=wanted))
        if wanted in {candidate.casefold() for candidate in actor.all_names}
    ]
    if not matches:
        raise ActorNotFound(f"No actor is called “{name}”. Add it under Actors first, or pick another name.")
    if len(matches) > 1:
        names = ", ".join(actor.name for actor in matches)
        raise ActorNotFound(f"“{name}” could mean {names}; use the full name.")
    return matches[0]


def actor_name_choices() -> list[tuple[str, str]]:
    """(name or alias, canonical name) pairs for the speaker field's suggestions list."""
    pairs = []
    for actor in Actor.objects.only("name", "aliases"):
        pairs.append((actor.name, actor.name))
        pairs.extend((alias, actor.name) for alias in actor.aliases)
    return sorted(pairs, key=lambda pair: pair[0].casefold())


@dataclass(frozen=True)
class Segment:
    text: str
    claims: tuple[Claim, ...]


def body_segments(body: str, claims: list[Claim]) -> list[Segment]:
    """The body cut at every claim boundary, each piece with the claims covering it (overlaps allowed)."""
    cuts = sorted({0, len(body), *(c.start for c in claims), *(c.end for c in claims)})
    segments = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        if left >= right or right > len(body):
            continue
        covering = tuple(c for c in claims if c.start <= left and right <= c.end)
        segments.append(Segment(body[left:right], covering))
    return segments


@dataclass(frozen=True)
class AnnotationView:
    claims: list[Claim]
    orphaned: list[Claim]
    segments: list[Segment]
    suggestions: list[ClaimSuggestion]


def source_annotation(source: Source) -> AnnotationView:
    """What the annotation panel shows for one Source: 2 queries."""
    claims = list(
        Claim.objects.filter(source=source).select_related("speaker", "created_by").order_by("start", "pk")
    )
    anchored = [claim for claim in claims if claim.status != Claim.Status.ORPHANED]
    suggestions = list(
        ClaimSuggestion.objects.filter(source=source, status=ClaimSuggestion.Status.PENDING)
        .select_related("speaker")
        .order_by("start")
    )
    return AnnotationView(
        claims=anchored,
        orphaned=[claim for claim in claims if claim.status == Claim.Status.ORPHANED],
        segments=body_segments(source.body, anchored),
        suggestions=suggestions,
    )


def audit_trail(obj) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).select_related("actor")

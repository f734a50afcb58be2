"""What the source annotation panel shows: the body cut at claim boundaries, claims and suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from briefs.models import Claim, ClaimSuggestion, Movement, Place
from ingest.models import Source


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
    decided_suggestions: list[ClaimSuggestion]


def source_annotation(source: Source) -> AnnotationView:
    """What the annotation panel shows for one Source, each claim with its movements: 3 queries."""
    claims = list(
        Claim.objects.filter(source=source)
        .select_related("speaker", "created_by")
        .prefetch_related(
            Prefetch("movements", queryset=Movement.objects.select_related("origin", "destination"))
        )
        .order_by("start", "pk")
    )
    anchored = [claim for claim in claims if claim.status != Claim.Status.ORPHANED]
    suggestions = list(
        ClaimSuggestion.objects.filter(source=source)
        .select_related("speaker", "speaker_affiliation", "decided_by")
        .order_by("start")
    )
    return AnnotationView(
        claims=anchored,
        orphaned=[claim for claim in claims if claim.status == Claim.Status.ORPHANED],
        segments=body_segments(source.body, anchored),
        suggestions=[s for s in suggestions if s.status == ClaimSuggestion.Status.PENDING],
        decided_suggestions=[s for s in suggestions if s.status != ClaimSuggestion.Status.PENDING],
    )


def place_choices() -> list[tuple[int | str, str]]:
    """Every place as the panel's movement forms offer it, read once for all of them (1 query)."""
    return [("", "---------"), *Place.objects.order_by("name").values_list("pk", "name")]

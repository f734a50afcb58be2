"""Reads for the editorial model, each with a fixed number of queries whatever the size."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from briefs.assembly import ActorRef, BriefIn, ClaimIn, FigureIn, KeyPointIn, SourceIn, diff_snapshots
from briefs.models import Actor, AuditEntry, Brief, BriefRevision, Claim, ClaimSuggestion, Proposition
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
    return AuditEntry.objects.filter(target_type=obj._meta.label_lower, object_id=obj.pk).select_related(
        "actor"
    )


@dataclass(frozen=True)
class AssemblyInputs:
    brief: BriefIn
    claims: tuple[ClaimIn, ...]
    sources: tuple[SourceIn, ...]


def assembly_inputs(brief: Brief) -> AssemblyInputs:
    """Everything assembly reads, as plain inputs: approved, anchored claims of the brief's key points.

    A fixed number of queries whatever the size (key points, links, claims with speakers and sources,
    figures): 4.
    """
    points = list(Proposition.objects.filter(brief=brief).order_by("position", "pk"))
    links = list(
        Proposition.claims.through.objects.filter(proposition__brief=brief).values_list(
            "proposition_id", "claim_id"
        )
    )
    claims = list(
        Claim.objects.approved()
        .filter(pk__in={claim_id for _, claim_id in links})
        .select_related("speaker__affiliation", "source__outlet")
        .prefetch_related("figures")
        .order_by("pk")
    )
    approved_ids = {claim.pk for claim in claims}
    claim_ids: dict[int, list[int]] = {point.pk: [] for point in points}
    for point_id, claim_id in links:
        if claim_id in approved_ids:
            claim_ids[point_id].append(claim_id)
    sources = {claim.source_id: claim.source for claim in claims}
    return AssemblyInputs(
        brief=BriefIn(
            slug=brief.slug,
            title=brief.title,
            language=brief.language,
            summary=brief.summary,
            key_points=tuple(
                KeyPointIn(
                    id=point.pk,
                    position=point.position,
                    statement=point.statement,
                    claim_ids=tuple(sorted(claim_ids[point.pk])),
                    event_start=point.event_start,
                    event_end=point.event_end,
                    event_precision=point.event_precision,
                )
                for point in points
            ),
        ),
        claims=tuple(
            ClaimIn(
                id=claim.pk,
                source_id=claim.source_id,
                speaker=ActorRef(
                    id=claim.speaker.pk,
                    slug=claim.speaker.slug,
                    name=claim.speaker.name,
                    kind=claim.speaker.kind,
                    affiliation=claim.speaker.affiliation.name if claim.speaker.affiliation else None,
                ),
                stance=claim.stance,
                quote=claim.exact,
                paraphrase=claim.paraphrase,
                said_on=claim.said_on,
                event_start=claim.event_start,
                event_end=claim.event_end,
                event_precision=claim.event_precision,
                figures=tuple(
                    FigureIn(
                        value=format(figure.value.normalize(), "f"),
                        unit=figure.unit,
                        qualifier=figure.qualifier,
                    )
                    for figure in claim.figures.all()
                ),
            )
            for claim in claims
        ),
        sources=tuple(
            SourceIn(
                id=source.pk,
                outlet=source.outlet.name if source.outlet else _("Unknown outlet"),
                outlet_kind=source.outlet.kind if source.outlet else "news_site",
                title=source.title,
                published_at=source.published_at.isoformat() if source.published_at else None,
                published_at_confidence=source.published_at_confidence,
                cited_outlets=tuple(source.cited_outlets),
                body=source.body,
            )
            for source in sorted(sources.values(), key=lambda source: source.pk)
        ),
    )


def current_revision(brief: Brief) -> BriefRevision | None:
    return brief.revisions.published().first()


@dataclass(frozen=True)
class RevisionReview:
    """What a reviewer needs to decide: the revision's changes against what readers see now."""

    published: BriefRevision | None
    changes: list[dict]


def revision_review(revision: BriefRevision) -> RevisionReview:
    published = (
        BriefRevision.objects.published().filter(brief_id=revision.brief_id).exclude(pk=revision.pk).first()
    )
    return RevisionReview(
        published=published,
        changes=diff_snapshots(published.content if published else None, revision.content),
    )


def published_revision(*, slug: str, number: int | None = None) -> BriefRevision:
    """The revision readers may see: the current publication, or an older published one by number.

    Anything else (pending, rejected, unknown) raises DoesNotExist, whoever asks.
    """
    revisions = BriefRevision.objects.public().select_related("brief", "reviewed_by").filter(brief__slug=slug)
    if number is None:
        return revisions.get(status=BriefRevision.Status.PUBLISHED)
    return revisions.get(number=number)


def published_briefs() -> list[BriefRevision]:
    """The current publication of every brief that has one (1 query)."""
    return list(
        BriefRevision.objects.published()
        .select_related("brief")
        .order_by("-published_at")
        .only("number", "published_at", "brief__slug", "brief__title", "brief__summary", "brief__language")
    )

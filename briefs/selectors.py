"""Reads for the editorial model, each with a fixed number of queries whatever the size."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.db.models import Case, Count, Exists, IntegerField, Max, OuterRef, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from briefs.assembly import ActorRef, BriefIn, ClaimIn, FigureIn, KeyPointIn, SourceIn, diff_snapshots
from briefs.models import (
    Actor,
    AuditEntry,
    Brief,
    BriefRevision,
    ChangeEvent,
    Claim,
    ClaimSuggestion,
    Proposition,
)
from ingest.models import Outlet, Source

#: How long a public index stays cached; its key changes with every publication anyway.
PUBLIC_INDEX_CACHE_SECONDS = 24 * 60 * 60


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


# --- Public visibility (the syndication API) ------------------------------------------------------------
#
# What anonymous readers and partners may see is decided by the published snapshots, never by live rows:
# a claim is public when it is approved AND a published or superseded revision cites it; a source when a
# public claim cites it; a key point when the current publication of its brief contains it (and its
# published wording is what we serve). The index below is read from the public revisions' content and
# cached under a fingerprint that changes with every publication (published snapshots never change).


@dataclass(frozen=True)
class PublicState:
    """How far publication has gone: a fingerprint for caches and the latest public change."""

    fingerprint: str
    last_modified: datetime | None


@dataclass(frozen=True)
class PublicKeyPoint:
    id: int
    brief_id: int
    rank: int
    published_at: datetime
    entry: dict


@dataclass(frozen=True)
class PublicIndex:
    claim_ids: frozenset[int] = frozenset()
    claim_briefs: dict[int, tuple[str, ...]] = field(default_factory=dict)
    claim_key_points: dict[int, tuple[int, ...]] = field(default_factory=dict)
    brief_claims: dict[str, frozenset[int]] = field(default_factory=dict)
    key_points: dict[int, PublicKeyPoint] = field(default_factory=dict)
    key_point_claims: dict[int, frozenset[int]] = field(default_factory=dict)


def public_state() -> PublicState:
    """Two small aggregate queries: public revisions (count, latest publication) and the change feed."""
    revisions = BriefRevision.objects.public().aggregate(count=Count("pk"), last=Max("published_at"))
    changes = ChangeEvent.objects.aggregate(last=Max("occurred_at"))
    stamps = [stamp for stamp in (revisions["last"], changes["last"]) if stamp is not None]
    published = revisions["last"].isoformat() if revisions["last"] else "-"
    return PublicState(
        fingerprint=f"{revisions['count']}:{published}", last_modified=max(stamps) if stamps else None
    )


def _citation_claim_ids(node) -> Iterator[int]:
    """Every claim id cited anywhere in a snapshot (key points, timeline, figures)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "claim_id" and isinstance(value, int):
                yield value
            else:
                yield from _citation_claim_ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from _citation_claim_ids(item)


def build_public_index() -> PublicIndex:
    """Read every public snapshot once (1 query) and index what it makes public."""
    rows = (
        BriefRevision.objects.public()
        .order_by("brief__slug", "number")
        .values_list("brief_id", "brief__slug", "status", "published_at", "content")
    )
    claim_briefs: dict[int, set[str]] = {}
    claim_key_points: dict[int, set[int]] = {}
    key_points: dict[int, PublicKeyPoint] = {}
    key_point_claims: dict[int, frozenset[int]] = {}
    for brief_id, slug, status, published_at, content in rows:
        for claim_id in _citation_claim_ids(content):
            claim_briefs.setdefault(claim_id, set()).add(slug)
        if status != BriefRevision.Status.PUBLISHED:
            continue
        for entry in content.get("key_points", []):
            cited = frozenset(_citation_claim_ids(entry))
            key_point_claims[entry["id"]] = cited
            key_points[entry["id"]] = PublicKeyPoint(
                id=entry["id"],
                brief_id=brief_id,
                rank=len(key_points),
                published_at=published_at,
                entry=entry,
            )
            for claim_id in cited:
                claim_key_points.setdefault(claim_id, set()).add(entry["id"])
    brief_claims: dict[str, set[int]] = {}
    for claim_id, slugs in claim_briefs.items():
        for slug in slugs:
            brief_claims.setdefault(slug, set()).add(claim_id)
    return PublicIndex(
        claim_ids=frozenset(claim_briefs),
        claim_briefs={claim_id: tuple(sorted(slugs)) for claim_id, slugs in claim_briefs.items()},
        claim_key_points={claim_id: tuple(sorted(ids)) for claim_id, ids in claim_key_points.items()},
        brief_claims={slug: frozenset(ids) for slug, ids in brief_claims.items()},
        key_points=key_points,
        key_point_claims=key_point_claims,
    )


def public_index(state: PublicState | None = None) -> PublicIndex:
    """The index for the current publication state: from the cache, or built (1 query) and cached."""
    state = state or public_state()
    key = f"briefs:public-index:v1:{state.fingerprint}"
    index = cache.get(key)
    if index is None:
        index = build_public_index()
        cache.set(key, index, timeout=PUBLIC_INDEX_CACHE_SECONDS)
    return index


def public_claims(index: PublicIndex) -> QuerySet[Claim]:
    """Approved claims that a public revision cites."""
    return Claim.objects.approved().filter(pk__in=index.claim_ids)


def public_sources(index: PublicIndex) -> QuerySet[Source]:
    return Source.objects.filter(Exists(public_claims(index).filter(source=OuterRef("pk"))))


def public_actors(index: PublicIndex) -> QuerySet[Actor]:
    """Actors who speak a public claim."""
    return Actor.objects.filter(Exists(public_claims(index).filter(speaker=OuterRef("pk"))))


def public_outlets(index: PublicIndex) -> QuerySet[Outlet]:
    """Outlets of the sources of public claims."""
    return Outlet.objects.filter(Exists(public_claims(index).filter(source__outlet=OuterRef("pk"))))


def public_key_points(index: PublicIndex) -> QuerySet[Proposition]:
    """Key points in a current publication, in the published order (brief by brief, then position)."""
    if not index.key_points:
        return Proposition.objects.none()
    rank = Case(
        *(When(pk=point.id, then=Value(point.rank)) for point in index.key_points.values()),
        output_field=IntegerField(),
    )
    return Proposition.objects.filter(pk__in=index.key_points).annotate(published_rank=rank)


def current_publications() -> QuerySet[BriefRevision]:
    """The current publication of every brief that has one."""
    return BriefRevision.objects.published().select_related("brief")


def public_revisions(*, slug: str) -> QuerySet[BriefRevision]:
    """A brief's published and superseded revisions; empty for an unknown or unpublished brief alike."""
    return BriefRevision.objects.public().filter(brief__slug=slug).select_related("brief")

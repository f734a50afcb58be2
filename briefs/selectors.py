"""Reads for the editorial model, each with a fixed number of queries whatever the size."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from briefs.assembly import (
    ActorRef,
    BriefIn,
    ClaimIn,
    FigureIn,
    KeyPointIn,
    MovementIn,
    PlaceIn,
    SourceIn,
    diff_cited,
    diff_snapshots,
)
from briefs.models import (
    Actor,
    Brief,
    BriefRevision,
    Claim,
    ClaimFigure,
    ClaimSuggestion,
    Movement,
    Proposition,
)
from ingest.models import Source
from ingest.pipeline.outlets import load_default_profiles

#: How long a public index stays cached; its key changes with every publication anyway.
PUBLIC_INDEX_CACHE_SECONDS = 24 * 60 * 60

logger = logging.getLogger(__name__)


class ActorNotFound(LookupError):
    pass


class AmbiguousActor(ActorNotFound):
    """More than one actor has the name."""


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
        raise AmbiguousActor(f"“{name}” could mean {names}; use the full name.")
    return matches[0]


def actor_name_choices() -> list[tuple[str, str]]:
    """(name, its other names) per actor, for the speaker field's suggestions list: 1 query.

    One option per actor, so an actor is listed once however many names it has (the seeded aliases repeat
    the name itself); the browser matches what is typed against the other names too, and picking the
    option fills in the name, which designates one actor where an alias may be shared."""
    choices = []
    for actor in Actor.objects.only("name", "aliases"):
        seen, others = {actor.name.casefold()}, []
        for alias in actor.aliases:
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                others.append(alias)
        choices.append((actor.name, ", ".join(others)))
    return sorted(choices, key=lambda choice: choice[0].casefold())


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
    """What the annotation panel shows for one Source: 2 queries."""
    claims = list(
        Claim.objects.filter(source=source).select_related("speaker", "created_by").order_by("start", "pk")
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


@dataclass(frozen=True)
class AssemblyInputs:
    brief: BriefIn
    claims: tuple[ClaimIn, ...]
    sources: tuple[SourceIn, ...]
    # Casefolded credited name → the other names a text may use for it (the outlet registry's aliases).
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _credit_aliases(cited: set[str]) -> dict[str, tuple[str, ...]]:
    """The registry's other spellings of the credited names: read from the packaged registry, so that
    assembly costs no query for them."""
    found = {}
    for profile in load_default_profiles():
        names = profile.names
        for name in names:
            key = name.strip().casefold()
            if key in cited:
                found[key] = tuple(sorted(set(names) - {name}))
    return found


def assembly_inputs(brief: Brief) -> AssemblyInputs:
    """Everything assembly reads, as plain inputs: approved, anchored claims of the brief's key points.

    Five queries whatever the size (key points; the links of approved claims with those claims and their
    speakers; the sources they cite; their figures; their movements with both places). Rows are read as values, not model instances, and each source once rather than once per
    claim: building 10,000 claim instances with their sources' bodies, raw texts and removed lines (JSON)
    was most of the time of assembling a big brief. The claim sets are subqueries, never long id lists.
    """
    points = list(
        Proposition.objects.filter(brief=brief)
        .order_by("position", "pk")
        .values_list(
            "pk",
            "position",
            "statement",
            "event_start",
            "event_end",
            "event_precision",
            "statement_indonesian",
        )
    )
    # One row per link of an approved claim (a claim on two key points comes twice), claim order.
    link_rows = list(
        Proposition.claims.through.objects.filter(
            proposition__brief=brief, claim__in=Claim.objects.approved()
        )
        .order_by("claim_id", "proposition_id")
        .values_list(
            "proposition_id",
            "claim_id",
            "claim__source_id",
            "claim__stance",
            "claim__exact",
            "claim__paraphrase",
            "claim__quote_english",
            "claim__said_on",
            "claim__event_start",
            "claim__event_end",
            "claim__event_precision",
            "claim__speaker_id",
            "claim__speaker__slug",
            "claim__speaker__name",
            "claim__speaker__kind",
            "claim__speaker__affiliation__name",
            "claim__start",
            "claim__end",
        )
    )
    claims = _brief_claims(brief)
    source_rows = list(
        Source.objects.filter(pk__in=claims.values("source_id"))
        .order_by("pk")
        .values_list(
            "pk",
            "outlet__name",
            "outlet__kind",
            "title",
            "published_at",
            "published_at_precision",
            "cited_outlets",
            "body",
            "copy_of_id",
        )
    )
    figures: dict[int, list[FigureIn]] = {}
    for claim_id, value, unit, qualifier in (
        ClaimFigure.objects.filter(claim__in=claims)
        .order_by("claim_id", "pk")
        .values_list("claim_id", "value", "unit", "qualifier")
    ):
        figures.setdefault(claim_id, []).append(
            FigureIn(value=format(value.normalize(), "f"), unit=unit, qualifier=qualifier)
        )
    movements = _claim_movements(claims)
    claim_ids: dict[int, list[int]] = {point[0]: [] for point in points}
    claim_rows: dict[int, list] = {}
    for point_id, claim_id, *claim in link_rows:
        claim_ids[point_id].append(claim_id)
        claim_rows[claim_id] = claim
    speakers: dict[int, ActorRef] = {}
    unknown_outlet = _("Unknown outlet")
    return AssemblyInputs(
        brief=BriefIn(
            slug=brief.slug,
            title=brief.title,
            language=brief.language,
            summary=brief.summary,
            title_indonesian=brief.title_indonesian,
            summary_indonesian=brief.summary_indonesian,
            key_points=tuple(
                KeyPointIn(
                    id=pk,
                    position=position,
                    statement=statement,
                    claim_ids=tuple(sorted(claim_ids[pk])),
                    event_start=event_start,
                    event_end=event_end,
                    event_precision=event_precision,
                    statement_indonesian=statement_indonesian,
                )
                for pk, position, statement, event_start, event_end, event_precision, statement_indonesian in (
                    points
                )
            ),
        ),
        claims=tuple(
            ClaimIn(
                id=pk,
                source_id=source_id,
                speaker=speakers.get(speaker_id)
                or speakers.setdefault(
                    speaker_id,
                    ActorRef(id=speaker_id, slug=slug, name=name, kind=kind, affiliation=affiliation),
                ),
                stance=stance,
                quote=exact,
                paraphrase=paraphrase,
                quote_english=quote_english,
                said_on=said_on,
                event_start=event_start,
                event_end=event_end,
                event_precision=event_precision,
                figures=tuple(figures.get(pk, ())),
                movements=tuple(movements.get(pk, ())),
                start=start,
                end=end,
            )
            for pk, (
                source_id,
                stance,
                exact,
                paraphrase,
                quote_english,
                said_on,
                event_start,
                event_end,
                event_precision,
                speaker_id,
                slug,
                name,
                kind,
                affiliation,
                start,
                end,
            ) in claim_rows.items()
        ),
        sources=tuple(
            SourceIn(
                id=pk,
                outlet=outlet_name if outlet_name is not None else unknown_outlet,
                outlet_kind=outlet_kind if outlet_kind is not None else "news_site",
                title=title,
                # Local time, so that a day-only date is the calendar day the article gave.
                published_at=localtime(published_at).isoformat() if published_at else None,
                published_precision=precision or "minute",
                cited_outlets=tuple(cited_outlets),
                body=body,
                copy_of=copy_of,
            )
            for (
                pk,
                outlet_name,
                outlet_kind,
                title,
                published_at,
                precision,
                cited_outlets,
                body,
                copy_of,
            ) in source_rows
        ),
        aliases=_credit_aliases(
            {name.strip().casefold() for *_, cited_outlets, _, _ in source_rows for name in cited_outlets}
        ),
    )


_PLACE_COLUMNS = ("id", "name", "kind", "latitude", "longitude", "name_indonesian")


def _claim_movements(claims: QuerySet[Claim]) -> dict[int, list[MovementIn]]:
    """The movements of these claims with both their places, by claim (1 query); each place read once."""
    columns = [f"{end}__{column}" for end in ("origin", "destination") for column in _PLACE_COLUMNS]
    places: dict[tuple, PlaceIn] = {}

    def place(values: tuple) -> PlaceIn:
        found = places.get(values)
        if found is None:
            pk, name, kind, latitude, longitude, name_indonesian = values
            found = places[values] = PlaceIn(
                id=pk,
                name=name,
                kind=kind,
                latitude=format(latitude.normalize(), "f"),
                longitude=format(longitude.normalize(), "f"),
                name_indonesian=name_indonesian,
            )
        return found

    movements: dict[int, list[MovementIn]] = {}
    width = len(_PLACE_COLUMNS)
    for claim_id, mode, start, end, precision, *ends in (
        Movement.objects.filter(claim__in=claims)
        .order_by("claim_id", "pk")
        .values_list("claim_id", "mode", "period_start", "period_end", "period_precision", *columns)
    ):
        movements.setdefault(claim_id, []).append(
            MovementIn(
                origin=place(tuple(ends[:width])),
                destination=place(tuple(ends[width:])),
                mode=mode,
                period_start=start,
                period_end=end,
                period_precision=precision,
            )
        )
    return movements


def _brief_claims(brief: Brief) -> QuerySet[Claim]:
    """The approved claims linked to the brief's key points (a subquery on the links)."""
    linked = Proposition.claims.through.objects.filter(proposition__brief=brief).values("claim_id")
    return Claim.objects.approved().filter(pk__in=linked)


@dataclass(frozen=True)
class StaleKeyPoint:
    key_point: Proposition
    added: bool  # added after the summary was last edited (else changed after it)


@dataclass(frozen=True)
class RevisionReview:
    """What a reviewer needs to decide: the revision's diff against what readers see now, and the key
    points the summary may not reflect yet."""

    published: BriefRevision | None
    diff: list[dict]
    stale_key_points: list[StaleKeyPoint]


def stale_key_points(brief: Brief) -> list[StaleKeyPoint]:
    """Key points added or changed after the brief's summary was last edited (1 query)."""
    if not brief.summary.strip():
        return []
    since = brief.summary_written_at
    return [
        StaleKeyPoint(key_point=point, added=point.created_at > since)
        for point in Proposition.objects.filter(brief=brief)
        .filter(Q(created_at__gt=since) | Q(updated_at__gt=since))
        .order_by("position", "pk")
    ]


def revision_review(revision: BriefRevision) -> RevisionReview:
    published = (
        BriefRevision.objects.published().filter(brief_id=revision.brief_id).exclude(pk=revision.pk).first()
    )
    return RevisionReview(
        published=published,
        diff=diff_snapshots(published.content if published else None, revision.content)
        + diff_cited(published.cited if published else None, revision.cited),
        stale_key_points=stale_key_points(revision.brief),
    )

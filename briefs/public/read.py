"""The one place that says what readers and partners may see: the public rows and public revisions.

Every reader page, feed and /api/v1/ endpoint reads through here. Nothing here reads an editorial row
(Claim, Source, Actor, Outlet, Proposition, a Brief's title): only revisions that were published or
superseded, and the rows their publications wrote (briefs/public/publication.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, OuterRef, QuerySet, Subquery
from django.db.models.fields.json import KT
from django.utils.dateparse import parse_datetime

from briefs.models import (
    BriefRevision,
    ChangeEvent,
    PublicActor,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
    RevisionRendering,
)
from ingest.publication_dates import publication_date


@dataclass(frozen=True)
class PublicState:
    """How far publication has gone: a fingerprint for caches and the latest public change."""

    fingerprint: str
    last_modified: datetime | None


def public_state() -> PublicState:
    """The latest publication and the latest change-feed event (2 small aggregate queries on indexes)."""
    revisions = BriefRevision.objects.public().aggregate(latest=Max("pk"), published_at=Max("published_at"))
    last_change = ChangeEvent.objects.aggregate(latest=Max("pk"), at=Max("occurred_at"))
    stamps = [stamp for stamp in (revisions["published_at"], last_change["at"]) if stamp is not None]
    return PublicState(
        fingerprint=f"{revisions['latest'] or '-'}:{last_change['latest'] or '-'}",
        last_modified=max(stamps) if stamps else None,
    )


def public_claims() -> QuerySet[PublicClaim]:
    return PublicClaim.objects.all()


def public_sources() -> QuerySet[PublicSource]:
    return PublicSource.objects.filter(listed=True)


def public_actors() -> QuerySet[PublicActor]:
    return PublicActor.objects.filter(listed=True)


def public_outlets() -> QuerySet[PublicOutlet]:
    return PublicOutlet.objects.filter(listed=True)


def public_key_points() -> QuerySet[PublicKeyPoint]:
    """Key points of the current publications, brief by brief in published order."""
    return PublicKeyPoint.objects.all()


def current_publications() -> QuerySet[BriefRevision]:
    """The current publication of every brief that has one."""
    return BriefRevision.objects.published().select_related("brief")


def public_revisions(*, slug: str) -> QuerySet[BriefRevision]:
    """A brief's published and superseded revisions; empty for an unknown or unpublished brief alike."""
    return BriefRevision.objects.public().filter(brief__slug=slug).select_related("brief")


def data(row) -> dict:
    """A public row's stored JSON."""
    return json.loads(row.data)


def stored_publication_date(source: dict) -> dict:
    """A published source's ``publication_date`` as its publication stored it. A source published before
    publications stored it gets it from what they did store (the instant and the importer's confidence),
    as those pages showed it then: the time when the importer was sure of it, else the day."""
    if "publication_date" in source:
        return source["publication_date"]
    published_at = source["published_at"]
    if isinstance(published_at, str):
        published_at = parse_datetime(published_at)
    confidence = source["published_at_confidence"]
    date = publication_date(
        published_at=published_at,
        precision="minute" if confidence >= 0.9 else "day",
        confidence=confidence,
        display_date=False,
        confirmed=False,
    )
    return {"value": date.value if date.is_fact else None, "precision": date.precision, "status": date.status}


# --- Reader pages -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    text: str
    claims: tuple[dict, ...]


def body_segments(body: str, claims: list[dict]) -> list[Segment]:
    """The body cut at every claim boundary, each piece with the claims covering it (overlaps allowed)."""
    cuts = sorted({0, len(body), *(c["start"] for c in claims), *(c["end"] for c in claims)})
    segments = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        if left >= right or right > len(body):
            continue
        covering = tuple(c for c in claims if c["start"] <= left and right <= c["end"])
        segments.append(Segment(body[left:right], covering))
    return segments


@dataclass(frozen=True)
class SourcePage:
    source: dict
    quotes: list[dict]
    segments: list[Segment]
    briefs: list[dict]


def has_source_page(source_id: int) -> bool:
    """Whether readers have a page for this source (a publication cited it; 1 query)."""
    return PublicSource.objects.filter(pk=source_id).exists()


def public_source_page(source_id: int) -> SourcePage | None:
    """A source as its last publication stated it, with its public quotes (3 queries, whatever the number
    of publications: a 404 costs one indexed lookup)."""
    row = PublicSource.objects.filter(pk=source_id).first()
    if row is None:
        return None
    source = data(row)
    source["publication_date"] = stored_publication_date(source)
    if source["published_at"]:
        source["published_at"] = parse_datetime(source["published_at"])
    claims = []
    claim_rows = {claim.pk: claim for claim in PublicClaim.objects.filter(pk__in=row.claims)}
    points = {
        point.pk: point
        for point in PublicKeyPoint.objects.filter(
            pk__in={pk for claim in claim_rows.values() for pk in claim.key_points}
        ).select_related("brief")
    }
    for claim_id in row.claims:
        claim_row = claim_rows[claim_id]
        claim = {**data(claim_row), "pk": claim_id}
        claim["key_points"] = [
            {"id": pk, "statement": points[pk].statement, "brief": points[pk].brief.slug}
            for pk in claim_row.key_points
            if pk in points
        ]
        claims.append(claim)
    return SourcePage(
        source=source,
        quotes=claims,
        segments=body_segments(source["body"], claims),
        briefs=row.briefs,
    )


@dataclass(frozen=True)
class ActorPage:
    actor: dict
    positions: list[dict]


def public_actor_page(slug: str) -> ActorPage | None:
    """Every published position of one actor (1 query)."""
    row = PublicActor.objects.filter(slug=slug).first()
    if row is None or not row.positions:
        return None
    return ActorPage(actor=data(row), positions=row.positions)


# --- Brief pages: a revision's page from the revision alone -------------------------------------------


@dataclass(frozen=True)
class RevisionMeta:
    pk: int
    number: int
    content_hash: str
    published_at: datetime
    status: str


def public_revision_meta(*, slug: str, number: int | None) -> RevisionMeta | None:
    """The revision a brief URL shows, without its content (1 query)."""
    revisions = BriefRevision.objects.public().filter(brief__slug=slug)
    revisions = revisions.filter(number=number) if number is not None else revisions.published()
    row = revisions.values_list("pk", "number", "content_hash", "published_at", "status").first()
    return None if row is None else RevisionMeta(*row)


def revision_for_page(pk: int) -> BriefRevision:
    return BriefRevision.objects.public().select_related("brief").get(pk=pk)


@dataclass(frozen=True)
class RevisionPage:
    """What a brief page shows around the revision's markup, and the markup stored for it, if any."""

    pk: int
    number: int
    status: str
    published_at: datetime
    brief_slug: str
    #: The reviewer's public name as published; empty: the page says "the editors". Never a login.
    reviewer_name: str
    title: str
    language: str
    stored_html: bytes | None
    stored_jsonld: bytes | None


def revision_page(pk: int, *, language: str, fingerprint: str) -> RevisionPage:
    """A public revision for its reader page without its content, plus its stored markup (1 query)."""
    stored = RevisionRendering.objects.filter(
        revision=OuterRef("pk"), language=language, fingerprint=fingerprint
    )
    row = (
        BriefRevision.objects.public()
        .filter(pk=pk)
        .annotate(
            content_title=KT("content__title"),
            content_language=KT("content__language"),
            stored_html=Subquery(stored.values("content_html")[:1]),
            stored_jsonld=Subquery(stored.values("jsonld")[:1]),
        )
        .values_list(
            "pk",
            "number",
            "status",
            "published_at",
            "brief__slug",
            "reviewer_name",
            "content_title",
            "content_language",
            "stored_html",
            "stored_jsonld",
        )  # fmt: skip
        .first()
    )
    if row is None:
        raise BriefRevision.DoesNotExist(pk)
    *head, stored_html, stored_jsonld = row
    # `head` is the eight leading fields; mypy cannot count a starred list, so it sees them clash.
    return RevisionPage(  # type: ignore[misc]
        *head,
        stored_html=None if stored_html is None else bytes(stored_html),
        stored_jsonld=None if stored_jsonld is None else bytes(stored_jsonld),
    )


def published_history(*, slug: str) -> list[BriefRevision]:
    """Every readable revision of a brief, newest first, with its content (1 query)."""
    return list(
        BriefRevision.objects.public()
        .filter(brief__slug=slug)
        .only("number", "status", "published_at", "content")
        .order_by("-number")
    )


def published_briefs() -> list[BriefRevision]:
    """The current publication of every brief that has one, with the title, summary and language it was
    published with (an edit to the brief waits for the next publication) (1 query)."""
    return list(
        BriefRevision.objects.published()
        .select_related("brief")
        .annotate(
            published_title=KT("content__title"),
            published_summary=KT("content__summary"),
            published_language=KT("content__language"),
        )
        .order_by("-published_at")
        .only("number", "published_at", "brief__slug")
    )

"""Reads for the public reader pages. Only published material, each with a fixed number of queries.

What readers may see is defined by the published snapshots themselves: a claim or source is public
when a published (or superseded, still readable) revision cites it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from django.db import connection
from django.db.models import Max, OuterRef, Subquery
from django.db.models.fields.json import KT

from briefs.models import Actor, BriefRevision, Claim, RevisionRendering
from briefs.selectors import body_segments, raw_datetime
from ingest.models import Source


@dataclass(frozen=True)
class PublicationState:
    """A fingerprint of what is published: changes whenever anything is published (1 query)."""

    latest_revision_id: int | None
    published_at: datetime | None


def publication_state() -> PublicationState:
    row = BriefRevision.objects.public().aggregate(latest=Max("pk"), published_at=Max("published_at"))
    return PublicationState(latest_revision_id=row["latest"], published_at=row["published_at"])


@dataclass(frozen=True)
class RevisionMeta:
    pk: int
    number: int
    content_hash: str
    published_at: datetime
    status: str


def public_revision_meta(*, slug: str, number: int | None) -> RevisionMeta | None:
    """The revision a brief URL shows, without its content (1 query).

    The one query of a cached brief page, so its SQL is compiled once per process from the QuerySet
    (the visibility rules stay in ``public()``/``published()``) and only run after that: building and
    compiling the QuerySet on every request cost several times what SQLite takes to answer it.
    """
    sql, params = _revision_meta_sql(by_number=number is not None)
    values = [slug if param == _SLUG else number if param == _NUMBER else param for param in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    if row is None:
        return None
    pk, number, content_hash, published_at, status = row
    published_at = raw_datetime(published_at)
    return RevisionMeta(
        pk=pk, number=number, content_hash=content_hash, published_at=published_at, status=status
    )


# Placeholder values, swapped for the real slug and number when the compiled query runs.
_SLUG = "\x00slug\x00"
_NUMBER = 2_147_483_000


@lru_cache(maxsize=2)
def _revision_meta_sql(*, by_number: bool) -> tuple[str, tuple]:
    revisions = BriefRevision.objects.public().filter(brief__slug=_SLUG)
    revisions = revisions.filter(number=_NUMBER) if by_number else revisions.published()
    columns = ("pk", "number", "content_hash", "published_at", "status")
    query = revisions.values_list(*columns).order_by("-number")[:1].query
    return query.sql_with_params()


def revision_for_page(pk: int) -> BriefRevision:
    return BriefRevision.objects.select_related("brief", "reviewed_by").get(pk=pk)


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
    """A revision for its reader page without its content, plus its stored markup when there is one.

    One query, compiled once per process like ``public_revision_meta``: the title and language are
    read out of the JSON content, the markup stored for this language and rendering code comes along.
    """
    sql, params = _revision_page_sql()
    sentinels = {_PK: pk, _LANGUAGE: language, _FINGERPRINT: fingerprint}
    with connection.cursor() as cursor:
        cursor.execute(sql, [sentinels.get(param, param) for param in params])
        row = cursor.fetchone()
    if row is None:
        raise BriefRevision.DoesNotExist(pk)
    (pk, number, status, published_at, slug, reviewer_name, title, content_language,
     stored_html, stored_jsonld) = row  # fmt: skip
    published_at = raw_datetime(published_at)
    return RevisionPage(
        pk=pk,
        number=number,
        status=status,
        published_at=published_at,
        brief_slug=slug,
        reviewer_name=reviewer_name,
        title=title,
        language=content_language,
        stored_html=None if stored_html is None else bytes(stored_html),
        stored_jsonld=None if stored_jsonld is None else bytes(stored_jsonld),
    )


_PK = 2_147_483_001
_LANGUAGE = "\x00language\x00"
_FINGERPRINT = "\x00fingerprint\x00"


@lru_cache(maxsize=1)
def _revision_page_sql() -> tuple[str, tuple]:
    stored = RevisionRendering.objects.filter(
        revision=OuterRef("pk"), language=_LANGUAGE, fingerprint=_FINGERPRINT
    )
    query = (
        BriefRevision.objects.filter(pk=_PK)
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
        .query
    )
    return query.sql_with_params()


@dataclass
class PublishedHistory:
    revisions: list[BriefRevision] = field(default_factory=list)


def published_history(*, slug: str) -> list[BriefRevision]:
    """Every readable revision of a brief, newest first, with its content (1 query)."""
    return list(
        BriefRevision.objects.public()
        .filter(brief__slug=slug)
        .only("number", "status", "published_at", "content")
        .order_by("-number")
    )


def _public_contents() -> list[dict]:
    return list(BriefRevision.objects.public().order_by("-pk").values_list("content", flat=True))


@dataclass(frozen=True)
class CitedQuote:
    claim: Claim
    key_points: list[dict]


@dataclass(frozen=True)
class SourcePage:
    source: Source
    quotes: list[CitedQuote]
    segments: list
    briefs: list[dict]


def public_source_page(source_id: int) -> SourcePage | None:
    """A source as readers see it: only if a public revision cites it; its cited quotes (3 queries)."""
    claim_points: dict[int, list[dict]] = {}
    briefs: dict[str, dict] = {}
    cited = False
    for content in _public_contents():
        if not any(source["id"] == source_id for source in content.get("sources", [])):
            continue
        cited = True
        briefs.setdefault(content["slug"], {"slug": content["slug"], "title": content["title"]})
        for point in content.get("key_points", []):
            for position in point["positions"]:
                for citation in position["citations"]:
                    if citation["source_id"] != source_id:
                        continue
                    points = claim_points.setdefault(citation["claim_id"], [])
                    entry = {"id": point["id"], "statement": point["statement"], "brief": content["slug"]}
                    if entry not in points:
                        points.append(entry)
    if not cited:
        return None
    source = Source.objects.select_related("outlet").filter(pk=source_id).first()
    if source is None:
        return None
    claims = list(
        Claim.objects.approved()
        .filter(source=source, pk__in=list(claim_points))
        .select_related("speaker")
        .order_by("start", "pk")
    )
    return SourcePage(
        source=source,
        quotes=[CitedQuote(claim=claim, key_points=claim_points[claim.pk]) for claim in claims],
        segments=body_segments(source.body, claims),
        briefs=list(briefs.values()),
    )


@dataclass(frozen=True)
class ActorPage:
    actor: Actor
    positions: list[dict]


def public_actor_page(slug: str) -> ActorPage | None:
    """Every published position of one actor, one brief at a time (2 queries).

    Per brief, the positions come from the newest readable revision that quotes the actor: the current
    publication when it still does, else the superseded revision that did (it stays readable and links
    here), marked with its number so the page links to that revision rather than to the current one.
    """
    actor = Actor.objects.select_related("affiliation").filter(slug=slug).first()
    if actor is None:
        return None
    positions = []
    shown_briefs: set[str] = set()
    revisions = (
        BriefRevision.objects.public().order_by("brief_id", "-number").values("number", "status", "content")
    )
    for revision in revisions:
        content = revision["content"]
        if content["slug"] in shown_briefs:
            continue
        current = revision["status"] == BriefRevision.Status.PUBLISHED
        found = [
            {
                "brief": {"slug": content["slug"], "title": content["title"]},
                "revision": None if current else revision["number"],
                "key_point": {"id": point["id"], "statement": point["statement"]},
                # A schema 1 snapshot had one row per stance; schema 2 one row per actor with its acts.
                "position": position.get("position"),
                "acts": position.get("acts") or [position["stance"]],
                "citations": position["citations"],
            }
            for point in content.get("key_points", [])
            for position in point["positions"]
            # By id: the snapshot keeps the slug the actor had when it was published.
            if position["actor"]["id"] == actor.pk
        ]
        if found:
            shown_briefs.add(content["slug"])
            positions += found
    if not positions:
        return None
    positions.sort(key=lambda position: (position["revision"] is not None, position["brief"]["title"]))
    return ActorPage(actor=actor, positions=positions)

"""The one place that says what readers and partners may see: the public rows and public revisions.

Every reader page, feed and /api/v1/ endpoint reads through here. Nothing here reads an editorial row
(Claim, Source, Actor, Outlet, Proposition, a Brief's title): only revisions that were published or
superseded, and the rows their publications wrote (briefs/public/publication.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.paginator import InvalidPage, Paginator
from django.db import connection
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KT, KeyTextTransform
from django.db.models.functions import Lower
from django.utils.dateparse import parse_datetime

from briefs.assembly.dates import iso_at_precision
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
from briefs.public.search_text import Piece, excerpt, highlighted, word_pattern
from briefs.public.stand_in_titles import stand_in_title
from briefs.quotation_marks import quotes_within_a_quote
from ingest.publication_dates import publication_date


@dataclass(frozen=True)
class PublicState:
    """How far publication has gone: a fingerprint for caches and the latest public change."""

    fingerprint: str
    last_modified: datetime | None


def public_state() -> PublicState:
    """The latest change-feed event (1 query on its primary key). Every publication, supersession,
    correction, removal and rename writes one (briefs/services/change_feed.py), so its id moves whenever
    anything public does."""
    latest = ChangeEvent.objects.order_by("-pk").values_list("pk", "occurred_at").first()
    if latest is None:
        return PublicState(fingerprint="-", last_modified=None)
    # With its time: a database that reuses the id of a rolled-back or deleted event still moves on.
    return PublicState(fingerprint=f"{latest[0]}@{latest[1].timestamp()}", last_modified=latest[1])


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


def _titled_in_both_languages(briefs_of: list[list[dict]]) -> None:
    """Citing briefs (a public source's ``briefs``) stored before they carried their Indonesian title and
    language get them from their current publication (1 query, only when one lacks them), so a database
    published by older code names them as the brief page does without a rebuild of the public rows."""
    missing = {brief["slug"] for briefs in briefs_of for brief in briefs if "title_indonesian" not in brief}
    if not missing:
        return
    found = {
        slug: {"title_indonesian": title_indonesian or "", "language": language or "en"}
        for slug, title_indonesian, language in current_publications()
        .filter(brief__slug__in=missing)
        .values_list("brief__slug", "content__title_indonesian", "content__language")
    }
    for briefs in briefs_of:
        for brief in briefs:
            if "title_indonesian" not in brief:
                brief.update(found.get(brief["slug"], {"title_indonesian": "", "language": "en"}))


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
    source["stand_in_title"] = "" if source.get("title") else stand_in_title(source.get("body") or "")
    if source["published_at"]:
        source["published_at"] = parse_datetime(source["published_at"])
    claims = []
    # Each quote's speaker with the Indonesian name its public row states, read in the same query.
    speakers = PublicActor.objects.filter(pk=OuterRef("speaker_id")).values("data")[:1]
    claim_rows = {
        claim.pk: claim
        for claim in PublicClaim.objects.filter(pk__in=row.claims).annotate(speaker_data=Subquery(speakers))
    }
    points = {
        point.pk: point
        for point in PublicKeyPoint.objects.filter(
            pk__in={pk for claim in claim_rows.values() for pk in claim.key_points}
        ).select_related("brief")
    }
    for claim_id in row.claims:
        claim_row = claim_rows[claim_id]
        claim = {**data(claim_row), "pk": claim_id}
        speaker = json.loads(claim_row.speaker_data) if claim_row.speaker_data else {}
        claim["speaker"] = {**claim["speaker"], "name_indonesian": speaker.get("name_indonesian", "")}
        claim["key_points"] = [
            {
                "id": pk,
                "statement": points[pk].statement,
                "statement_indonesian": points[pk].statement_indonesian,
                "brief": points[pk].brief.slug,
            }
            for pk in claim_row.key_points
            if pk in points
        ]
        claims.append(claim)
    _titled_in_both_languages([row.briefs])
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


# --- Indexes of actors and sources ----------------------------------------------------------------------

ACTORS_PER_PAGE = 100
SOURCES_PER_PAGE = 50


@dataclass(frozen=True)
class IndexPage:
    """One page of an index: its entries (each a public row's JSON, with ``slug``/``id``), where it is."""

    entries: list[dict]
    number: int
    pages: int
    total: int


def _index_page(rows: QuerySet, *, number: int, size: int, entry) -> IndexPage | None:
    """Page ``number`` of ``rows`` (2 queries: the count, the page); None past the last page."""
    paginator = Paginator(rows, size)
    try:
        page = paginator.page(number)
    except InvalidPage:
        return None
    return IndexPage(
        entries=[entry(row) for row in page.object_list],
        number=page.number,
        pages=paginator.num_pages,
        total=paginator.count,
    )


def public_actor_index(*, number: int) -> IndexPage | None:
    """Actors a current publication quotes and who have a page (a published position), by name."""
    rows = public_actors().exclude(positions=[]).defer("positions").order_by(Lower("name"), "id")
    return _index_page(
        rows, number=number, size=ACTORS_PER_PAGE, entry=lambda row: {**data(row), "slug": row.slug}
    )


def public_source_index(*, number: int) -> IndexPage | None:
    """Articles a current publication cites, newest first (by the article's date; undated ones last)."""
    rows = (
        public_sources()
        .defer("body", "claims")
        .order_by(F("article_published_at").desc(nulls_last=True), "-id")
    )

    def entry(row: PublicSource) -> dict:
        source = data(row)
        body = source.pop("body", None) or ""
        return {
            **source,
            "stand_in_title": "" if source.get("title") else stand_in_title(body),
            "id": row.pk,
            "publication_date": stored_publication_date(source),
            "briefs": row.briefs,
        }

    index = _index_page(rows, number=number, size=SOURCES_PER_PAGE, entry=entry)
    if index is not None:
        _titled_in_both_languages([source["briefs"] for source in index.entries])
    return index


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
    summary: str
    stored_html: bytes | None
    stored_jsonld: bytes | None
    #: The editors' Indonesian title and summary as published; None: not translated (yet).
    title_indonesian: str | None = None
    summary_indonesian: str | None = None


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
            content_summary=KT("content__summary"),
            content_title_indonesian=KT("content__title_indonesian"),
            content_summary_indonesian=KT("content__summary_indonesian"),
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
            "content_summary",
            "stored_html",
            "stored_jsonld",
            "content_title_indonesian",
            "content_summary_indonesian",
        )  # fmt: skip
        .first()
    )
    if row is None:
        raise BriefRevision.DoesNotExist(pk)
    *head, stored_html, stored_jsonld, title_indonesian, summary_indonesian = row
    # `head` is the leading fields; mypy cannot count a starred list, so it sees them clash.
    return RevisionPage(  # type: ignore[misc]
        *head,
        stored_html=None if stored_html is None else bytes(stored_html),
        stored_jsonld=None if stored_jsonld is None else bytes(stored_jsonld),
        title_indonesian=title_indonesian,
        summary_indonesian=summary_indonesian,
    )


@dataclass(frozen=True)
class KeyPointPage:
    """One key point of a public revision, with what its page needs of the revision around it."""

    revision: BriefRevision
    content: dict
    point: dict
    timeline: list[tuple[int, dict]]


def key_point_page(pk: int, *, point_id: int) -> KeyPointPage | None:
    """A key point as the public revision ``pk`` published it, and its timeline entries with their place
    in the brief's timeline (1 query); None when the revision has no such key point."""
    revision = revision_for_page(pk)
    content = revision.content
    point = next((p for p in content.get("key_points", []) if p["id"] == point_id), None)
    if point is None:
        return None
    timeline = [
        (number, entry)
        for number, entry in enumerate(content.get("timeline", []), start=1)
        if entry.get("key_point_id") == point_id
    ]
    return KeyPointPage(revision=revision, content=content, point=point, timeline=timeline)


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
            published_title_indonesian=KT("content__title_indonesian"),
            published_summary_indonesian=KT("content__summary_indonesian"),
        )
        .order_by("-published_at")
        .only("number", "published_at", "brief__slug")
    )


def feed_publications(*, limit: int) -> list[BriefRevision]:
    """The latest public revisions of every brief, newest first, titled and summarised as published (with
    the Indonesian title and summary, for the feeds in Indonesian): one feed entry each (1 query)."""
    return list(
        BriefRevision.objects.public()
        .select_related("brief")
        .order_by("-published_at", "-pk")
        .annotate(
            published_title=KT("content__title"),
            published_summary=KT("content__summary"),
            published_language=KT("content__language"),
            published_title_indonesian=KT("content__title_indonesian"),
            published_summary_indonesian=KT("content__summary_indonesian"),
        )
        .only("number", "published_at", "content_hash", "brief__slug")[:limit]
    )


# --- Search ------------------------------------------------------------------------------------------------

#: What search looks through, in the order results are listed: each kind's matches, best first.
SEARCH_KINDS = ("brief", "key_point", "actor", "claim", "source")
#: Matches kept per kind: a query that matches more says so and asks for more words, rather than paging on.
SEARCH_MATCHES_PER_KIND = 100
SEARCH_PER_PAGE = 20


@dataclass(frozen=True)
class SearchHit:
    """One result, ready to show: what it is, where it leads (``target``: a slug or an id the template
    turns into an address), a heading and a text cut into pieces with the query's words flagged."""

    kind: str
    target: dict
    heading: list[Piece]
    text: list[Piece]
    language: str
    context: str = ""
    when: dict | None = None
    #: The heading is an untitled article's opening words, not a headline (briefs/public/stand_in_titles.py).
    stand_in: bool = False
    #: The text's language where it differs from the heading's (an Indonesian title over a summary nobody
    #: translated); None: the heading's.
    text_language: str | None = None
    #: The page is Indonesian and the editors have not translated this heading or text yet: the page says
    #: so beside it, as the brief page does ("belum diterjemahkan").
    heading_untranslated: bool = False
    text_untranslated: bool = False


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    number: int
    pages: int
    total: int
    #: Kinds with more matches than SEARCH_MATCHES_PER_KIND (only that many are listed).
    capped: tuple[str, ...]


def _matches(
    rows: QuerySet, fields: tuple[str, ...], terms: list[str], newest_first: tuple[str, ...]
) -> list[int]:
    """Ids of ``rows`` whose ``fields`` hold every term, best first, at most one more than the limit
    (1 query). PostgreSQL: full text ('simple' configuration: the fields mix Indonesian and English, and
    English stemming would mangle Indonesian words, so none), ranked; SQLite: every term somewhere in the
    fields as a whole word (``word_pattern``, the highlight's pattern too: "Korea" never matches inside
    "Korean", as on PostgreSQL), any case, newest first. A term may match in one language's field and the
    next in the other's."""
    if connection.vendor == "postgresql":
        vector = SearchVector(*fields, config="simple")
        query = SearchQuery(" ".join(terms), config="simple", search_type="plain")
        rows = (
            rows.annotate(document=vector)
            .filter(document=query)
            .annotate(search_rank=SearchRank(vector, query))
            .order_by("-search_rank", *newest_first)
        )
    else:
        every_term = Q()
        for term in terms:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__iregex": word_pattern(term)})
            every_term &= any_field
        rows = rows.filter(every_term).order_by(*newest_first)
    return list(rows.values_list("pk", flat=True)[: SEARCH_MATCHES_PER_KIND + 1])


def _search_rows() -> dict[str, tuple[QuerySet, tuple[str, ...], tuple[str, ...]]]:
    """Per kind: the published rows searched, the fields matched, and the order among equals. The fields
    are what either language's pages show of a row (the Indonesian title, a quote's original words and
    its English rendering, an actor's Indonesian name), so a reader finds it by the words they read,
    whichever language the search page is in."""
    return {
        "brief": (
            BriefRevision.objects.published().annotate(
                published_title=KT("content__title"),
                published_summary=KT("content__summary"),
                published_title_indonesian=KT("content__title_indonesian"),
                published_summary_indonesian=KT("content__summary_indonesian"),
            ),
            (
                "published_title",
                "published_summary",
                "published_title_indonesian",
                "published_summary_indonesian",
            ),
            ("-published_at", "-pk"),
        ),
        "key_point": (
            public_key_points(),
            ("statement", "statement_indonesian"),
            ("-published_at", "rank", "-pk"),
        ),
        "actor": (
            public_actors().exclude(positions=[]),
            ("name", "name_indonesian", "aliases", "description", "description_indonesian"),
            ("name", "pk"),
        ),
        "claim": (public_claims(), ("exact", "quote_english", "paraphrase"), ("-said_on", "-pk")),
        "source": (public_sources(), ("title", "body"), ("-article_published_at", "-pk")),
    }


def search_public(*, terms: list[str], number: int, language: str = "en") -> SearchResults | None:
    """Published briefs, key points, actors, claims and sources holding every term, page ``number``
    (``SEARCH_PER_PAGE`` a page); None past the last page. Reads the public rows only, like every page.
    Headlines are written for a page in ``language``: a quote's English rendering on an English page, a
    key point's Indonesian statement on an Indonesian one, when the editors wrote them.

    Costs one query per kind to find the matches and one per kind shown on the page to read them: at
    most 10, whatever the number of rows or matches."""
    found: list[tuple[str, int]] = []
    capped = []
    for kind, (rows, fields, newest_first) in _search_rows().items():
        ids = _matches(rows, fields, terms, newest_first)
        if len(ids) > SEARCH_MATCHES_PER_KIND:
            capped.append(kind)
            ids = ids[:SEARCH_MATCHES_PER_KIND]
        found += [(kind, pk) for pk in ids]
    paginator = Paginator(found, SEARCH_PER_PAGE)
    try:
        page = paginator.page(number)
    except InvalidPage:
        return None
    shown: dict[str, list[int]] = {}
    for kind, pk in page.object_list:
        shown.setdefault(kind, []).append(pk)
    read = {kind: _SEARCH_READERS[kind](ids, terms, language) for kind, ids in shown.items()}
    return SearchResults(
        hits=[read[kind][pk] for kind, pk in page.object_list if pk in read[kind]],
        number=page.number,
        pages=paginator.num_pages,
        total=paginator.count,
        capped=tuple(capped),
    )


def _untranslated(page_language: str, language: str | None, text: str | None) -> bool:
    """Whether an Indonesian page shows these words in another language because nobody translated them
    (``reader.in_page_language`` on the brief page)."""
    return page_language == "id" and bool(language) and language != "id" and bool((text or "").strip())


def _brief_hits(ids: list[int], terms: list[str], page_language: str) -> dict[int, SearchHit]:
    rows = (
        BriefRevision.objects.published()
        .filter(pk__in=ids)
        .annotate(
            published_title=KT("content__title"),
            published_summary=KT("content__summary"),
            published_language=KT("content__language"),
            published_title_indonesian=KT("content__title_indonesian"),
            published_summary_indonesian=KT("content__summary_indonesian"),
        )
        .values_list(
            "pk",
            "brief__slug",
            "published_title",
            "published_summary",
            "published_language",
            "published_title_indonesian",
            "published_summary_indonesian",
        )
    )
    hits = {}
    for pk, slug, title, summary, language, title_indonesian, summary_indonesian in rows:
        text_language = language or ""
        # An Indonesian page shows the title and summary the editors wrote in Indonesian, each where
        # they did, as the brief page does.
        if page_language == "id" and (title_indonesian or "").strip():
            title, language = title_indonesian, "id"
        if page_language == "id" and (summary_indonesian or "").strip():
            summary, text_language = summary_indonesian, "id"
        hits[pk] = SearchHit(
            kind="brief",
            target={"slug": slug},
            heading=highlighted(title or "", terms),
            text=excerpt(summary or "", terms),
            language=language or "",
            text_language=text_language,
            heading_untranslated=_untranslated(page_language, language, title),
            text_untranslated=_untranslated(page_language, text_language, summary),
        )
    return hits


def _key_point_hits(ids: list[int], terms: list[str], page_language: str) -> dict[int, SearchHit]:
    rows = (
        PublicKeyPoint.objects.filter(pk__in=ids)
        .annotate(
            brief_title=KeyTextTransform("title", "revision__content"),
            brief_title_indonesian=KeyTextTransform("title_indonesian", "revision__content"),
            language=KeyTextTransform("language", "revision__content"),
        )
        .values_list(
            "pk",
            "brief__slug",
            "statement",
            "statement_indonesian",
            "brief_title",
            "brief_title_indonesian",
            "language",
        )
    )
    hits = {}
    for pk, slug, statement, statement_indonesian, brief_title, brief_title_indonesian, language in rows:
        if page_language == "id" and statement_indonesian.strip():
            statement, language = statement_indonesian, "id"
        if page_language == "id" and (brief_title_indonesian or "").strip():
            brief_title = brief_title_indonesian
        hits[pk] = SearchHit(
            kind="key_point",
            target={"slug": slug, "id": pk},
            heading=highlighted(statement, terms),
            text=[],
            language=language or "",
            context=brief_title or "",
            heading_untranslated=_untranslated(page_language, language, statement),
        )
    return hits


def _actor_hits(ids: list[int], terms: list[str], page_language: str) -> dict[int, SearchHit]:
    hits = {}
    for row in PublicActor.objects.filter(pk__in=ids).defer("positions"):
        actor = data(row)
        affiliation = actor.get("affiliation") or {}
        # An Indonesian page names the actor and its affiliation as the editors wrote them in Indonesian,
        # when they did.
        indonesian = affiliation.get("name_indonesian", "") if page_language == "id" else ""
        name = (row.name_indonesian or row.name) if page_language == "id" else row.name
        # Its aliases, then its description in the page's language where written (the words it may have
        # been found by).
        description, language = row.description, ("en" if row.description else "")
        if page_language == "id" and row.description_indonesian:
            description, language = row.description_indonesian, "id"
        aliases = ", ".join(actor.get("aliases") or [])
        hits[row.pk] = SearchHit(
            kind="actor",
            target={"slug": row.slug},
            heading=highlighted(name, terms),
            text=highlighted(" · ".join(part for part in (aliases, description) if part), terms),
            language="",
            text_language=language if not aliases else "",
            context=indonesian or affiliation.get("name", ""),
        )
    return hits


def _said_on(value: str, precision: str) -> dict:
    """A claim's said_on as a hit's date, shaped like a publication date ("2023-08" at month)."""
    return {"value": iso_at_precision(value, precision), "precision": precision}


def _claim_hits(ids: list[int], terms: list[str], page_language: str) -> dict[int, SearchHit]:
    hits = {}
    rows = PublicClaim.objects.filter(pk__in=ids)
    if page_language == "id":  # the speaker by its published Indonesian name: read in the same query
        speaker = PublicActor.objects.filter(pk=OuterRef("speaker_id")).values("data")[:1]
        rows = rows.annotate(speaker_data=Subquery(speaker))
    for row in rows:
        claim = data(row)
        speaker_data = getattr(row, "speaker_data", None)
        indonesian = json.loads(speaker_data).get("name_indonesian") if speaker_data else None
        english = page_language != "id" and (claim.get("quote_english") or "").strip()
        quote, language = (claim["quote_english"], "en") if english else (row.exact, "id")
        hits[row.pk] = SearchHit(
            kind="claim",
            target={"source_id": row.source_id, "claim_id": row.pk},
            heading=highlighted(quotes_within_a_quote(quote), terms),
            # The editors' paraphrase is English (Claim.paraphrase): marked as the brief page marks it.
            text=excerpt(row.paraphrase, terms),
            text_language="en",
            text_untranslated=_untranslated(page_language, "en", row.paraphrase),
            language=language,
            context=indonesian or claim["speaker"]["name"],
            when=(
                _said_on(row.said_on.isoformat(), claim.get("said_on_precision", "day"))
                if row.said_on
                else None
            ),
        )
    return hits


def _source_hits(ids: list[int], terms: list[str], page_language: str) -> dict[int, SearchHit]:
    hits = {}
    for row in PublicSource.objects.filter(pk__in=ids).defer("claims", "body"):
        source = data(row)  # the body is in it too: read once
        heading = row.title or stand_in_title(source["body"])
        hits[row.pk] = SearchHit(
            kind="source",
            target={"id": row.pk},
            heading=highlighted(heading, terms),
            stand_in=not row.title and bool(heading),
            text=excerpt(source["body"], terms),
            language=row.language,
            context=(source.get("outlet") or {}).get("name", ""),
            when=stored_publication_date(source),
        )
    return hits


_SEARCH_READERS = {
    "brief": _brief_hits,
    "key_point": _key_point_hits,
    "actor": _actor_hits,
    "claim": _claim_hits,
    "source": _source_hits,
}

"""The public rows, written by a publication and by nothing else (see docs/architecture.md).

Called inside the publish transaction. The published revision's own content and ``cited`` material
become the rows readers and partners are served; what the publication changes or drops is a change-feed
event: a public claim that now reads differently (``claim.corrected``), a key point no longer in the brief
(``key_point.removed``), a claim no longer cited and withdrawn from review or deleted (``claim.withdrawn``).
An edit to a live row makes no event: it is nothing public until a publication. A claim that another public revision still
cites and that is still approved stays public through that revision (superseded revisions stay readable).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from django.db.models import Q

from briefs.models import (
    BriefRevision,
    ChangeEvent,
    Claim,
    PublicActor,
    PublicCitation,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
)
from briefs.public.capture import capture_cited


def fragment(entry: dict, *, leave_out: tuple[str, ...] = ()) -> str:
    """The stored public JSON of an object: compact, in its field order."""
    return json.dumps(
        {key: value for key, value in entry.items() if key not in leave_out},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def claim_ids_in(node) -> Iterator[int]:
    """Every claim id cited anywhere in (part of) a snapshot: key points, timeline, figures."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "claim_id" and isinstance(value, int):
                yield value
            else:
                yield from claim_ids_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from claim_ids_in(item)


def cited_material(revision: BriefRevision) -> dict:
    """The revision's stored material; a revision assembled before it was stored is read live once."""
    if revision.cited:
        return revision.cited
    return capture_cited(claims=sorted(set(claim_ids_in(revision.content))))


def write_public_rows(*, revision: BriefRevision, superseded: BriefRevision | None) -> list[ChangeEvent]:
    """Make `revision` (just published) what the public sees of its brief. Returns the events it wrote
    (not yet saved: the caller saves them under the change feed's lock)."""
    content = revision.content
    cited = cited_material(revision)
    published_at = revision.published_at
    if published_at is None:
        raise ValueError(f"revision {revision.pk} is not published: nothing of it may become public")
    brief = revision.brief

    # Citations: which claims the brief's publications cite, under which key point.
    PublicCitation.objects.filter(brief=brief, current=True).update(current=False)
    citations = []
    for point in content.get("key_points", []):
        for claim_id in sorted(set(claim_ids_in(point))):
            citations.append(
                PublicCitation(
                    revision=revision, brief=brief, claim_id=claim_id, key_point_id=point["id"], current=True
                )
            )
    in_points = {citation.claim_id for citation in citations}
    for claim_id in sorted(set(claim_ids_in(content)) - in_points):
        citations.append(PublicCitation(revision=revision, brief=brief, claim_id=claim_id, current=True))
    PublicCitation.objects.bulk_create(citations)

    events: list[ChangeEvent] = []
    new_claims = {entry["id"]: entry for entry in cited.get("claims", [])}
    dropped: set[int] = set()
    if superseded is not None:
        dropped = set(claim_ids_in(superseded.content)) - set(new_claims)
    still_cited_elsewhere = set(
        PublicCitation.objects.filter(claim_id__in=dropped, current=True).values_list("claim_id", flat=True)
    )
    still_approved = set(Claim.objects.approved().filter(pk__in=dropped).values_list("pk", flat=True))
    withdrawn = sorted(dropped - still_cited_elsewhere - still_approved)
    dropped_sources = set(PublicClaim.objects.filter(id__in=dropped).values_list("source_id", flat=True))
    if withdrawn:
        PublicClaim.objects.filter(id__in=withdrawn).delete()
        PublicCitation.objects.filter(claim_id__in=withdrawn).delete()
        events += [
            ChangeEvent(
                kind=ChangeEvent.Kind.CLAIM_WITHDRAWN,
                claim_id=claim_id,
                brief=brief,
                revision=revision,
                occurred_at=published_at,
                data={"reason": "no longer published", "visible": False},
            )
            for claim_id in withdrawn
        ]

    # Claims: this publication's statement of each claim it cites. One that was public before and reads
    # differently now (edited, re-anchored, re-reviewed since) is a correction partners must sync.
    was = dict(PublicClaim.objects.filter(id__in=new_claims).values_list("id", "data"))
    events += [
        ChangeEvent(
            kind=ChangeEvent.Kind.CLAIM_CORRECTED,
            claim_id=claim_id,
            brief=brief,
            revision=revision,
            occurred_at=published_at,
            data={"reason": "republished", "visible": True},
        )
        for claim_id, entry in sorted(new_claims.items())
        if claim_id in was and was[claim_id] != fragment(entry, leave_out=("id", "speaker_id"))
    ]
    PublicClaim.objects.filter(id__in=new_claims).delete()
    PublicClaim.objects.bulk_create(
        PublicClaim(
            id=entry["id"],
            revision=revision,
            published_at=published_at,
            source_id=entry["source"],
            speaker_id=entry["speaker_id"],
            speaker_slug=entry["speaker"]["slug"],
            outlet_slug=entry["outlet"] or "",
            stance=entry["stance"],
            said_on=entry["said_on"],
            event_start=(entry["event_date"] or {}).get("start"),
            event_end=(entry["event_date"] or {}).get("end"),
            start=entry["start"],
            exact=entry["quote"],
            paraphrase=entry["paraphrase"],
            quote_english=entry.get("quote_english") or "",
            data=fragment(entry, leave_out=("id", "speaker_id")),
        )
        for entry in new_claims.values()
    )
    _refresh_claim_links(set(new_claims) | (dropped - set(withdrawn)))

    # Sources, actors and outlets: this publication's statement of each, then the ones nobody cites now.
    sources = {entry["id"]: entry for entry in cited.get("sources", [])}
    PublicSource.objects.filter(id__in=sources).delete()
    PublicSource.objects.bulk_create(
        PublicSource(
            id=entry["id"],
            revision=revision,
            published_at=published_at,
            outlet_id=entry["outlet_id"],
            outlet_slug=(entry["outlet"] or {}).get("slug", ""),
            language=entry["language"],
            article_published_at=entry["published_at"],
            cited_outlets=entry["cited_outlets"],
            title=entry["title"] or "",
            body=entry["body"],
            data=fragment(entry, leave_out=("id", "outlet_id")),
        )
        for entry in sources.values()
    )
    actors = {entry["id"]: entry for entry in cited.get("actors", [])}
    kept = {
        actor_id: [entry for entry in positions if entry.get("brief_id") == brief.pk]
        for actor_id, positions in PublicActor.objects.values_list("id", "positions")
    }
    existing = {row.pk: row for row in PublicActor.objects.filter(id__in=actors)}
    # A slug another actor held publicly moves with this publication (the slug is the address).
    PublicActor.objects.filter(slug__in=[entry["slug"] for entry in actors.values()]).exclude(
        id__in=actors
    ).delete()
    PublicActor.objects.filter(id__in=existing).delete()
    PublicActor.objects.bulk_create(
        PublicActor(
            id=entry["id"],
            revision=revision,
            published_at=published_at,
            slug=entry["slug"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry["country"],
            aliases=" ".join(entry["aliases"]),
            name_indonesian=entry.get("name_indonesian", ""),
            description=entry.get("description") or "",
            description_indonesian=entry.get("description_indonesian", ""),
            positions=existing[entry["id"]].positions if entry["id"] in existing else [],
            data=fragment(entry, leave_out=("id",)),
        )
        for entry in actors.values()
    )
    outlets = {entry["id"]: entry for entry in cited.get("outlets", [])}
    PublicOutlet.objects.filter(
        Q(id__in=outlets) | Q(slug__in=[entry["slug"] for entry in outlets.values()])
    ).delete()
    PublicOutlet.objects.bulk_create(
        PublicOutlet(
            id=entry["id"],
            revision=revision,
            published_at=published_at,
            slug=entry["slug"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry["country"],
            data=fragment(entry, leave_out=("id",)),
        )
        for entry in outlets.values()
    )
    touched_sources = set(sources) | dropped_sources
    _prune(revision=revision, superseded=superseded, touched_sources=touched_sources)
    _link_actors(revision=revision, superseded=superseded, kept=kept)

    # Key points: exactly the current publication's.
    old_points = set(PublicKeyPoint.objects.filter(brief=brief).values_list("id", flat=True))
    PublicKeyPoint.objects.filter(brief=brief).delete()
    points = content.get("key_points", [])
    PublicKeyPoint.objects.bulk_create(
        PublicKeyPoint(
            id=point["id"],
            revision=revision,
            brief=brief,
            published_at=published_at,
            rank=rank,
            statement=point["statement"],
            statement_indonesian=point.get("statement_indonesian", ""),
            claims=sorted(set(claim_ids_in(point))),
            data=fragment(point, leave_out=("id",)),
        )
        for rank, point in enumerate(points)
    )
    removed = sorted(old_points - {point["id"] for point in points})
    events += [
        ChangeEvent(
            kind=ChangeEvent.Kind.KEY_POINT_REMOVED,
            brief=brief,
            revision=revision,
            occurred_at=published_at,
            data={"key_point": point_id},
        )
        for point_id in removed
    ]
    return events


def _refresh_claim_links(claim_ids: set[int]) -> None:
    """A claim's `briefs` (every brief a public revision of which cites it) and `key_points` (the current
    publications' key points that cite it)."""
    briefs: dict[int, set[str]] = {}
    points: dict[int, set[int]] = {}
    for claim_id, slug, point_id, current in PublicCitation.objects.filter(
        claim_id__in=claim_ids
    ).values_list("claim_id", "brief__slug", "key_point_id", "current"):
        briefs.setdefault(claim_id, set()).add(slug)
        if current and point_id is not None:
            points.setdefault(claim_id, set()).add(point_id)
    rows = list(PublicClaim.objects.filter(id__in=claim_ids))
    for row in rows:
        row.briefs = sorted(briefs.get(row.pk, ()))
        row.key_points = sorted(points.get(row.pk, ()))
    PublicClaim.objects.bulk_update(rows, ["briefs", "key_points"])


def refresh_brief_slugs(*, brief_id: int) -> None:
    """After a public brief's rename: what names it by its address names it by the new one."""
    claim_ids = set(PublicCitation.objects.filter(brief_id=brief_id).values_list("claim_id", flat=True))
    _refresh_claim_links(claim_ids)
    _link_sources(set(PublicClaim.objects.filter(id__in=claim_ids).values_list("source_id", flat=True)))


def _link_sources(source_ids: set[int]) -> None:
    """A source's public claims (in reading order) and the briefs that cite them, titled as published."""
    rows = list(PublicSource.objects.filter(id__in=source_ids))
    claims_of: dict[int, list[int]] = {}
    for claim_id, source_id in (
        PublicClaim.objects.filter(source_id__in=source_ids)
        .order_by("start", "id")
        .values_list("id", "source_id")
    ):
        claims_of.setdefault(source_id, []).append(claim_id)
    source_of = {claim_id: source_id for source_id, ids in claims_of.items() for claim_id in ids}
    brief_ids: dict[int, set[int]] = {}
    for claim_id, brief_id in PublicCitation.objects.filter(claim_id__in=source_of).values_list(
        "claim_id", "brief_id"
    ):
        brief_ids.setdefault(source_of[claim_id], set()).add(brief_id)
    # Titled in both languages as published, with the brief's own language, for the page to show the
    # title a page in either language shows on the brief page itself.
    titles = {
        brief_id: {
            "title": title or "",
            "title_indonesian": title_indonesian or "",
            "language": language or "en",
        }
        for brief_id, title, title_indonesian, language in BriefRevision.objects.published()
        .filter(brief_id__in={pk for ids in brief_ids.values() for pk in ids})
        .values_list("brief_id", "content__title", "content__title_indonesian", "content__language")
    }
    slugs = dict(
        BriefRevision.objects.public()
        .filter(brief_id__in=titles.keys() | {pk for ids in brief_ids.values() for pk in ids})
        .values_list("brief_id", "brief__slug")
    )
    for row in rows:
        row.claims = claims_of.get(row.pk, [])
        row.briefs = sorted(
            (
                {"slug": slugs[pk], **titles.get(pk, {"title": "", "title_indonesian": "", "language": "en"})}
                for pk in brief_ids.get(row.pk, ())
            ),
            key=lambda brief: brief["slug"],
        )
    PublicSource.objects.bulk_update(rows, ["claims", "briefs"])


def _actor_positions(content: dict, actor_id: int, number: int | None) -> list[dict]:
    return [
        {
            "brief": {
                "slug": content["slug"],
                "title": content["title"],
                "title_indonesian": content.get("title_indonesian", ""),
            },
            "revision": number,
            "key_point": {
                "id": point["id"],
                "statement": point["statement"],
                "statement_indonesian": point.get("statement_indonesian", ""),
            },
            # A schema 1 snapshot had one row per stance; schema 2 one row per actor with its acts.
            "position": position.get("position"),
            "acts": position.get("acts") or [position["stance"]],
            "citations": position["citations"],
        }
        for point in content.get("key_points", [])
        for position in point["positions"]
        # By id: the snapshot keeps the slug the actor had when it was published.
        if position["actor"]["id"] == actor_id
    ]


def _link_actors(*, revision: BriefRevision, superseded: BriefRevision | None, kept: dict[int, list]) -> None:
    """Each speaker's positions, brief by brief: from the current publication when it quotes them, else
    from the newest superseded revision that did (marked with its number: it stays readable)."""
    speakers = {entry["id"] for entry in revision.cited.get("actors", [])} if revision.cited else set()
    speakers |= {actor_id for actor_id, entries in kept.items() if entries}
    speakers |= {
        position["actor"]["id"]
        for point in revision.content.get("key_points", [])
        for position in point["positions"]
    }
    rows = list(PublicActor.objects.filter(id__in=speakers))
    slug = revision.brief.slug
    for row in rows:
        others = [entry for entry in row.positions if entry.get("brief_id") != revision.brief_id]
        mine = _actor_positions(revision.content, row.pk, None)
        if not mine:
            mine = [
                {**entry, "revision": entry["revision"] or (superseded.number if superseded else None)}
                for entry in kept.get(row.pk, [])
            ]
        for entry in mine:
            entry["brief_id"] = revision.brief_id
            entry["brief"] = {**entry["brief"], "slug": slug}
        row.positions = sorted(
            others + mine, key=lambda entry: (entry["revision"] is not None, entry["brief"]["title"])
        )
    PublicActor.objects.bulk_update(rows, ["positions"])


def _prune(*, revision: BriefRevision, superseded: BriefRevision | None, touched_sources: set[int]) -> None:
    """Sources, actors and outlets that no public claim cites any more leave the API's lists; the rest
    are relinked. Their rows stay, as last published: a public revision cited them and stays readable
    (superseded revisions are never unpublished), so its links to their reader pages keep working."""
    PublicSource.objects.exclude(id__in=PublicClaim.objects.values("source_id")).update(listed=False)
    PublicActor.objects.exclude(id__in=PublicClaim.objects.values("speaker_id")).update(listed=False)
    PublicOutlet.objects.exclude(
        id__in=PublicSource.objects.filter(listed=True, outlet_id__isnull=False).values("outlet_id")
    ).update(listed=False)
    _link_sources(touched_sources)


def refresh_actor_address(*, actor_id: int, slug: str) -> bool:
    """After a public actor's rename: its address, and the slug its public claims name it by, are the new
    one (an address is not content: old addresses redirect, briefs/addresses.py). False: not public."""
    row = PublicActor.objects.filter(pk=actor_id).first()
    if row is None:
        return False
    PublicActor.objects.filter(slug=slug).exclude(pk=actor_id).delete()
    row.slug = slug
    row.data = fragment({**json.loads(row.data), "slug": slug})
    row.save(update_fields=["slug", "data"])
    claims = list(PublicClaim.objects.filter(speaker_id=actor_id))
    for claim in claims:
        entry = json.loads(claim.data)
        entry["speaker"]["slug"] = slug
        claim.speaker_slug = slug
        claim.data = fragment(entry)
    PublicClaim.objects.bulk_update(claims, ["speaker_slug", "data"])
    return True

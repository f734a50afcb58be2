"""The demo briefing on the seed corpus: actors, anchored claims, key points, a published brief."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.timezone import get_current_timezone

from briefs.anchoring import AnchorError, anchor_quote
from briefs.models import Actor, Brief, BriefRevision, Claim, Place, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.claims import (
    FigureInput,
    MovementInput,
    create_claim,
    movement_snapshot,
    set_movements,
    update_claim,
)
from briefs.services.publishing import publish_revision
from briefs.services.review import approve_claim
from briefs.services.source_dates import correct_source_date
from ingest.models import Source

DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "demo_briefing.json"


class DemoDataError(Exception):
    """The demo data does not fit the imported corpus (a source or quote is missing)."""


@dataclass(frozen=True)
class DemoReport:
    brief: Brief
    claims_created: int
    claims_total: int
    revision: BriefRevision
    published: bool


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _movements(item: dict, places: dict[str, Place]) -> list[MovementInput]:
    """The movements a demo claim states; places are named by their English name."""
    found = []
    for movement in item.get("movements", []):
        missing = {movement["from"], movement["to"]} - set(places)
        if missing:
            raise DemoDataError(f"unknown place {sorted(missing)!r}: add it under Places first")
        found.append(
            MovementInput(
                origin=places[movement["from"]],
                destination=places[movement["to"]],
                mode=movement.get("mode", "unknown"),
                period_start=_date(movement.get("period_start")),
                period_end=_date(movement.get("period_end")),
                period_precision=movement.get("period_precision", ""),
            )
        )
    return found


def _source_for(outlet_slug: str, cache: dict[str, Source]) -> Source:
    if outlet_slug not in cache:
        source = Source.objects.filter(outlet__slug=outlet_slug).order_by("pk").first()
        if source is None:
            raise DemoDataError(f"no imported source from outlet {outlet_slug!r}: import the corpus first")
        cache[outlet_slug] = source
    return cache[outlet_slug]


@transaction.atomic
def load_demo_briefing(*, editor: User, reviewer: User, data_file: Path = DEMO_FILE) -> DemoReport:
    """Idempotent: claims and key points that exist are reused; the brief is re-assembled and published."""
    data = json.loads(data_file.read_text(encoding="utf-8"))
    spec = data["brief"]
    brief, new_brief = Brief.objects.get_or_create(
        slug=spec["slug"],
        defaults={
            "title": spec["title"],
            "language": spec["language"],
            "title_indonesian": spec.get("title_indonesian", ""),
        },
    )
    sources: dict[str, Source] = {}
    for fix in data.get("source_dates", []):
        # What an editor established about a date the importer could only guess (a display date).
        source = _source_for(fix["outlet"], sources)
        day = date.fromisoformat(fix["date"])
        sources[fix["outlet"]] = correct_source_date(
            source=source,
            published_at=datetime(day.year, day.month, day.day, tzinfo=get_current_timezone()),
            precision=fix["precision"],
            user=editor,
            note=fix["note"],
        )
    points = {}
    for position, point in enumerate(data["key_points"], start=1):
        points[point["key"]], _ = Proposition.objects.get_or_create(
            brief=brief,
            statement=point["statement"],
            defaults={
                "position": position,
                "event_start": _date(point["event_start"]),
                "event_end": _date(point["event_end"]),
                "event_precision": point["event_precision"],
                "statement_indonesian": point.get("statement_indonesian", ""),
            },
        )
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    places = {place.name: place for place in Place.objects.all()}
    created = 0
    for item in data["claims"]:
        source = _source_for(item["outlet"], sources)
        try:
            anchor = anchor_quote(source.body, item["quote"])
        except AnchorError as exc:
            raise DemoDataError(f"{item['outlet']}: {exc}") from exc
        speaker = actors.get(item["speaker"])
        if speaker is None:
            raise DemoDataError(f"unknown actor {item['speaker']!r}")
        claim = Claim.objects.filter(
            source=source, start=anchor.start, end=anchor.end, speaker=speaker
        ).first()
        movements = _movements(item, places)
        if claim is not None and item.get("movements") and not movement_snapshot(claim):
            # A claim loaded before the demo stated movements: an editor's change, reviewed again below.
            set_movements(claim=claim, movements=movements, user=editor)
            claim.refresh_from_db()
        said_on_precision = item.get("said_on_precision", "day")
        if claim is not None and claim.said_on_precision != said_on_precision:
            # A claim loaded before the demo dated it by its month: an editor's change, reviewed again below.
            claim = update_claim(
                claim=claim,
                edits={"said_on_precision": said_on_precision},
                user=editor,
                expected_version=claim.version,
            )
        if claim is None:
            claim = create_claim(
                source=source,
                speaker=speaker,
                stance=item["stance"],
                start=anchor.start,
                end=anchor.end,
                exact=anchor.exact,
                paraphrase=item.get("paraphrase", ""),
                quote_english=item.get("quote_english", ""),
                said_on=_date(item.get("said_on")),
                said_on_precision=said_on_precision,
                event_start=_date(item.get("event_start")),
                event_end=_date(item.get("event_end")),
                event_precision=item.get("event_precision", ""),
                figures=[
                    FigureInput(
                        value=Decimal(figure["value"]), unit=figure["unit"], qualifier=figure["qualifier"]
                    )
                    for figure in item.get("figures", [])
                ],
                movements=movements,
                created_by=editor,
            )
            created += 1
        if claim.status == Claim.Status.DRAFT:
            claim = approve_claim(claim=claim, reviewer=reviewer, note="Demo briefing")
        for key in item["key_points"]:
            points[key].claims.add(claim)
    if new_brief:
        # Written, as an editor would, once the key points stand.
        brief.summary = spec["summary"]
        brief.summary_indonesian = spec.get("summary_indonesian", "")
        brief.summary_updated_at = timezone.now()
        brief.save(update_fields=["summary", "summary_indonesian", "summary_updated_at", "updated_at"])
    result = assemble_brief(brief_id=brief.pk)
    published = False
    if result.revision.status == BriefRevision.Status.PENDING_REVIEW:
        publish_revision(revision=result.revision, reviewer=reviewer, note="Demo briefing")
        published = True
    result.revision.refresh_from_db()
    return DemoReport(
        brief=brief,
        claims_created=created,
        claims_total=len(data["claims"]),
        revision=result.revision,
        published=published,
    )

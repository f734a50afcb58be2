"""What a revision would publish of the claims it cites, their sources, speakers and outlets.

Read from the live rows when a brief is assembled and stored in the revision (``BriefRevision.cited``),
so it is reviewed with the revision and hashed with it: an editor's change to a source's title, an
actor's name or an outlet makes the next assembly a new revision, and becomes public only when a
reviewer publishes that revision (briefs/public/publication.py copies it into the public rows).

Each entry is the object's public JSON without the fields a publication adds (url, the claim's key
points and briefs, the source's claims, updated_at).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone

from briefs.models import Actor, Claim, ClaimFigure
from ingest.models import Outlet, Source


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _instant(value: datetime | None, zone: tzinfo) -> str | None:
    """As DRF writes a DateTimeField (UTC as "Z") in ``zone``, the current time zone (looked up once per
    capture: it is a context-local read, and a big brief has 10,000 approval times)."""
    if value is None:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _figure_value(value: Decimal) -> str:
    """As the API's DecimalField writes it: the model's decimal places, always."""
    places = ClaimFigure._meta.get_field("value").decimal_places
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


# The fields ``_source`` and ``_outlet`` read (``publication_date_entry`` reads the published_at_* ones).
_SOURCE_FIELDS = (
    "outlet",
    "title",
    "byline",
    "editor",
    "published_at",
    "published_at_source",
    "published_at_confidence",
    "published_at_precision",
    "published_at_display_date",
    "published_at_confirmed_at",
    "published_at_note",
    "dateline",
    "language",
    "cited_outlets",
    "body",
)
_OUTLET_FIELDS = ("slug", "name", "domain", "country", "kind")


def capture_cited(*, claims: QuerySet[Claim] | Iterable[int]) -> dict:
    """The public entries of these claims and of what they cite (4 queries whatever the size)."""
    claim_rows = list(
        Claim.objects.filter(pk__in=claims)
        .order_by("pk")
        .values(
            "pk",
            "source_id",
            "speaker_id",
            "source__outlet__slug",
            "stance",
            "exact",
            "prefix",
            "suffix",
            "start",
            "end",
            "paraphrase",
            "quote_english",
            "key_point_position",
            "said_on",
            "said_on_precision",
            "event_start",
            "event_end",
            "event_precision",
            "reviewed_at",
        )
    )
    claim_ids = [row["pk"] for row in claim_rows]
    figures: dict[int, list[dict]] = {}
    for claim_id, value, unit, qualifier in (
        ClaimFigure.objects.filter(claim_id__in=claim_ids)
        .order_by("claim_id", "pk")
        .values_list("claim_id", "value", "unit", "qualifier")
    ):
        figures.setdefault(claim_id, []).append(
            {"value": _figure_value(value), "unit": unit, "qualifier": qualifier}
        )
    actors = {
        actor.pk: actor
        for actor in Actor.objects.filter(pk__in={row["speaker_id"] for row in claim_rows}).select_related(
            "affiliation"
        )
    }
    # Only what the entries show: an article's raw text, removed lines and provenance are most of its row.
    sources = list(
        Source.objects.filter(pk__in={row["source_id"] for row in claim_rows})
        .select_related("outlet")
        .only(*_SOURCE_FIELDS, *(f"outlet__{name}" for name in _OUTLET_FIELDS))
        .order_by("pk")
    )
    outlets = {source.outlet_id: source.outlet for source in sources if source.outlet_id is not None}
    zone = timezone.get_current_timezone()
    return {
        "claims": [
            _claim(row, actors[row["speaker_id"]], figures.get(row["pk"], []), zone) for row in claim_rows
        ],
        "sources": [_source(source, zone) for source in sources],
        "actors": [_actor(actors[pk]) for pk in sorted(actors)],
        "outlets": [_outlet(outlets[pk]) for pk in sorted(outlets)],
    }


def _claim(row: dict, speaker: Actor, figures: list[dict], zone: tzinfo) -> dict:
    entry = {
        "id": row["pk"],
        "source": row["source_id"],
        "outlet": row["source__outlet__slug"],
        "speaker_id": speaker.pk,
        "speaker": {"slug": speaker.slug, "name": speaker.name, "kind": speaker.kind},
        "stance": row["stance"],
        "quote": row["exact"],
        "quote_english": row["quote_english"],
        "prefix": row["prefix"],
        "suffix": row["suffix"],
        "start": row["start"],
        "end": row["end"],
        "paraphrase": row["paraphrase"],
        "said_on": _date(row["said_on"]),
        "event_date": None
        if row["event_start"] is None
        else {
            "start": _date(row["event_start"]),
            "end": _date(row["event_end"]),
            "precision": row["event_precision"],
        },
        "figures": figures,
        "approved_at": _instant(row["reviewed_at"], zone),
    }
    # Only when coarser than a day, so the cited entries of day-precise claims (and every brief's
    # cited hash) stay what they were; absent means a day, as in the revision content.
    if row["said_on"] is not None and row["said_on_precision"] != "day":
        entry["said_on_precision"] = row["said_on_precision"]
    # Likewise only when an editor set it: most claims take their position from their stance.
    if row["key_point_position"]:
        entry["key_point_position"] = row["key_point_position"]
    return entry


def _source(source: Source, zone: tzinfo) -> dict:
    outlet = source.outlet
    return {
        "id": source.pk,
        "outlet_id": source.outlet_id,
        "outlet": None if outlet is None else {"slug": outlet.slug, "name": outlet.name},
        "title": source.title,
        "byline": list(source.byline),
        "editor": source.editor,
        "published_at": _instant(source.published_at, zone),
        "published_at_source": source.published_at_source,
        "published_at_confidence": source.published_at_confidence,
        "publication_date": publication_date_entry(source),
        "published_at_note": source.published_at_note,
        "dateline": source.dateline,
        "language": source.language,
        "cited_outlets": list(source.cited_outlets),
        "body": source.body,
    }


def publication_date_entry(source: Source) -> dict:
    """The date readers are shown, as the API's ``publication_date`` states it: a guess nobody vouched
    for has no value, only its status (ingest/publication_dates.py)."""
    date = source.publication_date()
    return {"value": date.value if date.is_fact else None, "precision": date.precision, "status": date.status}


def _actor(actor: Actor) -> dict:
    affiliation = actor.affiliation
    entry = {
        "id": actor.pk,
        "slug": actor.slug,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "description": actor.description,
        "aliases": list(actor.aliases),
        "affiliation": None
        if affiliation is None
        else _written(
            {"slug": affiliation.slug, "name": affiliation.name, "kind": affiliation.kind},
            name_indonesian=affiliation.name_indonesian,
        ),
    }
    return _written(
        entry, name_indonesian=actor.name_indonesian, description_indonesian=actor.description_indonesian
    )


def _written(entry: dict, **translations: str) -> dict:
    """The entry with the editors' translations that exist: cited material without them hashes as it did
    before actors had them, so the fields make no new revision of any brief until someone writes one."""
    entry.update({key: text.strip() for key, text in translations.items() if text.strip()})
    return entry


def _outlet(outlet: Outlet) -> dict:
    return {
        "id": outlet.pk,
        "slug": outlet.slug,
        "name": outlet.name,
        "domain": outlet.domain,
        "country": outlet.country,
        "kind": outlet.kind,
    }

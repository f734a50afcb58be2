"""Reference data every installation starts with: the actors of the first corpus (briefs/data/actors.json)
and the places of its route (briefs/data/route_map.json)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

ACTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.json"


# `actor_model` is Any: a data migration passes its historical model, which is no subclass of Actor.
def seed_default_actors(actor_model: Any) -> int:
    """Add the missing actors, then their affiliations; rows editors changed are left alone.

    Takes the model class so that a data migration can pass its historical model.
    """
    entries = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    existing = set(actor_model.objects.values_list("slug", flat=True))
    new = [entry for entry in entries if entry["key"] not in existing]
    actor_model.objects.bulk_create(
        actor_model(
            slug=entry["key"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry.get("country") or "",
            description=entry.get("description") or "",
            aliases=entry.get("aliases") or [],
            roles=entry.get("roles") or [],
        )
        for entry in new
    )
    by_slug = {
        actor.slug: actor for actor in actor_model.objects.filter(slug__in=[e["key"] for e in entries])
    }
    affiliated = []
    for entry in new:
        if entry.get("affiliation"):
            actor = by_slug[entry["key"]]
            actor.affiliation = by_slug[entry["affiliation"]]
            affiliated.append(actor)
    actor_model.objects.bulk_update(affiliated, ["affiliation"])
    fill_actor_translations(actor_model)
    return len(new)


#: The Indonesian fields of actors.json, filled only on models that have them (the seeding migration's
#: historical model predates them).
TRANSLATED_ACTOR_FIELDS = ("name_indonesian", "description_indonesian")


def fill_actor_translations(actor_model: Any) -> int:
    """Give the registry's actors the Indonesian name and description of actors.json where theirs is
    blank: what an editor wrote is kept. Returns the number of actors changed."""
    fields = [
        name
        for name in TRANSLATED_ACTOR_FIELDS
        if name in {field.name for field in actor_model._meta.get_fields()}
    ]
    if not fields:
        return 0
    entries = {entry["key"]: entry for entry in json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]}
    changed = []
    for actor in actor_model.objects.filter(slug__in=entries):
        blanks = [
            name for name in fields if not getattr(actor, name).strip() and entries[actor.slug].get(name)
        ]
        for name in blanks:
            setattr(actor, name, entries[actor.slug][name])
        if blanks:
            changed.append(actor)
    actor_model.objects.bulk_update(changed, fields)
    return len(changed)


PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "route_map.json"


def seed_default_places(place_model: Any) -> int:
    """Add the well-known places of the first corpus (the ``places`` of briefs/data/route_map.json: ports,
    a railway station and cities, coordinates from their well-known latitudes and longitudes, rounded);
    places editors already have, by name, are left alone. Takes the model class, for a data migration."""
    entries = json.loads(PLACES_FILE.read_text(encoding="utf-8"))["places"]
    existing = {name.casefold() for name in place_model.objects.values_list("name", flat=True)}
    new = [entry for entry in entries.values() if entry["name"].casefold() not in existing]
    place_model.objects.bulk_create(
        place_model(
            name=entry["name"],
            name_indonesian=entry.get("name_indonesian", ""),
            aliases=entry.get("aliases", []),
            kind=entry["kind"],
            latitude=Decimal(str(entry["lat"])),
            longitude=Decimal(str(entry["lon"])),
        )
        for entry in new
    )
    return len(new)

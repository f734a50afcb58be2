"""Load the actors of the first corpus (briefs/data/actors.json). Existing rows are left as editors made them."""

import json
from pathlib import Path

from django.db import migrations

ACTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.json"


def seed_actors(apps, schema_editor):
    Actor = apps.get_model("briefs", "Actor")
    entries = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    existing = set(Actor.objects.values_list("slug", flat=True))
    Actor.objects.bulk_create(
        Actor(
            slug=entry["key"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry.get("country") or "",
            description=entry.get("description") or "",
            aliases=entry.get("aliases") or [],
            roles=entry.get("roles") or [],
        )
        for entry in entries
        if entry["key"] not in existing
    )
    by_slug = {actor.slug: actor for actor in Actor.objects.all()}
    for entry in entries:
        actor = by_slug[entry["key"]]
        if entry.get("affiliation") and entry["key"] not in existing:
            actor.affiliation = by_slug[entry["affiliation"]]
            actor.save(update_fields=["affiliation"])


class Migration(migrations.Migration):
    dependencies = [("briefs", "0001_initial")]

    operations = [migrations.RunPython(seed_actors, migrations.RunPython.noop)]

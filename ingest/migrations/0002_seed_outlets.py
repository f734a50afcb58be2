"""Seed the outlets of the first corpus and the common wires from the registry (ingest/data/outlets.json).

Existing rows are left as editors made them; only missing outlets are added.
"""

from django.db import migrations


def seed_outlets(apps, schema_editor):
    from ingest.pipeline.outlets import load_default_profiles

    Outlet = apps.get_model("ingest", "Outlet")
    existing = set(Outlet.objects.values_list("slug", flat=True))
    Outlet.objects.bulk_create(
        Outlet(
            slug=profile.key,
            name=profile.name,
            domain=profile.domain,
            country=profile.country,
            kind=profile.kind,
            aliases=list(profile.aliases),
            signatures=list(profile.signatures),
            signoff_role=profile.signoff_role or "",
        )
        for profile in load_default_profiles()
        if profile.key not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("ingest", "0001_initial")]

    operations = [migrations.RunPython(seed_outlets, migrations.RunPython.noop)]

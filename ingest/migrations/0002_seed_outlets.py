"""Seed the outlets of the first corpus and the common wires from the registry (ingest/data/outlets.json).

Existing rows are left as editors made them; only missing outlets are added.
"""

from django.db import migrations


def seed_outlets(apps, schema_editor):
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(apps.get_model("ingest", "Outlet"))


class Migration(migrations.Migration):
    dependencies = [("ingest", "0001_initial")]

    operations = [migrations.RunPython(seed_outlets, migrations.RunPython.noop)]

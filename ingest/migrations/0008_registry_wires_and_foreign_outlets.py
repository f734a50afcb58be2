"""Outlets added to the registry since 0004 (the wires, agencies and foreign papers Indonesian pages credit).

Rows editors already have, under the same slug, are left as they are.
"""

from django.db import migrations


def add_registry_outlets(apps, schema_editor):
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(apps.get_model("ingest", "Outlet"))


class Migration(migrations.Migration):
    dependencies = [("ingest", "0007_import_by_url")]

    operations = [migrations.RunPython(add_registry_outlets, migrations.RunPython.noop)]

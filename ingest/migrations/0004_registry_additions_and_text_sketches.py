"""Outlets added to the registry since 0002, and the text sketches of Sources imported before 0003.

Sketches let an import find the earlier Sources it nearly duplicates; without them, articles imported before
this migration could never be found.
"""

from django.db import migrations

_BATCH = 500


def add_registry_outlets(apps, schema_editor):
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(apps.get_model("ingest", "Outlet"))


def sketch_existing_sources(apps, schema_editor):
    from ingest.similarity import sketch

    source_model = apps.get_model("ingest", "Source")
    sketch_model = apps.get_model("ingest", "SourceSketch")
    rows = []
    for pk, body in source_model.objects.order_by("pk").values_list("pk", "body").iterator(chunk_size=_BATCH):
        rows.extend(sketch_model(source_id=pk, value=value) for value in sketch(body))
        if len(rows) >= _BATCH * 16:
            sketch_model.objects.bulk_create(rows, ignore_conflicts=True)
            rows = []
    sketch_model.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("ingest", "0003_outlet_status_source_provenance_copies")]

    operations = [
        migrations.RunPython(add_registry_outlets, migrations.RunPython.noop),
        migrations.RunPython(sketch_existing_sources, migrations.RunPython.noop),
    ]

"""Existing databases get the public rows their publications would have written (briefs/public/backfill.py).

The rebuild runs the current code, so it must run against the current schema: here the public rows are
only emptied (with this migration's own models), and the rebuild follows the whole migration run
(`briefs.public.backfill.backfill_after_migrate`, on post_migrate), when later migrations' columns exist.
"""

from django.db import migrations

PUBLIC_ROWS = ("PublicCitation", "PublicKeyPoint", "PublicClaim", "PublicSource", "PublicActor", "PublicOutlet")


def empty_public_rows(apps, schema_editor):
    for name in PUBLIC_ROWS:
        apps.get_model("briefs", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("briefs", "0012_public_read_model"),
        ("ingest", "0006_source_date_display_and_confirmation"),
    ]

    operations = [migrations.RunPython(empty_public_rows, migrations.RunPython.noop)]

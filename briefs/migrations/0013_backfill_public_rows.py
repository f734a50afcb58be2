"""Existing databases get the public rows their publications would have written (briefs/public/backfill.py).

Runs the rebuild with the current code rather than historical models on purpose: the public rows are
derived from the revisions, and `manage.py rebuild_public_rows` rebuilds them the same way at any time.
"""

from django.core.management import call_command
from django.db import migrations


def rebuild(apps, schema_editor):
    call_command("rebuild_public_rows", verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("briefs", "0012_public_read_model"),
        # The current code captures a source's date with the columns this adds.
        ("ingest", "0006_source_date_display_and_confirmation"),
    ]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]

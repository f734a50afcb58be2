"""Load the well-known places of the first corpus (briefs/data/route_map.json). Existing rows are left alone."""

from django.db import migrations


def seed_places(apps, schema_editor):
    from briefs.services.reference_data import seed_default_places

    seed_default_places(apps.get_model("briefs", "Place"))


class Migration(migrations.Migration):
    dependencies = [("briefs", "0019_places_and_movements")]

    operations = [migrations.RunPython(seed_places, migrations.RunPython.noop)]

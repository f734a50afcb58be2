"""Load the actors of the first corpus (briefs/data/actors.json). Existing rows are left as editors made them."""

from django.db import migrations


def seed_actors(apps, schema_editor):
    from briefs.services.reference_data import seed_default_actors

    seed_default_actors(apps.get_model("briefs", "Actor"))


class Migration(migrations.Migration):
    dependencies = [("briefs", "0001_initial")]

    operations = [migrations.RunPython(seed_actors, migrations.RunPython.noop)]

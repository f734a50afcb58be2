"""Give the registry's actors the Indonesian names and descriptions actors.json now carries, where an
editor has not written one: Indonesian pages named every actor in English until someone typed each."""

from django.db import migrations


def fill_translations(apps, schema_editor):
    from briefs.services.reference_data import fill_actor_translations

    fill_actor_translations(apps.get_model("briefs", "Actor"))


class Migration(migrations.Migration):
    dependencies = [("briefs", "0024_public_rows_searched_in_both_languages")]

    operations = [migrations.RunPython(fill_translations, migrations.RunPython.noop)]

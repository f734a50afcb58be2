"""The public rows keep the words search matches in both languages: a claim's English rendering, an
actor's Indonesian name and its descriptions.

Rows already published get them from their own stored JSON (``data``), which the publication that wrote
them filled from the same entry: nothing is replayed, nothing else about a row changes. Rows published
from now on get them from the publication (briefs/public/publication.py).
"""

import json

from django.db import migrations, models

BATCH = 500


def fill_from_stored_json(apps, schema_editor):
    PublicClaim = apps.get_model("briefs", "PublicClaim")
    PublicActor = apps.get_model("briefs", "PublicActor")
    claims = []
    for claim in PublicClaim.objects.only("pk", "data").iterator(chunk_size=BATCH):
        claim.quote_english = json.loads(claim.data).get("quote_english") or ""
        claims.append(claim)
    PublicClaim.objects.bulk_update(claims, ["quote_english"], batch_size=BATCH)
    actors = []
    for actor in PublicActor.objects.only("pk", "data").iterator(chunk_size=BATCH):
        entry = json.loads(actor.data)
        actor.name_indonesian = entry.get("name_indonesian", "")
        actor.description = entry.get("description") or ""
        actor.description_indonesian = entry.get("description_indonesian", "")
        actors.append(actor)
    PublicActor.objects.bulk_update(
        actors, ["name_indonesian", "description", "description_indonesian"], batch_size=BATCH
    )


class Migration(migrations.Migration):

    dependencies = [
        ('briefs', '0023_claim_key_point_position'),
    ]

    operations = [
        migrations.AddField(
            model_name='publicactor',
            name='description',
            field=models.TextField(blank=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='publicactor',
            name='description_indonesian',
            field=models.TextField(blank=True, verbose_name='description in Indonesian'),
        ),
        migrations.AddField(
            model_name='publicactor',
            name='name_indonesian',
            field=models.CharField(blank=True, max_length=200, verbose_name='name in Indonesian'),
        ),
        migrations.AddField(
            model_name='publicclaim',
            name='quote_english',
            field=models.TextField(blank=True, verbose_name='English rendering of the quote'),
        ),
        migrations.RunPython(fill_from_stored_json, migrations.RunPython.noop),
    ]

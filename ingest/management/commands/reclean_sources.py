from django.core.management.base import BaseCommand

from ingest.models import Source
from ingest.services.importing import ImportContext
from ingest.services.recleaning import reclean_source


class Command(BaseCommand):
    help = "Re-run the cleaning pipeline over the raw text of Sources; fields an editor corrected are kept."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source", type=int, action="append", dest="ids", help="only this id (repeatable)"
        )

    def handle(self, *args, ids, **options):
        context = ImportContext.load(channel=Source.Channel.COMMAND)
        sources = Source.objects.order_by("pk")
        if ids:
            sources = sources.filter(pk__in=ids)
        changed = 0
        for source in sources.iterator(chunk_size=200):
            if reclean_source(source=source, context=context):
                changed += 1
                self.stdout.write(f"re-cleaned source {source.pk}: {source}")
        self.stdout.write(f"{changed} changed")

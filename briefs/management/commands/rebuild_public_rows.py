from django.core.management.base import BaseCommand

from briefs.public.backfill import rebuild_public_rows


class Command(BaseCommand):
    help = "Rebuild what readers and partners see from the published and superseded revisions alone."

    def handle(self, *args, **options):
        replayed = rebuild_public_rows()
        if options["verbosity"]:
            self.stdout.write(f"Replayed {replayed} public revisions.")

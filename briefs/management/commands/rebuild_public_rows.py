from django.core.management.base import BaseCommand

from briefs.api.conditional import forget_api_answers
from briefs.page_cache import purge_reader_pages
from briefs.public.backfill import rebuild_public_rows


class Command(BaseCommand):
    help = "Rebuild what readers and partners see from the published and superseded revisions alone."

    def handle(self, *args, **options):
        replayed = rebuild_public_rows()
        # Pages and API answers are keyed on the latest change-feed event, which a replay does not write.
        # Other web processes drop their copies within API_ANSWER_CACHE_SECONDS.
        purge_reader_pages()
        forget_api_answers()
        if options["verbosity"]:
            self.stdout.write(f"Replayed {replayed} public revisions.")

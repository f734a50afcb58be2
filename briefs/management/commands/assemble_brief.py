import json

from django.core.management.base import BaseCommand, CommandError

from briefs.models import Brief
from briefs.services.assembly import assemble_brief


class Command(BaseCommand):
    help = "Assemble a brief now, in this process (the same service the Celery task runs)."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, slug: str, format: str, **options):
        brief = Brief.objects.filter(slug=slug).first()
        if brief is None:
            raise CommandError(f"no brief with slug {slug!r}")
        result = assemble_brief(brief_id=brief.pk)
        if format == "json":
            record = {
                "brief": brief.slug,
                "revision": result.revision.number,
                "status": result.status,
                "content": result.revision.content,
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        else:
            self.stdout.write(f"{brief.slug}: revision {result.revision.number} {result.status}")

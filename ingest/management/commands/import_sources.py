import json
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.timezone import localtime
from tqdm import tqdm

from ingest.models import Source
from ingest.services.importing import (
    ImportContext,
    ImportOutcome,
    default_workers,
    expand_paths,
    import_paths,
)


def source_as_json(source: Source) -> dict:
    return {
        "id": source.pk,
        "outlet": source.outlet.name if source.outlet else None,
        "title": source.title,
        "byline": list(source.byline),
        "editor": source.editor or None,
        "published_at": localtime(source.published_at).isoformat() if source.published_at else None,
        "published_at_source": source.published_at_source,
        "dateline": source.dateline or None,
        "language": source.language,
        "cited_outlets": list(source.cited_outlets),
        "body": source.body,
        "content_hash": source.content_hash,
    }


class Command(BaseCommand):
    help = (
        "Import raw news articles (text or HTML files, or folders of them) as Sources, in batches: a rejected "
        "file never stops the others and a stored Source is always whole; exit status 1 when any file was "
        "rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--user", help="username recorded as the importer")
        parser.add_argument(
            "--workers",
            type=int,
            help="processes that clean articles in parallel (default: the CPU count for 200 files or more, "
            "else 1)",
        )

    def handle(self, *args, paths, format: str, user: str | None, workers: int | None, **options):
        imported_by = None
        if user:
            imported_by = get_user_model().objects.filter(username=user).first()
            if imported_by is None:
                raise CommandError(f"no user named {user!r}")
        context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=imported_by)
        files = expand_paths(paths)
        show_progress = format == "text" and sys.stderr.isatty() and len(files) > 1
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1")
        outcomes = import_paths(
            paths=files, context=context, workers=default_workers(len(files)) if workers is None else workers
        )
        counts = {"created": 0, "unchanged": 0, "rejected": 0}
        for outcome in tqdm(
            outcomes, total=len(files), unit="file", disable=not show_progress, file=sys.stderr
        ):
            counts[outcome.status] += 1
            self._report(outcome, format)
        if format == "text":
            self.stdout.write(", ".join(f"{count} {status}" for status, count in counts.items()))
        if counts["rejected"]:
            sys.exit(1)

    def _report(self, outcome: ImportOutcome, format: str) -> None:
        if format == "json":
            record = {
                "path": outcome.name,
                "status": outcome.status,
                "error": outcome.error,
                "source": source_as_json(outcome.source) if outcome.source else None,
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
            return
        if outcome.status == "rejected":
            self.stderr.write(f"rejected   {outcome.name}: {outcome.error}")
        else:
            self.stdout.write(
                f"{outcome.status:<10} {outcome.name} -> source {outcome.source.pk}: {outcome.source}"
            )

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.timezone import localtime
from tqdm import tqdm

from ingest.models import Outlet, Source
from ingest.services.fetching import import_url
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
        "outlet_confirmed": source.outlet.status == Outlet.Status.CONFIRMED if source.outlet else None,
        "url": source.url or None,
        "title": source.title,
        "byline": list(source.byline),
        "editor": source.editor or None,
        "published_at": localtime(source.published_at).isoformat() if source.published_at else None,
        "published_at_source": source.published_at_source,
        "dateline": source.dateline or None,
        "language": source.language,
        "cited_outlets": list(source.cited_outlets),
        "correction_notice": source.correction_notice or None,
        "body": source.body,
        "content_hash": source.content_hash,
    }


class Command(BaseCommand):
    help = (
        "Import raw news articles (text or HTML files, or folders of them, or pages by their address) as "
        "Sources, in batches: a rejected file or page never stops the others and a stored Source is always "
        "whole; exit status 1 when any was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
        parser.add_argument(
            "--url",
            action="append",
            default=[],
            dest="page_urls",
            metavar="URL",
            help="fetch and import the page at URL (repeat for several pages); fetched through the egress "
            "guard: public http(s) addresses only",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--user", help="username recorded as the importer")
        parser.add_argument(
            "--url-of",
            action="append",
            default=[],
            metavar="FILE=URL",
            help="the page address of FILE (repeat for several files); its domain names the outlet",
        )
        parser.add_argument(
            "--url-list",
            type=Path,
            metavar="LIST",
            help="a text file of 'FILE URL' lines (blank lines and lines starting with # are skipped), "
            "file paths relative to the list's folder",
        )
        parser.add_argument(
            "--workers",
            type=int,
            help="processes that clean articles in parallel (default: the CPU count for 200 files or more, "
            "else 1)",
        )

    def handle(
        self,
        *args,
        paths,
        format: str,
        user: str | None,
        workers: int | None,
        url_of: list[str],
        url_list: Path | None,
        page_urls: list[str],
        **options,
    ):
        if not paths and not page_urls:
            raise CommandError("give files or folders to import, or --url URL")
        imported_by = None
        if user:
            imported_by = get_user_model().objects.filter(username=user).first()
            if imported_by is None:
                raise CommandError(f"no user named {user!r}")
        files = expand_paths(paths)
        urls = _urls_of(files, url_of, url_list)
        context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=imported_by, urls=urls)
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
        # Pages are fetched here, one after the other, through the same service as the admin's import task.
        for url in page_urls:
            outcome = import_url(url=url, context=context)
            counts[outcome.status] += 1
            self._report(outcome, format, key="url")
        if format == "text":
            self.stdout.write(", ".join(f"{count} {status}" for status, count in counts.items()))
        if counts["rejected"]:
            sys.exit(1)

    def _report(self, outcome: ImportOutcome, format: str, key: str = "path") -> None:
        if format == "json":
            record = {
                key: outcome.name,
                "status": outcome.status,
                "error": outcome.error,
                "source": source_as_json(outcome.source) if outcome.source else None,
                "near_duplicate": _near_duplicate(outcome),
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
            return
        if outcome.status == "rejected":
            self.stderr.write(f"rejected   {outcome.name}: {outcome.error}")
            return
        line = f"{outcome.status:<10} {outcome.name} -> source {outcome.source.pk}: {outcome.source}"
        duplicate = _near_duplicate(outcome)
        if duplicate is not None:
            line += (
                f"\n           nearly duplicates source {duplicate['id']} (similarity {duplicate['similarity']:.2f}):"
                f" {duplicate['admin_url']}"
            )
        self.stdout.write(line)


def _near_duplicate(outcome: ImportOutcome) -> dict | None:
    if outcome.status != "created" or outcome.near_duplicate_id is None:
        return None
    return {
        "id": outcome.near_duplicate_id,
        "similarity": outcome.similarity,
        "admin_url": reverse("admin:ingest_source_change", args=[outcome.near_duplicate_id]),
    }


def _urls_of(files: list[Path], pairs: list[str], listing: Path | None) -> dict[str, str]:
    """The page address of each file being imported, keyed like the import names files (``str(path)``)."""
    given: list[tuple[Path, str, str]] = []
    for pair in pairs:
        file, sep, url = pair.partition("=")
        if not sep or not file or not url:
            raise CommandError(f"--url-of takes FILE=URL, not {pair!r}")
        given.append((Path(file), url.strip(), "--url-of"))
    if listing is not None:
        try:
            text = listing.read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {listing}: {exc.strerror}") from exc
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            file, _, url = line.strip().rpartition(" ")
            if not file.strip():
                raise CommandError(f"{listing}:{number}: expected 'FILE URL'")
            given.append((listing.parent / file.strip(), url, f"{listing}:{number}"))
    by_file = {path.resolve(): str(path) for path in files}
    urls: dict[str, str] = {}
    for file, url, where in given:
        if not _is_page_address(url):
            raise CommandError(f"{where}: {url!r} is not an http(s) address")
        name = by_file.get(file.resolve())
        if name is None:
            raise CommandError(f"{where}: {file} is not among the files being imported")
        urls[name] = url
    return urls


def _is_page_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and len(url) <= 2000

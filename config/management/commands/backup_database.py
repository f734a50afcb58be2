from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from config.backups import BackupError, backup_database


class Command(BaseCommand):
    help = "Back up the database to var/backups/ (or --output): a SQLite copy or a pg_dump archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="file to write")

    def handle(self, *args, output: Path | None, **options):
        if output is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            suffix = "sqlite3" if connection.vendor == "sqlite" else "dump"
            output = settings.VAR_DIR / "backups" / f"briefdesk-{stamp}.{suffix}"
        try:
            path = backup_database(destination=output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(path))

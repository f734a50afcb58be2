from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, backup_database, backup_folder, backup_path


class Command(BaseCommand):
    help = (
        "Back up the database to var/backups/ (or --output): a SQLite copy or a pg_dump archive, "
        "readable by its owner only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="file to write")

    def handle(self, *args, output: Path | None, **options):
        try:
            path = backup_database(destination=output or backup_path(folder=backup_folder()))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(path))

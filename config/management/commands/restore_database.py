from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, restore_database


class Command(BaseCommand):
    help = (
        "Replace the database's contents with a backup made by backup_database. Stop web and workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, backup: Path, yes: bool, **options):
        if not yes and input(f"Replace the whole database with {backup}? Type 'yes': ").strip() != "yes":
            raise CommandError("restore cancelled")
        try:
            restore_database(source=backup)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"restored {backup}")

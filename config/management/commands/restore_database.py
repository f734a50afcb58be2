from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, restore_database


class Command(BaseCommand):
    help = (
        "Replace the database's contents with a backup made by backup_database, after checking the backup "
        "and keeping a safety copy of the current database in var/backups/. Stop web and workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, backup: Path, yes: bool, **options):
        if not yes and input(f"Replace the whole database with {backup}? Type 'yes': ").strip() != "yes":
            raise CommandError("restore cancelled")
        try:
            report = restore_database(source=backup)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        check = report.check
        self.stdout.write(
            f"checked {backup}: a {check.kind} with {len(check.migrations)} applied migrations "
            f"of {len(check.apps)} apps"
        )
        if report.safety_copy:
            self.stdout.write(f"kept a safety copy of the database it replaced: {report.safety_copy}")
        self.stdout.write(f"restored {backup} into {report.target}")
        if check.not_yet_applied:
            named = ", ".join(check.not_yet_applied[:3]) + ("…" if len(check.not_yet_applied) > 3 else "")
            self.stdout.write(
                f"the backup predates {len(check.not_yet_applied)} migrations of this code ({named}): "
                "run `manage.py migrate` next"
            )

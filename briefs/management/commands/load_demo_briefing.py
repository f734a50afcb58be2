from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from briefs.services.demo import DemoDataError, load_demo_briefing


class Command(BaseCommand):
    help = "Create the demo briefing on the imported seed corpus and publish it (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--editor", default="demo-editor", help="username of the annotating editor")
        parser.add_argument("--reviewer", default="demo-reviewer", help="username of the approving reviewer")

    def handle(self, *args, editor: str, reviewer: str, **options):
        users = get_user_model().objects
        try:
            editor_user = users.get(username=editor)
            reviewer_user = users.get(username=reviewer)
        except get_user_model().DoesNotExist:
            raise CommandError(
                f"users {editor!r} and {reviewer!r} must exist: run `manage.py setup_roles --demo-users` first"
            ) from None
        try:
            report = load_demo_briefing(editor=editor_user, reviewer=reviewer_user)
        except DemoDataError as exc:
            raise CommandError(str(exc)) from exc
        state = "published" if report.published else report.revision.get_status_display().lower()
        self.stdout.write(
            f"brief {report.brief.slug}: {report.claims_created} new claims of {report.claims_total}, "
            f"revision {report.revision.number} {state}"
        )

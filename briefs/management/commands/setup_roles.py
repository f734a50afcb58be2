from django.core.management.base import BaseCommand

from briefs.services.partners import ensure_demo_partner
from briefs.services.roles import ensure_demo_accounts, ensure_editorial_groups


class Command(BaseCommand):
    help = "Create or update the Editors and Reviewers groups; with --demo-users, the demo accounts too."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=(
                "create or reset demo-editor and demo-reviewer with new random passwords, and the demo "
                "partner's API token, printed once"
            ),
        )

    def handle(self, *args, demo_users: bool, **options):
        if not demo_users:
            groups = ensure_editorial_groups()
            self.stdout.write(f"groups ready: {', '.join(groups)}")
            return
        for account in ensure_demo_accounts():
            self.stdout.write(
                f"  {account.group:<10} user {account.username:<14} password {account.password}"
            )
        partner = ensure_demo_partner()
        self.stdout.write(f"  {'Partner':<10} API token {partner.plain}")
        self.stdout.write(
            "  (passwords and the token are printed once and stored nowhere; rerun to get new ones;\n"
            "   the API takes the token as 'Authorization: Bearer <token>', see docs/api.md)"
        )

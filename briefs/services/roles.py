"""The editorial roles: Editors import and annotate; Reviewers also approve and publish."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS = "Editors"
REVIEWERS = "Reviewers"

# "app_label.codename" of every permission a role holds. Reviewers hold the editors' too.
EDITOR_PERMISSIONS: tuple[str, ...] = (
    "ingest.view_outlet",
    "ingest.add_outlet",
    "ingest.change_outlet",
    "ingest.view_source",
    "ingest.add_source",
    "ingest.change_source",
    "briefs.view_actor",
    "briefs.add_actor",
    "briefs.change_actor",
    "briefs.view_claim",
    "briefs.add_claim",
    "briefs.change_claim",
    "briefs.view_claimfigure",
    "briefs.add_claimfigure",
    "briefs.change_claimfigure",
    "briefs.delete_claimfigure",
    "briefs.view_movement",
    "briefs.add_movement",
    "briefs.change_movement",
    "briefs.delete_movement",
    "briefs.view_place",
    "briefs.add_place",
    "briefs.change_place",
    "briefs.view_claimsuggestion",
    "briefs.change_claimsuggestion",
    "ops.view_auditentry",
    "briefs.view_brief",
    "briefs.add_brief",
    "briefs.change_brief",
    "briefs.view_proposition",
    "briefs.add_proposition",
    "briefs.change_proposition",
    "briefs.delete_proposition",
    "briefs.view_briefrevision",
    # Former addresses are read-only (a rename writes them); each person sets their own public name.
    "briefs.view_briefformerslug",
    "briefs.view_actorformerslug",
    "briefs.view_editorprofile",
    "briefs.add_editorprofile",
    "briefs.change_editorprofile",
)
REVIEWER_PERMISSIONS: tuple[str, ...] = (
    "briefs.review_claim",
    "briefs.publish_briefrevision",
    # What their publications set off: the webhook delivery log and the change feed (read-only).
    # Partners, tokens and webhook secrets are managed by administrators only.
    "briefs.view_webhookdelivery",
    "briefs.view_changeevent",
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    group: str


def _permissions(names: tuple[str, ...]) -> list[Permission]:
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = [
        permission
        for permission in Permission.objects.select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        listed = ", ".join(sorted(".".join(pair) for pair in missing))
        raise LookupError(f"permissions not found (run migrate first): {listed}")
    return found


@transaction.atomic
def ensure_editorial_groups() -> dict[str, Group]:
    """Create or update the Editors and Reviewers groups with exactly their permissions."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    editors.permissions.set(_permissions(EDITOR_PERMISSIONS))
    reviewers.permissions.set(_permissions(EDITOR_PERMISSIONS + REVIEWER_PERMISSIONS))
    return {EDITORS: editors, REVIEWERS: reviewers}


@transaction.atomic
def ensure_demo_accounts() -> list[DemoAccount]:
    """Create (or reset) the demo editor and reviewer with fresh random passwords, returned once."""
    groups = ensure_editorial_groups()
    accounts = []
    for username, group_name in (("demo-editor", EDITORS), ("demo-reviewer", REVIEWERS)):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.set([groups[group_name]])
        accounts.append(DemoAccount(username=username, password=password, group=group_name))
    return accounts

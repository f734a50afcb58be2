"""Human review of assembled revisions: only reviewers publish, and readers only ever see published ones."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from briefs.models import BriefRevision, EditorProfile
from briefs.public.publication import write_public_rows
from briefs.services.audit import record_audit
from briefs.services.changes import record_publication
from briefs.services.four_eyes import FourEyesRefused, audited_refusals, publication_refusal

PUBLISH_PERMISSION = "briefs.publish_briefrevision"


def _notify_webhooks(revision: BriefRevision) -> None:
    from briefs.services.webhooks import schedule_deliveries

    schedule_deliveries(revision)


#: Called after a publication commits, with the revision: webhook fan-out, reader-page cache purge.
PUBLISH_HOOKS: list[Callable[[BriefRevision], None]] = [_notify_webhooks]


class PublishRefused(FourEyesRefused):
    """A review step the rules do not allow; the message tells the reviewer why."""


def can_publish(user: AbstractBaseUser) -> bool:
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def _locked_pending(revision: BriefRevision, reviewer: AbstractBaseUser) -> BriefRevision:
    if not can_publish(reviewer):
        raise PermissionDenied("Only reviewers can publish or reject brief revisions.")
    current = BriefRevision.objects.select_for_update().select_related("brief").get(pk=revision.pk)
    if current.status != BriefRevision.Status.PENDING_REVIEW:
        raise PublishRefused(f"Revision {current.number} is already {current.get_status_display().lower()}.")
    return current


def public_name(user: AbstractBaseUser) -> str:
    """The name readers see for `user` ("" when they chose none: pages then say "the editors")."""
    return EditorProfile.objects.filter(user_id=user.pk).values_list("public_name", flat=True).first() or ""


def publish_revision(*, revision: BriefRevision, reviewer: AbstractBaseUser, note: str = "") -> BriefRevision:
    """Publish a pending revision; the one published before it is superseded. Hooks run after commit.

    A refusal (PublishRefused, PermissionDenied) is audited and raised."""
    with audited_refusals(user=reviewer, action="publication", target=revision):
        return _publish(revision=revision, reviewer=reviewer, note=note)


@transaction.atomic
def _publish(*, revision: BriefRevision, reviewer: AbstractBaseUser, note: str) -> BriefRevision:
    current = _locked_pending(revision, reviewer)
    newer = current.brief.revisions.filter(number__gt=current.number).exclude(
        status=BriefRevision.Status.REJECTED
    )
    if newer.exists():
        raise PublishRefused(f"A newer revision of “{current.brief}” exists; review that one instead.")
    refusal = publication_refusal(current, reviewer)
    if refusal:
        raise PublishRefused(refusal)
    now = timezone.now()
    previous = (
        current.brief.revisions.select_for_update().filter(status=BriefRevision.Status.PUBLISHED).first()
    )
    if previous is not None:
        previous.status = BriefRevision.Status.SUPERSEDED
        previous.superseded_at = now
        previous.save(update_fields=["status", "superseded_at"])
    current.status = BriefRevision.Status.PUBLISHED
    current.reviewed_by = reviewer
    current.reviewed_at = now
    current.published_at = now
    current.review_note = note.strip()
    current.reviewer_name = public_name(reviewer)
    current.save(
        update_fields=["status", "reviewed_by", "reviewed_at", "published_at", "review_note", "reviewer_name"]
    )
    record_audit(
        user=reviewer,
        action="published",
        target=current,
        before={
            "status": BriefRevision.Status.PENDING_REVIEW,
            "published": previous.number if previous else None,
        },
        after={"status": BriefRevision.Status.PUBLISHED},
        note=current.review_note,
    )
    record_publication(
        revision=current,
        superseded=previous,
        public_events=write_public_rows(revision=current, superseded=previous),
    )
    for hook in PUBLISH_HOOKS:
        transaction.on_commit(lambda hook=hook: hook(current))
    return current


def reject_revision(*, revision: BriefRevision, reviewer: AbstractBaseUser, note: str) -> BriefRevision:
    if not note.strip():
        raise PublishRefused("Say why the revision is rejected: editors read the note.")
    with audited_refusals(user=reviewer, action="rejection", target=revision):
        return _reject(revision=revision, reviewer=reviewer, note=note)


@transaction.atomic
def _reject(*, revision: BriefRevision, reviewer: AbstractBaseUser, note: str) -> BriefRevision:
    current = _locked_pending(revision, reviewer)
    current.status = BriefRevision.Status.REJECTED
    current.reviewed_by = reviewer
    current.reviewed_at = timezone.now()
    current.review_note = note.strip()
    current.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
    record_audit(
        user=reviewer,
        action="rejected",
        target=current,
        before={"status": BriefRevision.Status.PENDING_REVIEW},
        after={"status": BriefRevision.Status.REJECTED},
        note=current.review_note,
    )
    return current

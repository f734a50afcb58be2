"""Four-eyes review of claims: reviewers approve or reject, never their own work (unless configured)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from briefs.models import Claim
from briefs.services.actors import unconfirmed_speaker_refusal
from briefs.services.claims import claim_snapshot
from briefs.services.four_eyes import FourEyesRefused, audited_refusals, claim_review_refusal
from briefs.services.notifications import notify_desk_after_commit
from briefs.services.triggers import request_assembly_for_claims
from ops.services.audit import record_audit

REVIEW_PERMISSION = "briefs.review_claim"


class ReviewRefused(FourEyesRefused):
    """A review the rules do not allow; the message tells the reviewer why."""


@dataclass
class ReviewReport:
    done: list[Claim] = field(default_factory=list)
    refused: list[tuple[Claim, str]] = field(default_factory=list)


def can_review(user: User) -> bool:
    return user.is_active and user.has_perm(REVIEW_PERMISSION)


def _check_reviewer(claim: Claim, reviewer: User) -> None:
    if not can_review(reviewer):
        raise PermissionDenied("Only reviewers can approve or reject claims.")
    refusal = claim_review_refusal(claim, reviewer)
    if refusal:
        raise ReviewRefused(refusal)


def _transition(*, claim: Claim, reviewer: User, status: str, note: str, allowed_from: set[str]) -> Claim:
    current = Claim.objects.select_for_update().select_related("speaker").get(pk=claim.pk)
    _check_reviewer(current, reviewer)
    if current.status == Claim.Status.ORPHANED:
        raise ReviewRefused("This claim lost its quote when the article changed; re-anchor it first.")
    if current.status not in allowed_from:
        raise ReviewRefused(f"This claim is already {current.get_status_display().lower()}.")
    if status == Claim.Status.APPROVED and not current.speaker.confirmed:
        raise ReviewRefused(unconfirmed_speaker_refusal(current.speaker))
    before = claim_snapshot(current)
    current.status = status
    current.reviewed_by = reviewer
    current.reviewed_at = timezone.now()
    current.review_note = note.strip()
    current.version += 1
    current.save()
    record_audit(
        user=reviewer,
        action=status,
        target=current,
        before={"status": before["status"]},
        after={"status": status},
        note=current.review_note,
    )
    request_assembly_for_claims(claim_ids=[current.pk])
    return current


def approve_claim(*, claim: Claim, reviewer: User, note: str = "") -> Claim:
    """Approve a draft (or rejected) claim; a refusal is audited and raised (ReviewRefused)."""
    with audited_refusals(user=reviewer, action="approval", target=claim), transaction.atomic():
        return _transition(
            claim=claim,
            reviewer=reviewer,
            status=Claim.Status.APPROVED,
            note=note,
            allowed_from={Claim.Status.DRAFT, Claim.Status.REJECTED},
        )


def reject_claim(*, claim: Claim, reviewer: User, note: str) -> Claim:
    """Reject a claim with a note for its annotator; a refusal is audited and raised (ReviewRefused)."""
    if not note.strip():
        raise ReviewRefused("Say why the claim is rejected: the note goes back to the annotator.")
    with audited_refusals(user=reviewer, action="rejection", target=claim), transaction.atomic():
        return _transition(
            claim=claim,
            reviewer=reviewer,
            status=Claim.Status.REJECTED,
            note=note,
            allowed_from={Claim.Status.DRAFT, Claim.Status.APPROVED},
        )


def request_changes(*, claim: Claim, reviewer: User, note: str) -> Claim:
    """Send a draft back to its editor with a comment; it waits on their desk until they change it.
    A refusal (four eyes, not a draft, no comment) is audited and raised (ReviewRefused)."""
    if not note.strip():
        raise ReviewRefused("Say what should change: the comment goes to the annotator.")
    with audited_refusals(user=reviewer, action="change request", target=claim), transaction.atomic():
        current = Claim.objects.select_for_update().get(pk=claim.pk)
        _check_reviewer(current, reviewer)
        if current.status != Claim.Status.DRAFT:
            raise ReviewRefused(
                f"Only a draft can be sent back; this claim is {current.get_status_display().lower()}."
            )
        current.changes_requested_by = reviewer
        current.changes_requested_at = timezone.now()
        current.review_note = note.strip()
        current.version += 1
        current.save(update_fields=["changes_requested_by", "changes_requested_at", "review_note", "version"])
        record_audit(user=reviewer, action="changes requested", target=current, note=current.review_note)
        notify_desk_after_commit()
        return current


def review_claims(*, claims: Iterable[Claim], reviewer: User, approve: bool, note: str = "") -> ReviewReport:
    """Bulk review: each claim in its own transaction, so one refusal does not undo the others."""
    if not can_review(reviewer):
        raise PermissionDenied("Only reviewers can approve or reject claims.")
    report = ReviewReport()
    for claim in claims:
        try:
            if approve:
                report.done.append(approve_claim(claim=claim, reviewer=reviewer, note=note))
            else:
                report.done.append(reject_claim(claim=claim, reviewer=reviewer, note=note))
        except ReviewRefused as exc:
            report.refused.append((claim, str(exc)))
    return report

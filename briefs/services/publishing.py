"""Human review of assembled revisions: only reviewers publish, and readers only ever see published ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from briefs.assembly import canonical_json
from briefs.assembly.hashing import canonical_json_hash
from briefs.models import BriefRevision, EditorProfile
from briefs.public.capture import publication_date_entry
from briefs.public.publication import write_public_rows
from briefs.selectors.review import newer_revisions
from briefs.services.change_feed import record_publication
from briefs.services.four_eyes import FourEyesRefused, audited_refusals, publication_refusal
from briefs.services.source_dates import confirm_source_dates, dates_to_check
from ingest.models import Source
from ingest.publication_dates import UNCONFIRMED
from ops.services.audit import record_audit

PUBLISH_PERMISSION = "briefs.publish_briefrevision"


def _notify_webhooks(revision: BriefRevision) -> None:
    from briefs.services.webhooks import schedule_deliveries

    schedule_deliveries(revision)


#: Called after a publication commits, with the revision: webhook fan-out, reader-page cache purge.
PUBLISH_HOOKS: list[Callable[[BriefRevision], None]] = [_notify_webhooks]


class PublishRefused(FourEyesRefused):
    """A review step the rules do not allow; the message tells the reviewer why."""


def can_publish(user: User) -> bool:
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def _locked_pending(revision: BriefRevision, reviewer: User) -> BriefRevision:
    if not can_publish(reviewer):
        raise PermissionDenied("Only reviewers can publish or reject brief revisions.")
    current = BriefRevision.objects.select_for_update().select_related("brief").get(pk=revision.pk)
    if current.status != BriefRevision.Status.PENDING_REVIEW:
        raise PublishRefused(f"Revision {current.number} is already {current.get_status_display().lower()}.")
    return current


def _check_source_dates(current: BriefRevision, reviewer: User, confirm: set[int]) -> None:
    """Readers are never shown a guessed date as a fact: every cited source's date must be one, or the
    reviewer confirms it here (recorded as their confirmation, in this transaction)."""
    cited = {entry["id"] for entry in current.content.get("sources", [])}
    if confirm - cited:
        listed = ", ".join(f"#{source_id}" for source_id in sorted(confirm - cited))
        raise PublishRefused(
            f"Revision {current.number} does not cite source {listed}; nothing was published."
        )
    if confirm:
        confirm_source_dates(
            source_ids=confirm,
            user=reviewer,
            note=f"Confirmed when publishing revision {current.number} of “{current.brief}”",
        )
    problems = dates_to_check(content=current.content)
    changed = [problem for problem in problems if problem.problem == "changed"]
    if changed:
        listed = ", ".join(f"{problem.source} (#{problem.source.pk})" for problem in changed)
        raise PublishRefused(
            f"The publication date of {listed} was corrected after revision {current.number} was assembled; "
            "publish the revision assembled since, which shows the corrected date."
        )
    if problems:
        listed = "; ".join(
            f"{problem.source.outlet or problem.source} #{problem.source.pk}: {problem.date.value}"
            for problem in problems
        )
        raise PublishRefused(
            f"{len(problems)} cited source{'s have' if len(problems) > 1 else ' has'} an unconfirmed publication "
            f"date ({listed}). Readers would take a guess for a fact: confirm each date here if it is right, or "
            "correct it on the source, then publish."
        )
    _record_confirmations(current)


def _record_confirmations(current: BriefRevision) -> None:
    """Dates confirmed since the revision was assembled (here by the reviewer, or by an editor meanwhile)
    are published as confirmed: the revision's cited material says so, and hashes so like the next
    assembly's will. Only those entries are read again; the values are the assembled ones
    (``dates_to_check`` refused any that changed)."""
    waiting = {
        entry["id"]: entry
        for entry in (current.cited or {}).get("sources", [])
        if (entry.get("publication_date") or {}).get("status") == UNCONFIRMED
    }
    if not waiting:
        return
    for source in Source.objects.filter(pk__in=list(waiting)):
        date = publication_date_entry(source)
        if date["status"] != UNCONFIRMED:
            waiting[source.pk]["publication_date"] = date
    current.cited_hash = canonical_json_hash(canonical_json(current.cited))
    # Past save()'s guard on purpose: the snapshot is untouched and the values are the reviewed ones; only
    # who vouches for a date is recorded, as the reviewer's decision is, in the publish transaction.
    BriefRevision.objects.filter(pk=current.pk, status=BriefRevision.Status.PENDING_REVIEW).update(
        cited=current.cited, cited_hash=current.cited_hash
    )


def public_name(user: User) -> str:
    """The name readers see for `user` ("" when they chose none: pages then say "the editors")."""
    return EditorProfile.objects.filter(user_id=user.pk).values_list("public_name", flat=True).first() or ""


def publish_revision(
    *,
    revision: BriefRevision,
    reviewer: User,
    note: str = "",
    confirm_source_ids: Iterable[int] = (),
) -> BriefRevision:
    """Publish a pending revision; the one published before it is superseded. Hooks run after commit.

    Refused while a cited source's publication date is unconfirmed, unless the reviewer confirms it with
    ``confirm_source_ids`` (each confirmation is audited; a refusal leaves none behind). A refusal
    (PublishRefused, PermissionDenied) is audited and raised."""
    with audited_refusals(user=reviewer, action="publication", target=revision):
        return _publish(
            revision=revision, reviewer=reviewer, note=note, confirm_source_ids=set(confirm_source_ids)
        )


@transaction.atomic
def _publish(
    *, revision: BriefRevision, reviewer: User, note: str, confirm_source_ids: set[int]
) -> BriefRevision:
    current = _locked_pending(revision, reviewer)
    if newer_revisions(current).exists():
        raise PublishRefused(f"A newer revision of “{current.brief}” exists; review that one instead.")
    refusal = publication_refusal(current, reviewer)
    if refusal:
        raise PublishRefused(refusal)
    # After the four-eyes check, so that a reviewer who may not publish confirms no date either.
    _check_source_dates(current, reviewer, confirm_source_ids)
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
        transaction.on_commit(partial(hook, current))
    return current


def reject_revision(*, revision: BriefRevision, reviewer: User, note: str) -> BriefRevision:
    if not note.strip():
        raise PublishRefused("Say why the revision is rejected: editors read the note.")
    with audited_refusals(user=reviewer, action="rejection", target=revision):
        return _reject(revision=revision, reviewer=reviewer, note=note)


@transaction.atomic
def _reject(*, revision: BriefRevision, reviewer: User, note: str) -> BriefRevision:
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

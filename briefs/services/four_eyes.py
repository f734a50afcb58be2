"""Four eyes means two people: nobody approves or publishes only their own work.

- A claim may be reviewed (approved or rejected) only by someone who neither annotated it nor last
  changed its content (quote, span, speaker, stance, paraphrase, English rendering, dates,
  figures).
- A revision may be published only by a reviewer who did not author a change in it that nobody else
  approved: the brief's title, summary or language (or their Indonesian versions), a key point (its
  wording or its Indonesian version, date, order or claims), a place its map shows (name, kind or
  coordinates), or a cited claim they last changed and that only they reviewed. A change to a claim is approved by
  another person's review of the claim; a change to the brief or a key point by another person's
  publication of a revision assembled after it.

``CLAIMS_ALLOW_SELF_REVIEW`` relaxes both rules for one-person newsrooms. Each refusal is written to the
audit trail by ``audited_refusals``, in a transaction of its own, so the record of the refused attempt
survives the rollback of the attempt itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import F, Max, Q

from briefs.models import BriefRevision, Claim, ContentAuthorship, Place, Proposition
from briefs.public.publication import claim_ids_in
from ops.services.audit import record_audit


class FourEyesRefused(Exception):
    """Base of the review and publishing refusals: the message tells the person why."""


def self_review_allowed() -> bool:
    return settings.CLAIMS_ALLOW_SELF_REVIEW


def claim_review_refusal(claim: Claim, reviewer: User) -> str | None:
    """Why `reviewer` may not review `claim` under the four-eyes rule, or None."""
    if self_review_allowed():
        return None
    if claim.created_by_id == reviewer.pk:
        return "You annotated this claim; another reviewer must review it (four-eyes rule)."
    if claim.content_changed_by_id == reviewer.pk:
        return "You made the last change to this claim; another reviewer must review it (four-eyes rule)."
    return None


def publication_refusal(revision: BriefRevision, reviewer: User) -> str | None:
    """Why `reviewer` may not publish `revision` under the four-eyes rule, or None (4 queries, 5 when
    the revision maps places)."""
    if self_review_allowed():
        return None
    unapproved = _own_unapproved_changes(revision, reviewer)
    if not unapproved:
        return None
    return (
        "You made changes in this revision that nobody else has approved: "
        + "; ".join(unapproved)
        + ". Another reviewer must publish it (four-eyes rule)."
    )


def _own_unapproved_changes(revision: BriefRevision, reviewer: User) -> list[str]:
    brief = revision.brief
    assembled = revision.created_at
    # A change to the brief, a key point or a place is approved once someone else published a revision
    # assembled after it.
    approved_until = (
        BriefRevision.objects.public()
        .filter(brief_id=brief.pk)
        .exclude(reviewed_by_id=reviewer.pk)
        .aggregate(latest=Max("created_at"))["latest"]
    )

    def unapproved(item: ContentAuthorship) -> bool:
        changed_at = item.content_changed_at
        return (
            item.content_changed_by_id == reviewer.pk
            and changed_at is not None
            and changed_at <= assembled
            and (approved_until is None or approved_until < changed_at)
        )

    found = []
    if unapproved(brief):
        found.append("the brief's title, summary or language")
    content = revision.content
    point_ids = {point["id"] for point in content.get("key_points", [])}
    points = Proposition.objects.filter(brief_id=brief.pk, content_changed_by_id=reviewer.pk).only(
        "statement", "content_changed_by", "content_changed_at"
    )
    found += [f"key point “{point}”" for point in points if point.pk in point_ids and unapproved(point)]
    place_ids = {place["id"] for place in content.get("places", [])}
    if place_ids:
        places = Place.objects.filter(pk__in=place_ids, content_changed_by_id=reviewer.pk)
        found += [f"place “{place}”" for place in places if unapproved(place)]
    # The revision's claims were approved when it was assembled; a claim of the reviewer's counts
    # unless someone else reviewed it after its last change. Read by the revision's sources (a short
    # list) rather than by its claim ids (thousands in a big brief).
    source_ids = [source["id"] for source in content.get("sources", [])]
    cited = set(claim_ids_in(content))
    own_claims = (
        Claim.objects.filter(
            source_id__in=source_ids, content_changed_by_id=reviewer.pk, content_changed_at__lte=assembled
        )
        .exclude(
            Q(reviewed_by__isnull=False)
            & ~Q(reviewed_by_id=reviewer.pk)
            & Q(reviewed_at__gte=F("content_changed_at"))
        )
        .select_related("speaker")
    )
    found += [f"claim “{claim}”" for claim in own_claims if claim.pk in cited]
    return found


@contextmanager
def audited_refusals(*, user: User, action: str, target: models.Model) -> Iterator[None]:
    """Run an attempt; if the rules refuse it, audit the refusal (why, by whom) and re-raise.

    Use it outside the attempt's own transaction: the attempt rolls back, the audit entry stays (unless
    the caller's own transaction rolls back too).
    """
    try:
        yield
    except (FourEyesRefused, PermissionDenied) as refusal:
        with transaction.atomic():
            record_audit(
                user=user,
                action=f"{action} refused",
                target=target,
                note=str(refusal) or "Not allowed for this account.",
            )
        raise

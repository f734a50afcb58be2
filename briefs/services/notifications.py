"""E-mail people when something new waits on their desk, at most once per DESK_NOTIFY_MINUTES.

A notice lists what is new since the last one; a run that finds nothing new, or comes too soon after the
last notice, sends nothing (a later run, or the beat entry, sends it). The row is updated in the same
transaction as the decision and the mail leaves after commit, so a duplicate run sends nothing twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from briefs.models import DeskNotice
from config import dispatch

QUEUE_NAMES = {
    "to_review": "claims to review",
    "sent_back": "claims sent back to you",
    "orphans": "orphaned claims",
    "revisions": "revisions to publish",
    "actors": "proposed speakers to confirm",
    "outlets": "proposed outlets to confirm",
    "dates": "publication dates to confirm",
    "failures": "failed tasks",
}


def notify_desk_after_commit() -> None:
    """Ask for a round of notices once the caller's transaction commits (nothing if it rolls back)."""

    transaction.on_commit(lambda: dispatch.task("briefs.notify_desk").delay())


def _message(new: set[str]) -> str:
    counts: dict[str, int] = {}
    for key in new:
        queue = key.split(":", 1)[0]
        counts[queue] = counts.get(queue, 0) + 1
    lines = [f"- {count} new {QUEUE_NAMES.get(queue, queue)}" for queue, count in sorted(counts.items())]
    desk = settings.BRIEFDESK_BASE_URL.rstrip("/") + reverse("admin:desk")
    return "Waiting for you on the Briefdesk desk:\n" + "\n".join(lines) + f"\n\nOpen the desk: {desk}\n"


@transaction.atomic
def notify_user(*, user, now: datetime | None = None) -> bool:
    """Send `user` a notice if something new waits and the last notice is old enough. True if sent."""
    from briefs.desk.queues import waiting_keys  # the desk's reads import the review service, which calls us

    now = now or timezone.now()
    notice, _ = DeskNotice.objects.select_for_update().get_or_create(user=user)
    waiting = waiting_keys(user)
    new = waiting - set(notice.items)
    if not new:
        if set(notice.items) - waiting:
            notice.items = sorted(waiting & set(notice.items))  # done items may come back as new
            notice.save(update_fields=["items"])
        return False
    if notice.sent_at and now - notice.sent_at < timedelta(minutes=settings.DESK_NOTIFY_MINUTES):
        return False
    notice.items, notice.sent_at = sorted(waiting), now
    notice.save(update_fields=["items", "sent_at"])
    subject, body, address = "Briefdesk: new work on your desk", _message(new), user.email
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address], fail_silently=False)
    )
    return True


def notify_desk(*, now: datetime | None = None) -> int:
    """One round: every active staff member with an address. Returns how many notices were sent."""
    people = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return sum(notify_user(user=person, now=now) for person in people)

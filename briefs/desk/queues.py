"""What waits for whom: the desk's queues for one person, each a count and the first few rows.

Each queue costs two queries (its count and its first rows) whatever the number of rows, and a queue
the person has no permission to act on costs none: at most 18 queries for the whole desk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Count, Q, QuerySet

from briefs.models import Actor, BriefRevision, Claim
from briefs.services.four_eyes import self_review_allowed
from briefs.services.publishing import can_publish
from briefs.services.review import can_review
from ingest.models import Outlet, Source
from ops.models import TaskFailure
from ops.services.task_failures import can_retry

#: Rows listed per queue on the desk; the count says how many more wait.
DESK_ROWS = 10
#: A publication date below this confidence is a guess an editor should confirm.
DATE_CONFIDENCE_CONFIRMED = 0.5


@dataclass
class Queue:
    key: str
    count: int = 0
    rows: list = field(default_factory=list)


@dataclass
class Desk:
    queues: dict[str, Queue]

    @property
    def total(self) -> int:
        return sum(queue.count for queue in self.queues.values())


def claims_to_review(user: AbstractBaseUser) -> QuerySet[Claim]:
    claims = Claim.objects.awaiting_review()
    if not self_review_allowed():
        claims = claims.exclude(created_by=user).exclude(content_changed_by=user)
    return claims


def claims_sent_back(user: AbstractBaseUser) -> QuerySet[Claim]:
    return Claim.objects.changes_requested().filter(Q(created_by=user) | Q(content_changed_by=user))


def unconfirmed_dates() -> QuerySet[Source]:
    return Source.objects.filter(
        published_at__isnull=False, published_at_confidence__lt=DATE_CONFIDENCE_CONFIRMED
    ).exclude(published_at_source=Source.DateSource.EDITOR)


def queue_querysets(user: AbstractBaseUser) -> dict[str, QuerySet]:
    """Each queue this person can act on, oldest first, as an unevaluated queryset."""
    claims = Claim.objects.select_related("speaker", "source__outlet", "created_by", "changes_requested_by")
    queues: dict[str, QuerySet] = {}
    if can_review(user):
        queues["to_review"] = (
            claims_to_review(user)
            .select_related("speaker", "source__outlet", "created_by")
            .order_by("content_changed_at", "pk")
        )
    if user.has_perm("briefs.change_claim"):
        queues["sent_back"] = (
            claims_sent_back(user)
            .select_related("speaker", "source__outlet", "changes_requested_by")
            .order_by("changes_requested_at", "pk")
        )
        queues["orphans"] = claims.orphaned().order_by("updated_at", "pk")
    if can_publish(user):
        queues["revisions"] = (
            BriefRevision.objects.publishable().select_related("brief").order_by("created_at", "pk")
        )
    if user.has_perm("briefs.change_actor"):
        queues["actors"] = (
            Actor.objects.unconfirmed().select_related("affiliation").order_by("created_at", "pk")
        )
    if user.has_perm("ingest.change_outlet"):
        # How many sources each proposal holds, counted in the rows' own query.
        queues["outlets"] = (
            Outlet.objects.unconfirmed().annotate(source_count=Count("sources")).order_by("created_at", "pk")
        )
    if user.has_perm("ingest.change_source"):
        queues["dates"] = unconfirmed_dates().select_related("outlet").order_by("imported_at", "pk")
    if can_retry(user):
        queues["failures"] = TaskFailure.objects.filter(resolved_at__isnull=True).order_by(
            "last_seen_at", "pk"
        )
    return queues


def desk_for(user: AbstractBaseUser, *, rows: int = DESK_ROWS) -> Desk:
    return Desk(
        queues={
            key: Queue(key=key, count=queryset.count(), rows=list(queryset[:rows]))
            for key, queryset in queue_querysets(user).items()
        }
    )


def waiting_keys(user: AbstractBaseUser) -> set[str]:
    """Everything waiting for this person, as stable keys ("to_review:12"): what a notice is about. One
    query per queue."""
    return {
        f"{key}:{pk}"
        for key, queryset in queue_querysets(user).items()
        for pk in queryset.values_list("pk", flat=True)
    }

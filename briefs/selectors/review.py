"""What a reviewer reads before deciding: the diff against what readers see, and stale key points."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from briefs.assembly import diff_cited, diff_snapshots
from briefs.models import Brief, BriefRevision, Proposition


@dataclass(frozen=True)
class StaleKeyPoint:
    key_point: Proposition
    added: bool  # added after the summary was last edited (else changed after it)


@dataclass(frozen=True)
class RevisionReview:
    """What a reviewer needs to decide: the revision's diff against what readers see now, and the key
    points the summary may not reflect yet."""

    published: BriefRevision | None
    diff: list[dict]
    stale_key_points: list[StaleKeyPoint]


def stale_key_points(brief: Brief) -> list[StaleKeyPoint]:
    """Key points added or changed after the brief's summary was last edited (1 query)."""
    if not brief.summary.strip():
        return []
    since = brief.summary_written_at
    return [
        StaleKeyPoint(key_point=point, added=point.created_at > since)
        for point in Proposition.objects.filter(brief=brief)
        .filter(Q(created_at__gt=since) | Q(updated_at__gt=since))
        .order_by("position", "pk")
    ]


def revision_review(revision: BriefRevision) -> RevisionReview:
    published = (
        BriefRevision.objects.published().filter(brief_id=revision.brief_id).exclude(pk=revision.pk).first()
    )
    return RevisionReview(
        published=published,
        diff=diff_snapshots(published.content if published else None, revision.content)
        + diff_cited(published.cited if published else None, revision.cited),
        stale_key_points=stale_key_points(revision.brief),
    )

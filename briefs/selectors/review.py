"""What a reviewer reads before deciding: the diff against what readers see, and stale key points."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import pgettext_lazy

from briefs.assembly import diff_cited, diff_snapshots, without_repeats
from briefs.models import Brief, BriefRevision, Proposition

#: The reviewer's words for the diff's sections (``diff_snapshots`` and ``diff_cited`` name them for code).
DIFF_SECTION_LABELS = {
    "brief": pgettext_lazy("revision diff section", "Brief"),
    "summary": pgettext_lazy("revision diff section", "Summary"),
    "key_points": pgettext_lazy("revision diff section", "Key points"),
    "positions": pgettext_lazy("revision diff section", "Positions"),
    "corroboration": pgettext_lazy("revision diff section", "Corroboration"),
    "discrepancies": pgettext_lazy("revision diff section", "Discrepancies"),
    "timeline": pgettext_lazy("revision diff section", "Timeline"),
    "figures": pgettext_lazy("revision diff section", "Figures"),
    "movements": pgettext_lazy("revision diff section", "Routes"),
    "places": pgettext_lazy("revision diff section", "Places"),
    "sources": pgettext_lazy("revision diff section", "Sources"),
    "actors": pgettext_lazy("revision diff section", "Actors"),
    "outlets": pgettext_lazy("revision diff section", "Outlets"),
}
DIFF_CHANGE_LABELS = {
    "added": pgettext_lazy("revision diff change", "added"),
    "removed": pgettext_lazy("revision diff change", "removed"),
    "changed": pgettext_lazy("revision diff change", "changed"),
}


def _labelled(entry: dict) -> dict:
    """A diff entry with the words the review page shows for its section and change."""
    return {
        **entry,
        "section_label": DIFF_SECTION_LABELS.get(entry["section"], entry["section"]),
        "change_label": DIFF_CHANGE_LABELS.get(entry["change"], entry["change"]),
    }


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
    #: The newest revision assembled after this one and not rejected: publishing this one is refused.
    newer: BriefRevision | None = None


def newer_revisions(revision: BriefRevision):
    """The revisions of the brief assembled after ``revision`` and not rejected, newest first: while
    there is one, ``revision`` is out of date and may not be published."""
    return (
        revision.brief.revisions.filter(number__gt=revision.number)
        .exclude(status=BriefRevision.Status.REJECTED)
        .order_by("-number")
    )


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
        diff=[
            _labelled(entry)
            for entry in without_repeats(
                diff_snapshots(published.content if published else None, revision.content),
                diff_cited(published.cited if published else None, revision.cited),
            )
        ],
        stale_key_points=stale_key_points(revision.brief),
        newer=newer_revisions(revision).first(),
    )

"""The change feed: what partners must sync, appended in the same transaction as the change.

Partners read the feed in id order and resume from the last id they saw, so an event must never
become visible behind one already read. Ids come from a sequence at insert time, not at commit, so two
writers could otherwise commit out of order; every writer therefore takes one transaction-scoped lock
before inserting (PostgreSQL advisory lock; SQLite already serialises writing transactions). Writers
are publications and renames, rare enough that serialising them costs nothing noticeable. An edit to a
claim writes no event: it is public only once a publication states it (briefs/public/publication.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction

from briefs.models import Actor, Brief, BriefRevision, ChangeEvent

#: Arbitrary 64-bit key of the advisory lock that orders change-feed writers ("BDCHANGE").
FEED_LOCK_KEY = 0x4244_4348_414E_4745 & 0x7FFF_FFFF_FFFF_FFFF


def _serialise_writers() -> None:
    """Held until the outermost transaction ends, so ids are handed out in commit order."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [FEED_LOCK_KEY])


@transaction.atomic
def record_publication(
    *, revision: BriefRevision, superseded: BriefRevision | None, public_events: Iterable[ChangeEvent] = ()
) -> list[ChangeEvent]:
    """A revision was published (and the previous publication, if any, superseded), and what it removed
    from public view (`public_events`: withdrawn claims, removed key points), in that order."""
    if revision.published_at is None:
        raise ValueError(f"revision {revision.pk} is not published")
    _serialise_writers()
    events = []
    if superseded is not None:
        if superseded.superseded_at is None:
            raise ValueError(f"revision {superseded.pk} is not superseded")
        events.append(
            ChangeEvent(
                kind=ChangeEvent.Kind.REVISION_SUPERSEDED,
                brief_id=superseded.brief_id,
                revision=superseded,
                occurred_at=superseded.superseded_at,
                data={"number": superseded.number, "superseded_by": revision.number},
            )
        )
    events.append(
        ChangeEvent(
            kind=ChangeEvent.Kind.REVISION_PUBLISHED,
            brief_id=revision.brief_id,
            revision=revision,
            occurred_at=revision.published_at,
            data={"number": revision.number, "supersedes": superseded.number if superseded else None},
        )
    )
    events += public_events
    for event in events:
        event.save()
    return events


@transaction.atomic
def record_rename(
    *, old_slug: str, new_slug: str, brief: Brief | None = None, actor: Actor | None = None
) -> ChangeEvent:
    """A public brief or actor moved to a new address (the old one redirects there)."""
    if (brief is None) == (actor is None):
        raise ValueError("a rename is of one brief or one actor")
    _serialise_writers()
    event = ChangeEvent(
        kind=ChangeEvent.Kind.BRIEF_RENAMED if brief is not None else ChangeEvent.Kind.ACTOR_RENAMED,
        brief=brief,
        actor=actor,
        data={"old_slug": old_slug, "new_slug": new_slug},
    )
    event.save()
    return event

"""Renaming a brief or an actor: old addresses keep answering, partners hear of it.

The slug a record leaves is kept (BriefFormerSlug, ActorFormerSlug); briefs/addresses.py answers a
request for it with a permanent redirect to the current address. A rename of something readers can see
is also a change-feed event (``brief.renamed``, ``actor.renamed``) that webhooks carry; a rename of
something unpublished stays private, like the record itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from briefs.models import Actor, ActorFormerSlug, Brief, BriefFormerSlug, BriefRevision, ChangeEvent
from briefs.public.publication import refresh_actor_address, refresh_brief_slugs
from briefs.services.change_feed import record_rename
from ops.services.audit import record_audit


def _notify_webhooks(event: ChangeEvent) -> None:
    from briefs.services.webhooks import schedule_event_deliveries

    schedule_event_deliveries(event)


#: Called after a public rename commits, with its change event: webhook fan-out, reader-page cache purge
#: (pages cached under the old address must not outlive it).
RENAME_HOOKS: list[Callable[[ChangeEvent], None]] = [_notify_webhooks]


def claim_slug(*, model: type[Brief] | type[Actor], slug: str) -> None:
    """A slug now in use is nobody's former slug: the record that holds it answers at that address."""
    former = BriefFormerSlug if model is Brief else ActorFormerSlug
    former.objects.filter(slug=slug).delete()


@transaction.atomic
def record_brief_rename(*, brief: Brief, old_slug: str, user: User | None) -> ChangeEvent | None:
    """After `brief` was saved under a new slug: keep the old one, audit, tell partners if it is public."""
    if old_slug == brief.slug:
        return None
    _retire_slug(record=brief, old_slug=old_slug, user=user)
    if not BriefRevision.objects.public().filter(brief_id=brief.pk).exists():
        return None
    refresh_brief_slugs(brief_id=brief.pk)
    return _announce(record_rename(brief=brief, old_slug=old_slug, new_slug=brief.slug))


@transaction.atomic
def record_actor_rename(*, actor: Actor, old_slug: str, user: User | None) -> ChangeEvent | None:
    """After `actor` was saved under a new slug: keep the old one, audit, tell partners if it is public."""
    if old_slug == actor.slug:
        return None
    _retire_slug(record=actor, old_slug=old_slug, user=user)
    # An address, not content: the public actor answers at its new slug at once.
    if not refresh_actor_address(actor_id=actor.pk, slug=actor.slug):
        return None
    return _announce(record_rename(actor=actor, old_slug=old_slug, new_slug=actor.slug))


def _retire_slug(*, record: Brief | Actor, old_slug: str, user: User | None) -> None:
    """The new slug is the record's alone; the old one keeps answering for it; the rename is audited."""
    claim_slug(model=type(record), slug=record.slug)
    former, owner = (BriefFormerSlug, "brief") if isinstance(record, Brief) else (ActorFormerSlug, "actor")
    former.objects.update_or_create(
        slug=old_slug, defaults={owner: record, "retired_by": _person(user), "retired_at": timezone.now()}
    )
    record_audit(
        user=user, action="renamed", target=record, before={"slug": old_slug}, after={"slug": record.slug}
    )


def _announce(event: ChangeEvent) -> ChangeEvent:
    for hook in RENAME_HOOKS:
        transaction.on_commit(partial(hook, event))
    return event


def _person(user: User | None) -> User | None:
    return user if user is not None and user.is_authenticated else None

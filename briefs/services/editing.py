"""Editors' changes to briefs, key points, actors and places (the admin's saves): audited, attributed, renamed.

Claims have their own services (briefs/services/claims.py). What is recorded here feeds the four-eyes
rule at publication (briefs/services/four_eyes.py): the brief and each key point remember who last
changed what readers will read. Renames keep the old address answering (briefs/services/renames.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from briefs.models import Actor, Brief, Claim, Movement, Place, Proposition
from briefs.services.renames import claim_slug, record_actor_rename, record_brief_rename
from briefs.services.triggers import request_assembly, request_assembly_for_claims
from ops.services.audit import edited_values, record_audit

#: The brief's own words in a publication (its slug is its address, handled as a rename).
BRIEF_CONTENT_FIELDS = ("title", "summary", "language", "title_indonesian", "summary_indonesian")
KEY_POINT_FIELDS = (
    "brief",
    "position",
    "statement",
    "statement_indonesian",
    "event_start",
    "event_end",
    "event_precision",
)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _brief_values(brief: Brief) -> dict[str, Any]:
    return {name: getattr(brief, name) for name in (*BRIEF_CONTENT_FIELDS, "slug")}


@transaction.atomic
def save_brief(*, brief: Brief, user: User) -> Brief:
    """Save a new or edited brief: a change of its words is the user's, a new slug keeps the old one."""
    stored = Brief.objects.select_for_update().filter(pk=brief.pk).first() if brief.pk else None
    before = _brief_values(stored) if stored is not None else {}
    after = _brief_values(brief)
    if any(before.get(name) != after[name] for name in BRIEF_CONTENT_FIELDS):
        brief.mark_content_changed(user)
    brief.save()
    if stored is None:
        claim_slug(model=Brief, slug=brief.slug)
        record_audit(user=user, action="created", target=brief, after=after)
        return brief
    old, new = edited_values(before, after)
    if not new:
        return brief
    record_audit(user=user, action="edited", target=brief, before=old, after=new)
    if stored.slug != brief.slug:
        record_brief_rename(brief=brief, old_slug=stored.slug, user=user)
    request_assembly(brief_ids=[brief.pk])
    return brief


#: An actor's words that publications carry as written, so a change to them makes a new revision to review.
ACTOR_TRANSLATION_FIELDS = ("name_indonesian", "description_indonesian")


@transaction.atomic
def save_actor(*, actor: Actor, user: User) -> Actor:
    """Save a new or edited actor; a new slug keeps the old one answering (and is announced if public).

    A changed Indonesian name or description asks for the assembly of the briefs quoting the actor or
    its members (their positions show its name as the affiliation): readers see it only once a reviewer
    publishes the revision that carries it."""
    stored = (
        Actor.objects.filter(pk=actor.pk).values("slug", *ACTOR_TRANSLATION_FIELDS).first()
        if actor.pk
        else None
    )
    actor.save()
    if stored is None:
        claim_slug(model=Actor, slug=actor.slug)
        return actor
    if stored["slug"] != actor.slug:
        record_actor_rename(actor=actor, old_slug=stored["slug"], user=user)
    before, after = edited_values(
        stored, {field: getattr(actor, field) for field in ACTOR_TRANSLATION_FIELDS}
    )
    if after:
        record_audit(user=user, action="changed", target=actor, before=before, after=after)
        request_assembly_for_claims(
            claim_ids=Claim.objects.filter(Q(speaker=actor) | Q(speaker__affiliation=actor)).values_list(
                "pk", flat=True
            )
        )
    return actor


def key_point_snapshots(*, point_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What readers may read of each key point, as JSON: its fields and its linked claims (2 queries)."""
    ids = [pk for pk in point_ids if pk is not None]
    if not ids:
        return {}
    snapshots: dict[int, dict[str, Any]] = {}
    for row in Proposition.objects.filter(pk__in=ids).values("pk", "brief_id", *KEY_POINT_FIELDS[1:]):
        point_id, brief_id = row.pop("pk"), row.pop("brief_id")
        snapshots[point_id] = {"brief": brief_id, **{k: _json(v) for k, v in row.items()}, "claims": []}
    links = Proposition.claims.through.objects.filter(proposition_id__in=ids).order_by("claim_id")
    for point_id, claim_id in links.values_list("proposition_id", "claim_id"):
        snapshots[point_id]["claims"].append(claim_id)
    return snapshots


@transaction.atomic
def record_key_point_edits(
    *, before: dict[int, dict[str, Any]], point_ids: Iterable[int], user: User
) -> list[int]:
    """After the admin saved key points (their form or the brief's inline): attribute and audit each one
    that changed, and ask for the briefs' assembly. `before` holds the snapshots taken before the save
    (a key point not in it is new). Returns the ids of the changed key points."""
    after = key_point_snapshots(point_ids=point_ids)
    changed_ids, brief_ids = [], set()
    now = timezone.now()
    for point_id, values in after.items():
        old_values = before.get(point_id)
        if old_values == values:
            continue
        changed_ids.append(point_id)
        brief_ids.add(values["brief"])
        point = Proposition(pk=point_id)
        if old_values is None:
            record_audit(user=user, action="created", target=point, after=values)
            continue
        old, new = edited_values(old_values, values)
        record_audit(user=user, action="edited", target=point, before=old, after=new)
        if old_values["brief"] != values["brief"]:
            # The brief it left lost a key point: a change of that brief.
            _brief_changed(brief_id=old_values["brief"], user=user, at=now)
            brief_ids.add(old_values["brief"])
    if changed_ids and user is not None and user.is_authenticated:
        Proposition.objects.filter(pk__in=changed_ids).update(content_changed_by=user, content_changed_at=now)
    request_assembly(brief_ids=brief_ids)
    return changed_ids


@transaction.atomic
def record_key_point_removals(*, removed: dict[int, dict[str, Any]], user: User) -> None:
    """After the admin deleted key points (their snapshots, taken before): each one's brief changed (it
    lost the point), audited."""
    now = timezone.now()
    brief_ids = set()
    for point_id, values in removed.items():
        record_audit(user=user, action="deleted", target=Proposition(pk=point_id), before=values)
        _brief_changed(brief_id=values["brief"], user=user, at=now)
        brief_ids.add(values["brief"])
    request_assembly(brief_ids=brief_ids)


def _brief_changed(*, brief_id: int, user: User, at) -> None:
    if user is not None and user.is_authenticated:
        Brief.objects.filter(pk=brief_id).update(content_changed_by=user, content_changed_at=at)


PLACE_CONTENT_FIELDS = ("name", "name_indonesian", "kind", "latitude", "longitude")


def _place_values(place: Place) -> dict[str, Any]:
    values = {name: getattr(place, name) for name in PLACE_CONTENT_FIELDS}
    # Compared and audited as text, so 42.25 and 42.2500 are the same coordinate.
    return {
        **values,
        "latitude": format(values["latitude"].normalize(), "f"),
        "longitude": format(values["longitude"].normalize(), "f"),
    }


@transaction.atomic
def save_place(*, place: Place, user: User) -> Place:
    """Save a new or edited place. A change of what a map shows (its names, kind or coordinates) is the
    user's for the four-eyes rule, and the briefs whose claims move to or from it are assembled again, so
    the change waits in a revision for another reviewer: no reader sees it before that publication."""
    stored = Place.objects.select_for_update().filter(pk=place.pk).first() if place.pk else None
    before = _place_values(stored) if stored is not None else {}
    place.latitude, place.longitude = Decimal(place.latitude), Decimal(place.longitude)
    after = _place_values(place)
    if stored is None:
        place.mark_content_changed(user)
        place.save()
        record_audit(user=user, action="created", target=place, after=after)
        return place
    old, new = edited_values(before, after)
    if new:
        place.mark_content_changed(user)
    place.save()
    if new:
        record_audit(user=user, action="edited", target=place, before=old, after=new)
        claim_ids = Movement.objects.filter(Q(origin=place) | Q(destination=place)).values_list(
            "claim_id", flat=True
        )
        request_assembly_for_claims(claim_ids=set(claim_ids))
    return place

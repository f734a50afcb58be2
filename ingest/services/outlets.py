"""Outlets the importer does not know: proposed as unconfirmed rows, then confirmed or merged by an editor.

An import that meets an outlet the registry lacks (its domain in the page's address, its name in the
dateline, …) files it as an *unconfirmed* Outlet with what the page showed: the name, the domain, the
signature fragment and where it was seen. The next page of the same outlet lands on the same row. Only
confirmed outlets are handed to the pipeline as profiles (``selectors.outlet_profiles``), so a proposal's
signatures start recognising pages once an editor confirms it, or once it is merged into an outlet we
already have (whose names, domain and signatures it then extends).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.text import slugify

from ingest.models import Outlet
from ingest.pipeline.dateline import squash
from ingest.pipeline.outlets import host_of, site_root
from ingest.pipeline.publisher import OutletSighting
from ops.services.audit import record_audit

__all__ = [
    "OutletDecisionRefused",
    "confirm_outlet",
    "find_or_propose_outlet",
    "match_outlet",
    "merge_outlet",
]

_SLUG_LENGTH = 80
_NAME_LENGTH = 200


class OutletDecisionRefused(Exception):
    """The outlet is not in a state that allows the decision (already confirmed, merged into itself, …)."""


def match_outlet(sighting: OutletSighting, outlets: Iterable[Outlet]) -> Outlet | None:
    """The outlet a sighting is: the same site (domain) or the same name or alias, letters and digits
    compared ("IDN Times" = "idntimes"). Confirmed outlets win over unconfirmed ones."""
    site = site_root(host_of(sighting.domain)) if sighting.domain else ""
    names = {squash(sighting.name)} - {""}
    found: list[Outlet] = []
    for outlet in outlets:
        same_site = bool(site and outlet.domain) and site_root(host_of(outlet.domain)) == site
        if same_site or names & {squash(name) for name in (outlet.name, *(outlet.aliases or ()))}:
            found.append(outlet)
    found.sort(key=lambda outlet: (outlet.status != Outlet.Status.CONFIRMED, outlet.pk or 0))
    return found[0] if found else None


def find_or_propose_outlet(*, sighting: OutletSighting, seen_in: str, known: dict[str, Outlet]) -> Outlet:
    """The outlet row for ``sighting``: an existing one it matches, else a new unconfirmed one.

    ``known`` maps slugs to every outlet the caller has loaded; a new outlet is added to it. Runs inside
    the caller's transaction; a row another import created meanwhile is found instead of duplicated.
    """
    existing = match_outlet(sighting, known.values())
    if existing is not None:
        return existing
    name = sighting.name.strip()[:_NAME_LENGTH] or sighting.domain
    outlet = Outlet(
        name=name,
        slug=_free_slug(name, known),
        domain=sighting.domain,
        aliases=[],
        signatures=[sighting.signature] if sighting.signature else [],
        status=Outlet.Status.UNCONFIRMED,
        seen_as=seen_in,
    )
    try:
        with transaction.atomic():
            outlet.save(force_insert=True)
    except IntegrityError:
        # Another import proposed it first (same name or slug): use that row.
        outlet = Outlet.objects.filter(name=name).first() or Outlet.objects.get(slug=outlet.slug)
    known[outlet.slug] = outlet
    return outlet


def _free_slug(name: str, known: dict[str, Outlet]) -> str:
    base = (slugify(name) or "outlet")[: _SLUG_LENGTH - 4]
    slug, number = base, 2
    taken = set(known) | set(Outlet.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def confirm_outlet(*, outlet: Outlet, user: User | None) -> Outlet:
    """An editor vouches for a proposed outlet: from now on its signatures recognise its pages."""
    locked = Outlet.objects.select_for_update().get(pk=outlet.pk)
    if locked.status == Outlet.Status.CONFIRMED:
        raise OutletDecisionRefused(f"“{locked}” is already confirmed.")
    locked.status = Outlet.Status.CONFIRMED
    locked.save(update_fields=["status", "updated_at"])
    record_audit(
        user=user,
        action="outlet.confirm",
        target=locked,
        before={"status": Outlet.Status.UNCONFIRMED},
        after={"status": locked.status},
    )
    return locked


@transaction.atomic
def merge_outlet(*, outlet: Outlet, into: Outlet, user: User | None) -> Outlet:
    """A proposed outlet is one we already have: its Sources move to ``into``, which learns its name (as an
    alias), its signatures and, when it has none, its domain; the proposal is deleted."""
    rows = {row.pk: row for row in Outlet.objects.select_for_update().filter(pk__in=[outlet.pk, into.pk])}
    merged, target = rows.get(outlet.pk), rows.get(into.pk)
    if merged is None or target is None:
        raise OutletDecisionRefused("One of the two outlets no longer exists.")
    if merged.pk == target.pk:
        raise OutletDecisionRefused("An outlet cannot be merged into itself.")
    if merged.status != Outlet.Status.UNCONFIRMED:
        raise OutletDecisionRefused(f"“{merged}” is confirmed: only a proposed outlet is merged away.")
    before = {"aliases": list(target.aliases), "signatures": list(target.signatures), "domain": target.domain}
    names = [merged.name, *(merged.aliases or ())]
    known = {squash(name) for name in (target.name, *target.aliases)}
    target.aliases = [*target.aliases, *(name for name in names if squash(name) not in known)]
    target.signatures = list(dict.fromkeys([*target.signatures, *(merged.signatures or ())]))
    target.domain = target.domain or merged.domain
    target.save(update_fields=["aliases", "signatures", "domain", "updated_at"])
    # The version bump makes an editor's open form on one of these Sources stale instead of undoing the move.
    moved = merged.sources.update(outlet=target, version=F("version") + 1)
    after = {"aliases": target.aliases, "signatures": target.signatures, "domain": target.domain}
    note = f"Merged the proposed outlet “{merged.name}” ({merged.domain or 'no domain'}); {moved} source(s) moved."
    record_audit(user=user, action="outlet.merge", target=target, before=before, after=after, note=note)
    merged.delete()
    return target

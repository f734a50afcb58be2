"""Actors the registry does not know yet: proposed from a claim suggestion or described as new by an editor
while annotating, then confirmed or merged by an editor.

A proposed actor is *unconfirmed*: the suggestion rules do not recognise it by its names and its claims
cannot be approved until an editor confirms it, or merges it into the actor it turns out to be (its
names become that actor's aliases, its claims and suggestions move over). Every step is audited.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from briefs.models import Actor, Claim, ClaimSuggestion
from briefs.selectors.actors import ActorNotFound, AmbiguousActor, resolve_actor
from ops.selectors import audit_trail
from ops.services.audit import record_audit


def _max_length(field_name: str) -> int:
    length = getattr(Actor._meta.get_field(field_name), "max_length", None)
    if not isinstance(length, int):
        raise TypeError(f"Actor.{field_name} has no max_length")
    return length


_NAME_MAX = _max_length("name")
_SLUG_MAX = _max_length("slug")
_DESCRIPTION_MAX = _max_length("description")


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _unique_slug(name: str) -> str:
    base = (slugify(name) or "actor")[: _SLUG_MAX - 4]
    slug, number = base, 2
    while Actor.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def propose_actor(
    *,
    name: str,
    user: User,
    via: str = Actor.ProposedVia.SUGGESTION,
    role: str = "",
    affiliation: Actor | None = None,
    aliases: tuple[str, ...] = (),
) -> Actor:
    """The actor named ``name``: an existing one by name or alias, else a new unconfirmed person with the
    role as its description, the affiliation the role names and the other names the text uses."""
    return find_or_propose_actor(
        name=name, user=user, via=via, role=role, affiliation=affiliation, aliases=aliases
    )[0]


@transaction.atomic
def find_or_propose_actor(
    *,
    name: str,
    user: User,
    via: str,
    role: str = "",
    affiliation: Actor | None = None,
    aliases: tuple[str, ...] = (),
) -> tuple[Actor, bool]:
    """As ``propose_actor``, and whether the actor was proposed now (True) or already existed (False).
    ``via`` (``Actor.ProposedVia``) records how a new one came in, for the messages about it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A new speaker needs a name.")
    if len(name) > _NAME_MAX:
        raise ValidationError(f"A speaker's name has at most {_NAME_MAX} characters.")
    try:
        return resolve_actor(name), False
    except AmbiguousActor as exc:
        raise ValidationError(f"{exc} Select the quote and choose the speaker instead.") from exc
    except ActorNotFound:
        pass  # nobody of that name yet: propose one
    actor = Actor.objects.create(
        name=name,
        slug=_unique_slug(name),
        kind=Actor.Kind.PERSON,
        affiliation=affiliation,
        description=" ".join(role.split())[:_DESCRIPTION_MAX],
        aliases=_new_aliases(name, aliases),
        confirmed=False,
        proposed_via=via,
    )
    record_audit(
        user=user,
        action="actor proposed",
        target=actor,
        after={
            "name": actor.name,
            "description": actor.description,
            "affiliation": _slug(affiliation),
            "aliases": actor.aliases,
            "via": via,
        },
    )
    return actor, True


#: How a refusal names the way an unconfirmed speaker came in (English, like every service refusal).
_PROPOSED_HOW: dict[str, str] = {
    Actor.ProposedVia.SUGGESTION: "was proposed from a claim suggestion",
    Actor.ProposedVia.ANNOTATION: "was described as a new speaker by {who} while annotating",
}


def unconfirmed_speaker_refusal(speaker: Actor) -> str:
    """Why a claim of this unconfirmed speaker cannot be approved yet, saying how the speaker came in:
    from a suggestion, or typed in by an editor (named from the audit trail: 1 query)."""
    how = _PROPOSED_HOW.get(speaker.proposed_via, "is a proposed speaker")
    if "{who}" in how:
        proposal = audit_trail(speaker).filter(action="actor proposed").order_by("created_at", "pk").first()
        who = proposal.user if proposal is not None and proposal.user is not None else None
        how = how.format(who=who or "an editor")
    return (
        f"The speaker “{speaker}” {how} and is not confirmed yet: confirm it, or merge it into the actor "
        "it is, before approving."
    )


def _new_aliases(name: str, aliases: tuple[str, ...]) -> list[str]:
    known, kept = {_folded(name)}, []
    for alias in (" ".join(alias.split()) for alias in aliases):
        if alias and _folded(alias) not in known and len(alias) <= _NAME_MAX:
            known.add(_folded(alias))
            kept.append(alias)
    return kept


@transaction.atomic
def confirm_actor(*, actor: Actor, user: User) -> Actor:
    """The editor vouches for a proposed actor: from now on the rules recognise its names."""
    current = Actor.objects.select_for_update().get(pk=actor.pk)
    if current.confirmed:
        return current
    current.confirmed = True
    current.save(update_fields=["confirmed", "updated_at"])
    record_audit(
        user=user,
        action="actor confirmed",
        target=current,
        before={"confirmed": False},
        after={"confirmed": True},
    )
    return current


@transaction.atomic
def merge_actor(*, actor: Actor, into: Actor, user: User) -> Actor:
    """A proposed actor turns out to be ``into``: its names become aliases of ``into``, its claims,
    suggestions and members move over, and it is deleted. Only an unconfirmed actor can be merged away."""
    source, target = (
        Actor.objects.select_for_update().get(pk=actor.pk),
        Actor.objects.select_for_update().get(pk=into.pk),
    )
    if source.pk == target.pk:
        raise ValidationError("An actor cannot be merged into itself.")
    if source.confirmed:
        raise ValidationError(
            f"“{source}” is confirmed; only a proposed (unconfirmed) actor can be merged away."
        )
    if target.affiliation_id == source.pk:
        raise ValidationError(f"“{target}” is affiliated to “{source}”; change its affiliation first.")
    known = {_folded(name) for name in target.all_names}
    added: list[str] = []
    for name in source.all_names:
        if _folded(name) not in known:
            known.add(_folded(name))
            added.append(name)
    before = {"aliases": list(target.aliases)}
    target.aliases = [*target.aliases, *added]
    target.save(update_fields=["aliases", "updated_at"])
    claims = Claim.objects.filter(speaker=source).update(speaker=target)
    ClaimSuggestion.objects.filter(speaker=source).update(speaker=target)
    ClaimSuggestion.objects.filter(speaker_affiliation=source).update(speaker_affiliation=target)
    Actor.objects.filter(affiliation=source).update(affiliation=target)
    record_audit(
        user=user,
        action="actor merged",
        target=target,
        before=before,
        after={"aliases": target.aliases, "merged": source.name, "slug": source.slug, "claims moved": claims},
    )
    source.delete()
    return target


def _slug(actor: Actor | None) -> str | None:
    return actor.slug if actor is not None else None

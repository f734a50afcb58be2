"""Finding actors by name: the speaker fields' lookup and suggestions."""

from __future__ import annotations

from django.db.models import Q

from briefs.models import Actor


class ActorNotFound(LookupError):
    pass


class AmbiguousActor(ActorNotFound):
    """More than one actor has the name."""


def resolve_actor(name: str) -> Actor:
    """The actor a name or alias designates, case-insensitively ("Korut" → North Korea)."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise ActorNotFound("Choose the speaker.")
    matches = [
        actor
        for actor in Actor.objects.filter(Q(name__iexact=wanted) | Q(aliases__icontains=wanted))
        if wanted in {candidate.casefold() for candidate in actor.all_names}
    ]
    if not matches:
        raise ActorNotFound(f"No actor is called “{name}”. Add it under Actors first, or pick another name.")
    if len(matches) > 1:
        names = ", ".join(actor.name for actor in matches)
        raise AmbiguousActor(f"“{name}” could mean {names}; use the full name.")
    return matches[0]


def actor_name_choices() -> list[tuple[str, str]]:
    """(name, its other names) per actor, for the speaker field's suggestions list: 1 query.

    One option per actor, so an actor is listed once however many names it has (the seeded aliases repeat
    the name itself); the browser matches what is typed against the other names too, and picking the
    option fills in the name, which designates one actor where an alias may be shared."""
    choices = []
    for actor in Actor.objects.only("name", "aliases"):
        seen, others = {actor.name.casefold()}, []
        for alias in actor.aliases:
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                others.append(alias)
        choices.append((actor.name, ", ".join(others)))
    return sorted(choices, key=lambda choice: choice[0].casefold())

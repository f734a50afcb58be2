"""The public history in the page's language.

``reader_diff`` (``briefs/assembly/history.py``) names what changed with the words of the snapshots as
written (key point statements, actors' names, routes labelled "Pyongyang → Moscow, by air", figures,
timeline entries), and says what each entry is about: its section, the item's identity there (``key``),
its key point's id and the actor's id. An Indonesian page looks its words up by those ids in the two
publications compared, never by the English words:

* a key point: the editors' Indonesian statement (the older publication's for the wording it replaced);
* an actor, a place: the Indonesian name;
* a route: the places' Indonesian names and the map's mode labels ("Pyongyang → Moskow, lewat udara");
* a figure, a timeline entry: the item as published, which the page words as the brief page does (the key
  figures' amounts, the timeline's dates and texts, ``briefs/templatetags/reader.py``).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from django.utils.translation import get_language, pgettext

from briefs.assembly.diff import figure_identity, movement_identity, snapshot_actors, timeline_identity
from briefs.models import Movement


@dataclass(frozen=True)
class PublishedEntry:
    """A timeline entry as published, with the key points of its publication (an entry that tells its
    key point's own event reads as that key point's statement)."""

    entry: dict
    key_points: list[dict]


@dataclass(frozen=True)
class HistoryWording:
    """What an Indonesian page shows for the history's words, by the ids the entries carry (absent:
    nobody translated it, or the page is not Indonesian)."""

    #: Key point id → its Indonesian statement, the newer publication's where both have one.
    statements: dict[int, str] = field(default_factory=dict)
    #: Key point id → the older publication's Indonesian statement (a reworded key point's old wording).
    statements_before: dict[int, str] = field(default_factory=dict)
    #: Actor id → Indonesian name.
    actors: dict[int, str] = field(default_factory=dict)
    #: Place id → Indonesian name.
    places: dict[int, str] = field(default_factory=dict)
    #: ``movement_identity`` → the route in the page's language.
    routes: dict[Hashable, str] = field(default_factory=dict)
    #: ``figure_identity`` → the figure as published.
    figures: dict[Hashable, dict] = field(default_factory=dict)
    #: ``timeline_identity`` → the entry as published.
    timeline: dict[Hashable, PublishedEntry] = field(default_factory=dict)

    def words(self, change: dict, part: str, kind: str) -> str | None:
        """The Indonesian words for ``change[part]`` (``part``: "text", "detail" or "key_point"), which
        names a ``kind`` of thing: "statement", "actor", "place" or "route"."""
        if kind == "statement":
            statements = self.statements_before if part == "detail" else self.statements
            return _found(statements, change.get("key_point_id"))
        if kind == "actor":
            return _found(self.actors, change.get("actor_id"))
        if kind == "place":
            return _found(self.places, change.get("key"))
        if kind == "route":
            return self.routes.get(_hashable(change.get("key")))
        return None

    def item(self, change: dict) -> dict | PublishedEntry | None:
        """The figure or timeline entry a change is about, as published (None: the page words it as the
        history states it)."""
        key = _hashable(change.get("key"))
        if change.get("section") == "figures":
            return self.figures.get(key)
        if change.get("section") == "timeline":
            return self.timeline.get(key)
        return None


def _found(words: dict[int, str], item_id: int | None) -> str | None:
    return None if item_id is None else words.get(item_id)


def _hashable(key) -> Hashable:
    """An identity as a dict key (a snapshot read back from JSON has lists where the diff made tuples)."""
    if isinstance(key, list | tuple):
        return tuple(_hashable(part) for part in key)
    return key


def route_label(origin: str, destination: str, mode: str) -> str:
    """A route in the page's language, as the route map's list writes it: "Najin → Dunay, lewat laut"."""
    by = Movement.Mode(mode).label if mode in Movement.Mode.values else mode
    return pgettext("route map", "%(origin)s → %(destination)s, %(by)s") % {
        "origin": origin,
        "destination": destination,
        "by": by,
    }


def localised_routes(older: dict | None, newer: dict) -> dict[Hashable, str]:
    """Each movement of both publications, by ``movement_identity``, as a route in the page's language;
    the places named are those of both publications, the newer's winning, as in the diff."""
    places = {place["id"]: place for place in (older or {}).get("places", [])}
    places.update({place["id"]: place for place in newer.get("places", [])})
    indonesian = (get_language() or "").startswith("id")

    def name(place_id) -> str:
        place = places.get(place_id) or {}
        return (place.get("name_indonesian") if indonesian else None) or place.get("name") or f"#{place_id}"

    return {
        _hashable(movement_identity(movement)): route_label(
            name(movement["from"]), name(movement["to"]), movement["mode"]
        )
        for movement in [*(older or {}).get("movements", []), *newer.get("movements", [])]
    }


def _by_id(contents: list[dict], section: str, field: str) -> dict[int, str]:
    """Each item of ``section`` → its ``field`` where written, the later content's winning."""
    return {
        item["id"]: item[field]
        for content in contents
        for item in content.get(section, [])
        if (item.get(field) or "").strip()
    }


def history_wording(older: dict | None, newer: dict) -> HistoryWording:
    """The words of the history of ``older`` → ``newer`` in the active language (nothing to change on a
    page that is not Indonesian: the snapshots' words are English)."""
    if not (get_language() or "").startswith("id"):
        return HistoryWording()
    contents = [content for content in (older, newer) if content]
    return HistoryWording(
        statements=_by_id(contents, "key_points", "statement_indonesian"),
        statements_before=_by_id([older] if older else [], "key_points", "statement_indonesian"),
        actors={
            actor_id: actor["name_indonesian"]
            for content in contents
            for actor_id, actor in snapshot_actors(content).items()
            if (actor.get("name_indonesian") or "").strip()
        },
        places=_by_id(contents, "places", "name_indonesian"),
        routes=localised_routes(older, newer),
        figures={
            _hashable(figure_identity(figure)): figure
            for content in contents
            for figure in content.get("figures", [])
        },
        timeline={
            _hashable(timeline_identity(entry)): PublishedEntry(entry, content.get("key_points", []))
            for content in contents
            for entry in content.get("timeline", [])
        },
    )

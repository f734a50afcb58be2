"""The public history in the page's language.

``reader_diff`` (``briefs/assembly/history.py``) names what changed with the words of the snapshots as
written: key point statements, actors' names, and routes labelled "Pyongyang → Moscow, by air". An
Indonesian page shows the editors' Indonesian versions of those where the two publications compared
carry them: the Indonesian statement, the actor's or the place's Indonesian name, and a route with the places' Indonesian
names and the map's mode labels ("Pyongyang → Moskow, lewat udara"), as the route map writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import get_language, pgettext

from briefs.actor_names import indonesian_actor_names
from briefs.assembly.diff import diff_snapshots
from briefs.models import Movement


@dataclass(frozen=True)
class HistoryWording:
    """What an Indonesian page shows for the history's words: each maps the text an entry carries to the
    text in the page's language (absent: nobody translated it)."""

    statements: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)


def indonesian_statements(*contents: dict | None) -> dict[str, str]:
    """Every key point statement of these snapshots → its Indonesian statement, where there is one."""
    return {
        point["statement"]: point["statement_indonesian"]
        for content in contents
        if content
        for point in content.get("key_points", [])
        if (point.get("statement_indonesian") or "").strip()
    }


def route_label(origin: str, destination: str, mode: str) -> str:
    """A route in the page's language, as the route map's list writes it: "Najin → Dunay, lewat laut"."""
    by = Movement.Mode(mode).label if mode in Movement.Mode.values else mode
    return pgettext("route map", "%(origin)s → %(destination)s, %(by)s") % {
        "origin": origin,
        "destination": destination,
        "by": by,
    }


def localised_routes(older: dict | None, newer: dict) -> dict[str, str]:
    """Each route's label as the history states it → the same route in the page's language.

    The history's label is the reviewer's diff's own (``diff_snapshots``), asked for each movement alone,
    so this follows however that module words a route; the places named are those of both publications,
    the newer's winning, as in the diff."""
    places = {place["id"]: place for place in (older or {}).get("places", [])}
    places.update({place["id"]: place for place in newer.get("places", [])})
    indonesian = (get_language() or "").startswith("id")

    def name(place_id) -> str:
        place = places.get(place_id) or {}
        return (place.get("name_indonesian") if indonesian else None) or place.get("name") or f"#{place_id}"

    labels: dict[str, str] = {}
    for movement in [*(older or {}).get("movements", []), *newer.get("movements", [])]:
        alone = {"places": list(places.values()), "movements": [movement]}
        for change in diff_snapshots(None, alone):
            if change["section"] == "movements":
                labels[change["label"]] = route_label(
                    name(movement["from"]), name(movement["to"]), movement["mode"]
                )
    return labels


def history_wording(older: dict | None, newer: dict) -> HistoryWording:
    """The words of the history of ``older`` → ``newer`` in the active language (nothing to change on a
    page that is not Indonesian: the snapshots' words are English)."""
    if not (get_language() or "").startswith("id"):
        return HistoryWording()
    return HistoryWording(
        statements=indonesian_statements(older, newer),
        actors=indonesian_actor_names(older, newer),
        routes=localised_routes(older, newer),
        places={
            place["name"]: place["name_indonesian"]
            for content in (older, newer)
            if content
            for place in content.get("places", [])
            if place.get("name_indonesian")
        },
    )

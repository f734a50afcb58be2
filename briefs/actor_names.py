"""Actors' Indonesian names as a publication states them.

A snapshot carries an actor's Indonesian name on its actor entries (the positions' actors and their
affiliations, the figures' speakers), but other parts name the actor by its name alone (a report in "how
independence was decided", a figure in a discrepancy box, a change in the history). Those are named in
Indonesian through this map of the same publication, so a name the editors published reads the same
wherever the page shows it.
"""

from __future__ import annotations


def indonesian_actor_names(*contents: dict | None) -> dict[str, str]:
    """Every actor's name in these snapshots → its Indonesian name, where the editors wrote one: from the
    positions' actors and their affiliations and the figures' speakers (the snapshot's actor entries)."""
    names: dict[str, str] = {}
    for content in contents:
        if not content:
            continue
        actors = [
            position.get("actor") or {}
            for point in content.get("key_points", [])
            for position in point.get("positions", [])
        ]
        actors += [figure.get("speaker") or {} for figure in content.get("figures", [])]
        for actor in actors:
            if not isinstance(actor, dict):
                continue
            if actor.get("name_indonesian"):
                names[actor["name"]] = actor["name_indonesian"]
            if actor.get("affiliation") and actor.get("affiliation_indonesian"):
                names[actor["affiliation"]] = actor["affiliation_indonesian"]
    return names

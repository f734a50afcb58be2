"""The routes a brief's claims state: the places they name and the movements between them, with citations.

``routes(claims, corpus)`` returns ``(places, movements)`` for the snapshot:

* a place is ``{"id", "name", "kind", "lat", "lon"}`` plus ``"name_indonesian"`` when the editors gave
  one; coordinates are decimal strings as the editors entered them ("42.25"). Only places some movement
  names are listed, by name then id.
* a movement is ``{"from", "to", "mode", "period", "citations"}``: place ids, the means ("sea", "rail",
  "road", "air", "unknown"), the period ``{"start", "end", "precision"}`` normalised like an event date
  (None when no claim gives one), and the citations of every claim that states it. Claims stating the
  same movement (same places, means and period) share one entry; a different means or period is another
  entry, so the map and the list never merge what sources tell apart.

Movements sort by period (undated last), then by the names of their places, then by means: the same
claims in any order give the same lists. A place edited between two claims' inputs (one id, two
versions) cannot happen in one assembly: the adapter reads each place once.
"""

from __future__ import annotations

from collections.abc import Sequence

from .corpus import Corpus
from .dates import event_date
from .inputs import ClaimIn, PlaceIn

_UNDATED = (1, ())


def _place(place: PlaceIn) -> dict:
    entry = {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "lat": place.latitude,
        "lon": place.longitude,
    }
    if place.name_indonesian.strip() and place.name_indonesian.strip() != place.name:
        entry["name_indonesian"] = place.name_indonesian.strip()
    return entry


def routes(claims: Sequence[ClaimIn], corpus: Corpus) -> tuple[list[dict], list[dict]]:
    places: dict[int, PlaceIn] = {}
    stated: dict[tuple, dict] = {}
    claims_of: dict[tuple, set[int]] = {}
    for claim in claims:
        for movement in claim.movements:
            for place in (movement.origin, movement.destination):
                known = places.setdefault(place.id, place)
                if known != place:
                    raise ValueError(f"place {place.id} is given in two versions")
            period = event_date(movement.period_start, movement.period_end, movement.period_precision)
            key = (movement.origin.id, movement.destination.id, movement.mode, period)
            if key not in stated:
                stated[key] = {
                    "from": movement.origin.id,
                    "to": movement.destination.id,
                    "mode": movement.mode,
                    "period": period.as_dict() if period else None,
                }
            claims_of.setdefault(key, set()).add(claim.id)

    def order(key: tuple) -> tuple:
        origin, destination, mode, period = key
        when = (0, period.sort_key) if period else _UNDATED
        return (when, places[origin].name, places[destination].name, mode, origin, destination)

    movements = [
        {**stated[key], "citations": corpus.citations(claims_of[key])} for key in sorted(stated, key=order)
    ]
    listed = sorted(places.values(), key=lambda place: (place.name, place.id))
    return [_place(place) for place in listed], movements

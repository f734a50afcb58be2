"""What changed between two snapshots of a brief, item by item, for a reviewer (not a JSON diff).

``diff_snapshots(old, new)`` returns entries::

    {"section", "change": "added" | "removed" | "changed", "label", "key_point", "before", "after", "note",
     "key", "key_point_id"}

Items are matched by stable identity, which each entry carries as ``key`` (the newer item's, for a
"changed" one), so a reader of the entry finds the item itself without reading its label; ``key_point_id``
is the id of the key point the entry belongs to (a key point's own, for a "key_points" entry), else None:

=============== ==========================================================
section         identity
=============== ==========================================================
brief           the field: title, slug, language, title_indonesian (``key``: the field's name)
summary         the brief's summary and its Indonesian version (``key``: summary, summary_indonesian)
key_points      key point id (the order entry's ``key`` is None)
positions       (key point id, actor id); a schema 1 snapshot also had the stance (``key``: (actor id,
                stance), the stance None in schema 2)
corroboration   key point id
discrepancies   (key point id, kind, subject) (``key``: (kind, subject))
timeline        (date, text), ``timeline_identity``; a repeated pair is told apart by its rank
figures         (unit, qualifier, value, as-of date, speaker id), ``figure_identity``
movements       (from place id, to place id, means, period), ``movement_identity``; what is left
                unmatched is then matched on (from place id, to place id, means) in order, so a changed
                period is "changed"
places          place id
sources         source id
actors          actor id (every actor the snapshot embeds: position rows, figures' speakers)
=============== ==========================================================

An actor embedded in a row, figure or entry is compared there by its id only: a change to its details
(name, Indonesian name, affiliation…) is one "actors" entry, however many places show the actor. A
speaker's affiliation is the name of another actor (John Kirby → White House): when that actor is in the
snapshot with the same change, the change is told under it only.

An added or removed item has the whole item as ``after`` or ``before``. A matched item that differs is
"changed", with only the differing fields in ``before`` and ``after`` and a ``note`` saying what changed
("1 citation added: detikNews (claim 12)", "English rendering changed: detikNews (claim 12)",
"Indonesian statement changed", "outlets 2 → 3"). A translation that is absent and one that is empty are
the same (snapshots hold only the translations that exist). Positions, corroboration and discrepancies
are compared only for key points in both snapshots: an added or removed key point carries its own. A
change in the relative order of the key points present in both is one "changed" entry (label "Key point
order"). ``key_point`` is the statement of the key point an entry belongs to, else None.

With ``old`` None every item of ``new`` is "added". Identical snapshots give an empty list.

``diff_cited(old, new)`` adds, in the same shape, the edits to cited sources, actors and outlets that the
snapshots do not show (a source's title or text, an actor's or an outlet's name, an actor's Indonesian
name or description).

``without_repeats(snapshot_entries, cited_entries)`` joins both for one review, leaving out a cited
actor's edit that an "actors" entry already words the same.

Order: brief, summary, key points, then for each key point (in the new order) its positions,
corroboration and discrepancies, then timeline, figures, movements, places, sources, actors. A movement is
labelled with its places' names ("Najin → Dunay, by sea"); a place whose coordinates changed is noted
"coordinates changed". Within a section, removed items come
first in their old order, then added and changed items in their new order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

_EMPTY_SNAPSHOT: dict = {
    "key_points": [],
    "timeline": [],
    "figures": [],
    "movements": [],
    "places": [],
    "sources": [],
}


def _entry(
    section, change, label, key_point, before=None, after=None, note=None, key=None, key_point_id=None
) -> dict:
    return {
        "section": section,
        "change": change,
        "label": label,
        "key_point": key_point,
        "before": before,
        "after": after,
        "note": note,
        "key": key,
        "key_point_id": key_point_id,
    }


def _keyed(items: Iterable[dict], key: Callable[[dict], Hashable]) -> dict:
    """Items by identity, in order; a repeated identity gets its occurrence number appended."""
    keyed: dict = {}
    seen: dict = {}
    for item in items:
        identity = key(item)
        count = seen.get(identity, 0)
        seen[identity] = count + 1
        keyed[(identity, count)] = item
    return keyed


#: The editors' translations: in a snapshot only when written, so absent and "" are the same text.
TRANSLATED_FIELDS = frozenset(
    {
        "title_indonesian",
        "summary_indonesian",
        "statement_indonesian",
        "quote_english",
        "name_indonesian",
        "affiliation_indonesian",
        "description_indonesian",
    }
)


def _value(item: dict, field: str):
    value = item.get(field)
    return (value or "") if field in TRANSLATED_FIELDS else value


def _paired(
    old_items: Iterable[dict],
    new_items: Iterable[dict],
    key: Callable[[dict], Hashable],
    loose_key: Callable[[dict], Hashable] | None,
) -> tuple[dict, dict]:
    """Both sides keyed so that a matched pair shares its key: first on ``key``, then what is left on
    ``loose_key``, in order. Matching on the loose key alone would pair items by rank, and an item
    added before one of the same loose identity would read as a correction of it plus an addition."""
    old, new = _keyed(old_items, key), _keyed(new_items, key)
    if loose_key is None:
        return old, new

    def rekeyed(side: dict, other: dict) -> dict:
        unmatched = _keyed((item for identity, item in side.items() if identity not in other), loose_key)
        loose_identities = iter(unmatched)
        return {
            ("exact", identity) if identity in other else ("loose", next(loose_identities)): item
            for identity, item in side.items()
        }

    return rekeyed(old, new), rekeyed(new, old)


#: The keys under which a snapshot embeds an actor (``positions.actor_entry``): a position's actor, a
#: figure's speaker.
_ACTOR_KEYS = frozenset({"actor", "speaker"})


def _is_actor(key: str, value) -> bool:
    return key in _ACTOR_KEYS and isinstance(value, dict) and "id" in value and "name" in value


def _actor_ids(value):
    """``value`` with each embedded actor reduced to its id: an actor's details are compared once, in
    the "actors" section, not again in every row, figure and entry that names it."""
    if isinstance(value, dict):
        return {
            key: {"id": item["id"]} if _is_actor(key, item) else _actor_ids(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_actor_ids(item) for item in value]
    return value


def _changed_fields(before: dict, after: dict, ignore: tuple[str, ...] = ()) -> list[str]:
    return [
        field
        for field in sorted(set(before) | set(after))
        if field not in ignore and _comparable(before, field) != _comparable(after, field)
    ]


def _comparable(item: dict, field: str):
    value = _value(item, field)
    return value["id"] if _is_actor(field, value) else _actor_ids(value)


#: What a reviewer is told when a field of a cited claim changed in place (same claim, other words).
_CITATION_FIELD_NOTES = {"quote": "quote changed", "quote_english": "English rendering changed"}

#: Notes for fields whose generic note ("statement indonesian changed") would read badly.
_FIELD_NOTES = {
    "statement": "statement reworded",
    "statement_indonesian": "Indonesian statement changed",
    "name_indonesian": "Indonesian name changed",
    "lat": "coordinates changed",
    "lon": "coordinates changed",
    "period": "period changed",
}


def _citation_note(before: list[dict], after: list[dict]) -> str:
    old = {citation["claim_id"]: citation for citation in before}
    new = {citation["claim_id"]: citation for citation in after}
    parts = []
    for verb, ids, side in (
        ("added", new.keys() - old.keys(), new),
        ("removed", old.keys() - new.keys(), old),
    ):
        if ids:
            cited = ", ".join(f"{side[i]['outlet']} (claim {i})" for i in sorted(ids))
            parts.append(f"{len(ids)} citation{'s' if len(ids) > 1 else ''} {verb}: {cited}")
    for field, note in _CITATION_FIELD_NOTES.items():
        changed = sorted(
            claim_id
            for claim_id in old.keys() & new.keys()
            if (old[claim_id].get(field) or "") != (new[claim_id].get(field) or "")
        )
        if changed:
            parts.append(f"{note}: " + ", ".join(f"{new[i]['outlet']} (claim {i})" for i in changed))
    if not parts:
        parts.append("citations updated")
    return "; ".join(parts)


def _note(fields: list[str], before: dict, after: dict) -> str:
    notes = []
    for field in fields:
        if field == "citations":
            notes.append(_citation_note(before.get(field) or [], after.get(field) or []))
        else:
            notes.append(_FIELD_NOTES.get(field) or f"{field.replace('_', ' ')} changed")
    return "; ".join(dict.fromkeys(notes))  # latitude and longitude are one note


def _compare(
    section: str,
    old_items: Iterable[dict],
    new_items: Iterable[dict],
    key: Callable[[dict], Hashable],
    label: Callable[[dict], str],
    key_point: Callable[[dict], str | None],
    ignore: tuple[str, ...] = (),
    note: Callable[[list[str], dict, dict], str] = _note,
    loose_key: Callable[[dict], Hashable] | None = None,
    key_point_id: Callable[[dict], int | None] = lambda _: None,
) -> list[dict]:
    old, new = _paired(old_items, new_items, key, loose_key)

    def about(item: dict) -> dict:
        return {"key": key(item), "key_point_id": key_point_id(item)}

    entries = [
        _entry(section, "removed", label(item), key_point(item), before=item, **about(item))
        for identity, item in old.items()
        if identity not in new
    ]
    for identity, item in new.items():
        previous = old.get(identity)
        if previous is None:
            entries.append(_entry(section, "added", label(item), key_point(item), after=item, **about(item)))
            continue
        fields = _changed_fields(previous, item, ignore)
        if fields:
            entries.append(
                _entry(
                    section,
                    "changed",
                    label(item),
                    key_point(item),
                    before={field: previous.get(field) for field in fields},
                    after={field: item.get(field) for field in fields},
                    note=note(fields, previous, item),
                    **about(item),
                )
            )
    return entries


def _corroboration_note(fields: list[str], before: dict, after: dict) -> str:
    notes = [
        f"{name.replace('_', ' ')} {before.get(name)} → {after.get(name)}"
        for name in ("reports", "outlets", "statements", "independent_origins")
        if before.get(name) != after.get(name)
    ]
    return "; ".join(notes) or "origins regrouped"


def _key_point_parts(old_point: dict, new_point: dict) -> list[dict]:
    statement, point_id = new_point["statement"], new_point["id"]
    entries = _compare(
        "positions",
        old_point.get("positions", []),
        new_point.get("positions", []),
        key=lambda p: (p["actor"]["id"], p.get("stance")),
        label=lambda p: f"{p['actor']['name']} {p.get('position') or p.get('stance')}",
        key_point=lambda _: statement,
        key_point_id=lambda _: point_id,
    )
    old_corroboration, new_corroboration = old_point.get("corroboration"), new_point.get("corroboration")
    if old_corroboration != new_corroboration:
        entries.append(
            _entry(
                "corroboration",
                "changed",
                f"Corroboration: {statement}",
                statement,
                before=old_corroboration,
                after=new_corroboration,
                note=_corroboration_note([], old_corroboration or {}, new_corroboration or {}),
                key=point_id,
                key_point_id=point_id,
            )
        )
    entries += _compare(
        "discrepancies",
        old_point.get("discrepancies", []),
        new_point.get("discrepancies", []),
        key=lambda d: (d["kind"], d.get("subject")),
        label=lambda d: f"Conflicting {'figures' if d['kind'] == 'figure' else 'dates'}: {d.get('subject')}",
        key_point=lambda _: statement,
        key_point_id=lambda _: point_id,
    )
    return entries


_MODE_WORDS = {
    "sea": "by sea",
    "rail": "by rail",
    "road": "by road",
    "air": "by air",
    "unknown": "means not stated",
}


def _period_identity(period: dict | None) -> tuple | None:
    return None if period is None else (period.get("start"), period.get("end"), period.get("precision"))


def timeline_identity(entry: dict) -> tuple:
    """A timeline entry's identity: it has no id of its own (``key`` of a "timeline" entry)."""
    return (entry["date"], entry["text"])


def figure_identity(figure: dict) -> tuple:
    """A figure's identity in the snapshot's ``figures`` table (``key`` of a "figures" entry)."""
    return (
        figure["unit"],
        figure["qualifier"],
        figure["value"],
        (figure.get("as_of") or {}).get("start"),
        (figure.get("speaker") or {}).get("id"),
    )


def movement_identity(movement: dict) -> tuple:
    """A movement's identity (``key`` of a "movements" entry): its places, means and period."""
    return (movement["from"], movement["to"], movement["mode"], _period_identity(movement.get("period")))


def _source_label(source: dict) -> str:
    return f"{source['outlet']} — {source.get('title') or '(untitled)'}"


#: The brief's own fields: (section, field, label, note when changed).
_BRIEF_FIELDS = (
    ("brief", "title", "Title", "title changed"),
    ("brief", "slug", "Slug", "slug changed"),
    ("brief", "language", "Language", "language changed"),
    ("brief", "title_indonesian", "Indonesian title", "Indonesian title changed"),
    ("summary", "summary", "Summary", "summary rewritten"),
    ("summary", "summary_indonesian", "Indonesian summary", "Indonesian summary changed"),
)


def diff_snapshots(old: dict | None, new: dict) -> list[dict]:
    first = old is None
    old = _EMPTY_SNAPSHOT if old is None else old
    entries: list[dict] = []

    for section, field, label, note in _BRIEF_FIELDS:
        if first:
            if field in TRANSLATED_FIELDS and not new.get(field):
                continue  # no translation yet: nothing was added
            entries.append(_entry(section, "added", label, None, after=new.get(field), key=field))
        elif _value(old, field) != _value(new, field):
            entries.append(
                _entry(
                    section,
                    "changed",
                    label,
                    None,
                    before=old.get(field),
                    after=new.get(field),
                    note=note,
                    key=field,
                )
            )

    old_points = {point["id"]: point for point in old.get("key_points", [])}
    new_points = {point["id"]: point for point in new.get("key_points", [])}
    entries += _compare(
        "key_points",
        old.get("key_points", []),
        new.get("key_points", []),
        key=lambda p: p["id"],
        label=lambda p: p["statement"],
        key_point=lambda p: p["statement"],
        key_point_id=lambda p: p["id"],
        ignore=("position", "positions", "corroboration", "figures", "discrepancies"),
    )
    old_order = [point_id for point_id in old_points if point_id in new_points]
    new_order = [point_id for point_id in new_points if point_id in old_points]
    if old_order != new_order:
        entries.append(
            _entry(
                "key_points",
                "changed",
                "Key point order",
                None,
                before=[old_points[point_id]["statement"] for point_id in old_order],
                after=[new_points[point_id]["statement"] for point_id in new_order],
                note="key points reordered",
            )
        )
    for point_id, point in new_points.items():
        if point_id in old_points:
            entries += _key_point_parts(old_points[point_id], point)

    statements = {point_id: point["statement"] for point_id, point in new_points.items()}
    statements_before = {point_id: point["statement"] for point_id, point in old_points.items()}

    def timeline_point(entry: dict) -> str | None:
        point_id = entry.get("key_point_id")
        return statements.get(point_id, statements_before.get(point_id))

    entries += _compare(
        "timeline",
        old.get("timeline", []),
        new.get("timeline", []),
        key=timeline_identity,
        label=lambda t: f"{t['label']} — {t['text']}",
        key_point=timeline_point,
        key_point_id=lambda t: t.get("key_point_id"),
    )
    entries += _compare(
        "figures",
        old.get("figures", []),
        new.get("figures", []),
        key=figure_identity,
        label=lambda f: f["label"],
        key_point=lambda _: None,
    )
    place_names = {place["id"]: place["name"] for place in old.get("places", [])}
    place_names.update({place["id"]: place["name"] for place in new.get("places", [])})

    def movement_label(movement: dict) -> str:
        origin = place_names.get(movement["from"], f"#{movement['from']}")
        destination = place_names.get(movement["to"], f"#{movement['to']}")
        return f"{origin} → {destination}, {_MODE_WORDS.get(movement['mode'], movement['mode'])}"

    entries += _compare(
        "movements",
        old.get("movements", []),
        new.get("movements", []),
        key=movement_identity,
        loose_key=lambda m: (m["from"], m["to"], m["mode"]),
        label=movement_label,
        key_point=lambda _: None,
    )
    entries += _compare(
        "places",
        old.get("places", []),
        new.get("places", []),
        key=lambda p: p["id"],
        label=lambda p: p["name"],
        key_point=lambda _: None,
    )
    entries += _compare(
        "sources",
        old.get("sources", []),
        new.get("sources", []),
        key=lambda s: s["id"],
        label=_source_label,
        key_point=lambda _: None,
    )
    entries += _actor_entries(old, new)
    return entries


def snapshot_actors(snapshot: dict) -> dict[int, dict]:
    """Every actor a snapshot names (position rows, figures' speakers), by id, in order of appearance."""
    found: dict[int, dict] = {}

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if _is_actor(key, item):
                    found.setdefault(item["id"], item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(snapshot)
    return found


#: What a reviewer is told when an actor the brief names reads differently.
_ACTOR_NOTES = {
    "name": "actor renamed",
    "name_indonesian": "actor's Indonesian name changed",
    "affiliation": "affiliation changed",
    "affiliation_indonesian": "affiliation's Indonesian name changed",
    "kind": "kind changed",
    "slug": "address changed",
}


def _actor_entries(old: dict, new: dict) -> list[dict]:
    """One "changed" entry per actor named by both snapshots whose details differ, however many rows and
    figures name it. An affiliation's new name is the affiliated actor's only when the affiliation is
    not itself named by the brief with that change (renaming White House also renames John Kirby's
    affiliation: one change, told once, under White House)."""
    old_actors, new_actors = snapshot_actors(old), snapshot_actors(new)
    changed = {
        actor_id: _changed_fields(old_actors[actor_id], actor, ignore=("id",))
        for actor_id, actor in new_actors.items()
        if actor_id in old_actors
    }
    # (old text, new text) of each name change, by the name the affiliated actors give as affiliation.
    renamed = {
        (old_actors[actor_id]["name"], field, _value(old_actors[actor_id], field), _value(actor, field))
        for actor_id, actor in new_actors.items()
        for field in ("name", "name_indonesian")
        if field in changed.get(actor_id, [])
    }
    entries = []
    for actor_id, fields in changed.items():
        was, actor = old_actors[actor_id], new_actors[actor_id]
        own = [
            field
            for field in fields
            if field not in ("affiliation", "affiliation_indonesian")
            or (
                was.get("affiliation"),
                field.replace("affiliation", "name"),
                _value(was, field),
                _value(actor, field),
            )
            not in renamed
        ]
        if own:
            entries.append(
                _entry(
                    "actors",
                    "changed",
                    actor["name"],
                    None,
                    before={field: was.get(field) for field in own},
                    after={field: actor.get(field) for field in own},
                    note="; ".join(_ACTOR_NOTES.get(field, f"{field} changed") for field in own),
                    key=actor_id,
                )
            )
    return entries


def without_repeats(snapshot_entries: list[dict], cited_entries: list[dict]) -> list[dict]:
    """Both diffs for one review: an edit to an actor the snapshot shows (``diff_snapshots``) is not
    listed again from the cited material (``diff_cited``), which words it the same."""
    shown = {(entry["section"], entry["label"], note) for entry in snapshot_entries for note in _notes(entry)}
    return snapshot_entries + [
        entry
        for entry in cited_entries
        if not all((entry["section"], entry["label"], note) in shown for note in _notes(entry))
    ]


def _notes(entry: dict) -> list[str]:
    return (entry["note"] or "").split("; ")


#: What a reviewer is told about an edit to cited material the snapshot itself does not show.
_CITED_NOTES = {
    ("sources", "title"): "source title changed",
    ("sources", "body"): "source text changed",
    ("sources", "publication_date"): "source's publication date changed",
    ("actors", "name"): "actor renamed",
    ("actors", "name_indonesian"): "actor's Indonesian name changed",
    ("actors", "description_indonesian"): "actor's Indonesian description changed",
    ("outlets", "name"): "outlet renamed",
}


def _dated(date: dict | None) -> str | None:
    """A stored publication date as a reviewer reads it: "2023-12 (month, confirmed)"."""
    if not date:
        return None
    return f"{date['value'] or '—'} ({date['precision']}, {date['status']})"


def diff_cited(old: dict | None, new: dict) -> list[dict]:
    """Edits to the sources, actors and outlets both revisions cite (their ``cited`` material), which
    publishing the new one makes public: one "changed" entry per edited field of ``_CITED_NOTES``, in
    the section of the object, labelled with its name as the new revision states it. Objects cited by
    one revision only are the snapshot diff's business (added or removed citations)."""
    if not old:
        return []
    entries = []
    for (section, field), note in _CITED_NOTES.items():
        before = {item["id"]: item for item in old.get(section, [])}
        for item in new.get(section, []):
            was = before.get(item["id"])
            if was is None or was.get(field) == item.get(field):
                continue
            label = item.get("title") or item.get("name") or f"#{item['id']}"
            if field == "body":
                entries.append(_entry(section, "changed", label, None, note=note, key=item["id"]))
            elif field == "publication_date":
                entries.append(
                    _entry(
                        section,
                        "changed",
                        label,
                        None,
                        before=_dated(was.get(field)),
                        after=_dated(item.get(field)),
                        note=note,
                        key=item["id"],
                    )
                )
            else:
                entries.append(
                    _entry(
                        section,
                        "changed",
                        label,
                        None,
                        before=was.get(field),
                        after=item.get(field),
                        note=note,
                        key=item["id"],
                    )
                )
    return entries

"""What changed between two publications, for readers: in their terms, never field names or ids (the ids an
entry carries say what it is about, for the page to look its words up; no page shows them).

``reader_diff(old, new)`` reads the reviewer's item-by-item diff (``diff.diff_snapshots``) and
returns what the public history lists, one entry per change a reader would notice::

    {"kind", "text", "detail", "key_point", "stance", "position", "added", "removed", "counts", "details",
     "section", "key", "key_point_id", "actor_id"}

``kind`` says what happened (the template words it in the reader's language, e.g. "key_point_added" →
"Key point added: <text>"); ``text`` and ``detail`` are content a reader already sees on the page
(statements, outlet names, headlines, figure and date labels); ``key_point`` is the statement an entry
belongs to; ``position`` is an actor's position to show with it (``stance`` instead, for a snapshot of
schema 1, whose rows were one per actor and stance); ``added`` and ``removed`` list outlet names;
``counts`` holds corroboration numbers; ``details`` names which of a speaker's details changed
(``SPEAKER_DETAILS``, e.g. "name_indonesian"), for the template to word. Keys an entry does not use are None (lists empty).

What an entry is about, for a page that words it in another language (``briefs/history_wording.py``):
``section`` and ``key`` are the reviewer's diff's (``diff_snapshots``: the section, and the item's
identity there, e.g. a place's id or a figure's ``figure_identity``); ``key_point_id`` is the id of the
key point whose statement ``text`` (a key point entry) or ``key_point`` is; ``actor_id`` the id of the
actor ``text`` names (position, citation and speaker entries). The page looks its words up by these,
never by the English ``text``.

Kinds: first_publication (counts: key_points, sources), title_changed (text new, detail old),
translation_updated (text: "title" or "summary", whose Indonesian version was written or changed),
address_changed, language_changed (text new code, detail old code), summary_written, summary_rewritten,
summary_removed, key_point_added, key_point_removed, key_point_reworded (detail: the old wording),
key_point_redated, key_point_translated (the Indonesian statement was written or changed),
key_points_reordered, position_added, position_removed, position_changed (position:
the new one), citations_changed (added, removed; neither when only the English rendering of a cited
quote changed), speaker_updated (text: the actor's name, once per actor, with details),
corroboration_changed (counts:
reports, outlets, statements, independent_origins),
discrepancy_added, discrepancy_removed, discrepancy_changed, timeline_added, timeline_removed,
timeline_corrected, timeline_sources_changed, figure_added, figure_removed, figure_corrected,
figure_sources_changed (the entry or figure is the same but for its reports: added, removed list the
outlets, both empty when only a cited quote or its rendering changed), route_added, route_removed,
route_corrected (text: "Najin → Dunay, by sea"), place_added, place_removed, place_corrected (text:
the place's name, detail: what changed, e.g. "coordinates changed"), source_added, source_removed,
source_corrected (text: the outlet, detail: the headline).

A first publication is summed up (first_publication, then each key point added) rather than listing every
timeline entry, figure and source as new. Order follows ``diff_snapshots``.
"""

from __future__ import annotations

from briefs.vocabulary import POSITIONS

from .diff import diff_snapshots


def _entry(kind: str, text: str | None = None, change: dict | None = None, **extra) -> dict:
    change = change or {}
    return {
        "kind": kind,
        "text": text,
        "detail": extra.get("detail"),
        "key_point": extra.get("key_point"),
        "stance": extra.get("stance"),
        "position": extra.get("position"),
        "added": extra.get("added", []),
        "removed": extra.get("removed", []),
        "counts": extra.get("counts"),
        "details": extra.get("details", []),
        "section": change.get("section"),
        "key": change.get("key"),
        "key_point_id": change.get("key_point_id"),
        "actor_id": extra.get("actor_id"),
    }


def _outlets(citations: list[dict] | None) -> dict[int, str]:
    return {citation["claim_id"]: citation["outlet"] for citation in citations or []}


def _names(outlets: dict[int, str], ids) -> list[str]:
    return sorted({outlets[claim_id] for claim_id in ids})


def _brief_field(change: dict) -> list[dict]:
    if change["change"] != "changed":
        return []
    field = change["label"].lower()
    if field == "indonesian title":
        return [_entry("translation_updated", "title", change=change)]
    if field == "title":
        return [_entry("title_changed", change["after"], detail=change["before"], change=change)]
    if field == "slug":
        return [_entry("address_changed", change=change)]
    return [_entry("language_changed", change["after"], detail=change["before"], change=change)]


def _summary(change: dict) -> list[dict]:
    if change["label"] == "Indonesian summary":
        return (
            [_entry("translation_updated", "summary", change=change)] if change["change"] == "changed" else []
        )
    if not change["after"]:
        return [_entry("summary_removed", change=change)] if change["before"] else []
    return [_entry("summary_rewritten" if change["before"] else "summary_written", change=change)]


def _key_point(change: dict) -> list[dict]:
    if change["key_point"] is None:  # the order of the key points
        return [_entry("key_points_reordered", change=change)]
    statement = change["key_point"]
    if change["change"] in ("added", "removed"):
        return [_entry(f"key_point_{change['change']}", statement, change=change)]
    entries = []
    if "statement" in change["after"]:
        entries.append(
            _entry("key_point_reworded", statement, detail=change["before"]["statement"], change=change)
        )
    if "event_date" in change["after"]:
        entries.append(_entry("key_point_redated", statement, change=change))
    if "statement_indonesian" in change["after"]:
        entries.append(_entry("key_point_translated", statement, change=change))
    return entries


def _position(change: dict) -> list[dict]:
    item = change["after"] if change["change"] == "added" else change["before"]
    if change["change"] != "changed":
        actor = item["actor"]["name"]
        return [
            _entry(
                f"position_{change['change']}",
                actor,
                stance=item.get("stance"),
                position=item.get("position"),
                key_point=change["key_point"],
                actor_id=item["actor"]["id"],
                change=change,
            )
        ]
    entries = []
    before, after = change["before"], change["after"]
    # The label ends with the row's position (schema 2: one row per actor) or its stance (schema 1).
    last = change["label"].rsplit(" ", 1)[-1]
    shown = {"position": last} if last in POSITIONS else {"stance": last}
    # The actor's own details are the "actors" section's (``_speaker``), told once however many rows.
    actor = change["label"].rsplit(" ", 1)[0]
    if "position" in after:
        entries.append(
            _entry(
                "position_changed",
                actor,
                position=after["position"],
                key_point=change["key_point"],
                actor_id=change["key"][0],
                change=change,
            )
        )
    if "citations" in after:
        old, new = _outlets(before["citations"]), _outlets(after["citations"])
        entries.append(
            _entry(
                "citations_changed",
                actor,
                **shown,
                key_point=change["key_point"],
                added=_names(new, new.keys() - old.keys()),
                removed=_names(old, old.keys() - new.keys()),
                actor_id=change["key"][0],
                change=change,
            )
        )
    return entries


def _corroboration(change: dict) -> list[dict]:
    after = change["after"] or {}
    counts = {
        name: after.get(name, 0) for name in ("reports", "outlets", "statements", "independent_origins")
    }
    return [_entry("corroboration_changed", change["key_point"], counts=counts, change=change)]


def _discrepancy(change: dict) -> list[dict]:
    item = change["after"] if change["change"] == "added" else change["before"]
    subject = item.get("subject") if change["change"] != "changed" else change["label"].split(": ", 1)[-1]
    return [_entry(f"discrepancy_{change['change']}", subject, key_point=change["key_point"], change=change)]


def _sources_changed(kind: str, change: dict) -> list[dict]:
    """``kind`` for an item that is the same but for the reports it rests on, else nothing. A timeline
    entry's date variants list their reports too: variants that differ only there are the same dates."""
    if change["change"] != "changed" or "citations" not in change["after"]:
        return []
    if not set(change["after"]) <= {"citations", "variants"}:
        return []
    if _variant_dates(change["before"].get("variants")) != _variant_dates(change["after"].get("variants")):
        return []
    old, new = _outlets(change["before"]["citations"]), _outlets(change["after"]["citations"])
    return [
        _entry(
            kind,
            change["label"],
            added=_names(new, new.keys() - old.keys()),
            removed=_names(old, old.keys() - new.keys()),
            change=change,
        )
    ]


def _variant_dates(variants: list[dict] | None) -> list[dict]:
    return [
        {key: value for key, value in variant.items() if key not in ("claim_ids", "outlets")}
        for variant in variants or []
    ]


def _timeline(change: dict) -> list[dict]:
    kind = {"added": "timeline_added", "removed": "timeline_removed", "changed": "timeline_corrected"}
    return _sources_changed("timeline_sources_changed", change) or [
        _entry(kind[change["change"]], change["label"], change=change)
    ]


def _figure(change: dict) -> list[dict]:
    kind = {"added": "figure_added", "removed": "figure_removed", "changed": "figure_corrected"}
    return _sources_changed("figure_sources_changed", change) or [
        _entry(kind[change["change"]], change["label"], change=change)
    ]


#: The details of a speaker a reader sees, in the order the history names them.
SPEAKER_DETAILS = ("name", "name_indonesian", "affiliation", "affiliation_indonesian", "kind")


def _speaker(change: dict) -> list[dict]:
    details = [field for field in SPEAKER_DETAILS if field in change["after"]]
    if not details:
        return []
    return [
        _entry("speaker_updated", change["label"], details=details, actor_id=change["key"], change=change)
    ]


def _movement(change: dict) -> list[dict]:
    kind = {"added": "route_added", "removed": "route_removed", "changed": "route_corrected"}
    return [_entry(kind[change["change"]], change["label"], change=change)]


def _place(change: dict) -> list[dict]:
    kind = {"added": "place_added", "removed": "place_removed", "changed": "place_corrected"}
    return [_entry(kind[change["change"]], change["label"], change=change)]


def _source(change: dict) -> list[dict]:
    kind = {"added": "source_added", "removed": "source_removed", "changed": "source_corrected"}
    # The label is "outlet — headline" as the page shows them (a "changed" entry's before and after
    # carry only the fields that differ).
    outlet, _, title = change["label"].partition(" — ")
    return [
        _entry(kind[change["change"]], outlet, detail=title if title != "(untitled)" else None, change=change)
    ]


_SECTIONS = {
    "brief": _brief_field,
    "summary": _summary,
    "key_points": _key_point,
    "positions": _position,
    "corroboration": _corroboration,
    "discrepancies": _discrepancy,
    "timeline": _timeline,
    "figures": _figure,
    "movements": _movement,
    "places": _place,
    "sources": _source,
    "actors": _speaker,
}


def reader_diff(old: dict | None, new: dict) -> list[dict]:
    diff = diff_snapshots(old, new)
    if old is None:
        points = [change for change in diff if change["section"] == "key_points"]
        counts = {"key_points": len(new.get("key_points", [])), "sources": len(new.get("sources", []))}
        return [_entry("first_publication", counts=counts), *(_key_point(change)[0] for change in points)]
    entries: list[dict] = []
    for change in diff:
        entries += _SECTIONS[change["section"]](change)
    return entries

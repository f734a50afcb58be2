"""The route map's data in the snapshot: places and movements the claims state, each with its citations,
the same in any input order, part of the hash, and told to the reviewer as movements and places."""

from dataclasses import replace

import pytest

from briefs.assembly import MovementIn, PlaceIn, assemble, diff_snapshots, reader_diff, snapshot_hash

from .builders import brief, claim, d, key_point, source

NAJIN = PlaceIn(1, "Najin", "port", "42.2500", "130.3")
DUNAY = PlaceIn(2, "Dunay", "port", "42.91", "132.35")
TIKHORETSK = PlaceIn(3, "Tikhoretsk", "rail_station", "45.85", "40.13", name_indonesian="Tikhoretsk")
SEA = MovementIn(NAJIN, DUNAY, "sea", d("2023-09-01"), d("2023-10-01"), "range")
RAIL = MovementIn(DUNAY, TIKHORETSK, "rail")
SOURCES = [source(1, "EGINDO.co"), source(2, "Liputan6.com")]


def snapshot(claims, sources=SOURCES):
    return assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, sources)


def test_a_brief_without_movements_has_the_snapshot_and_hash_it_had_before_routes():
    plain = snapshot([claim(10, 1)])
    assert "places" not in plain and "movements" not in plain


def test_claims_stating_the_same_movement_share_one_entry_with_both_citations():
    content = snapshot(
        [replace(claim(10, 1), movements=(SEA, RAIL)), replace(claim(11, 2), movements=(SEA,))]
    )

    assert [place["name"] for place in content["places"]] == ["Dunay", "Najin", "Tikhoretsk"]
    najin = next(place for place in content["places"] if place["name"] == "Najin")
    assert (najin["lat"], najin["lon"]) == ("42.25", "130.3"), "one spelling per coordinate"
    assert "name_indonesian" not in najin
    sea, rail = content["movements"]
    assert (sea["from"], sea["to"], sea["mode"]) == (1, 2, "sea")
    assert sea["period"] == {"start": "2023-09-01", "end": "2023-10-01", "precision": "range"}
    assert sorted(citation["claim_id"] for citation in sea["citations"]) == [10, 11]
    assert rail["period"] is None and [c["claim_id"] for c in rail["citations"]] == [10], "undated last"


def test_another_means_or_period_is_another_movement():
    unknown = replace(SEA, mode="unknown", period_start=d("2023-09-07"))
    content = snapshot([replace(claim(10, 1), movements=(SEA,)), replace(claim(11, 2), movements=(unknown,))])
    assert [(m["mode"], m["period"]["start"]) for m in content["movements"]] == [
        ("sea", "2023-09-01"),
        ("unknown", "2023-09-07"),
    ]


def test_the_same_routes_in_any_order_give_the_same_snapshot_and_hash():
    claims = [replace(claim(10, 1), movements=(SEA, RAIL)), replace(claim(11, 2), movements=(RAIL, SEA))]
    first = snapshot(claims)
    again = snapshot(list(reversed(claims)), list(reversed(SOURCES)))
    assert snapshot_hash(first) == snapshot_hash(again)


def test_a_place_moved_or_renamed_is_new_content_and_the_reviewer_is_told():
    before = snapshot([replace(claim(10, 1), movements=(SEA,))])
    moved = replace(NAJIN, latitude="42.3", name_indonesian="Rajin")
    after = snapshot([replace(claim(10, 1), movements=(replace(SEA, origin=moved),))])

    assert snapshot_hash(before) != snapshot_hash(after)
    (entry,) = diff_snapshots(before, after)
    assert (entry["section"], entry["change"], entry["label"]) == ("places", "changed", "Najin")
    assert entry["note"] == "coordinates changed; Indonesian name changed"


def test_the_review_diff_names_added_and_changed_movements():
    before = snapshot([replace(claim(10, 1), movements=(SEA,))])
    later = replace(SEA, period_start=d("2023-09-07"))
    after = snapshot([replace(claim(10, 1), movements=(later, RAIL))])

    entries = {(e["section"], e["change"], e["label"]): e for e in diff_snapshots(before, after)}
    assert entries[("movements", "changed", "Najin → Dunay, by sea")]["note"] == "period changed"
    assert ("movements", "added", "Dunay → Tikhoretsk, by rail") in entries
    assert ("places", "added", "Tikhoretsk") in entries
    first = {(e["section"], e["change"]) for e in diff_snapshots(None, after)}
    assert {("movements", "added"), ("places", "added")} <= first


def test_inputs_refuse_a_movement_that_goes_nowhere_or_a_place_off_the_earth():
    with pytest.raises(ValueError, match="another"):
        MovementIn(NAJIN, NAJIN)
    with pytest.raises(ValueError, match="between -90 and 90"):
        PlaceIn(9, "Nowhere", "city", "91", "0")
    with pytest.raises(ValueError, match="mode"):
        MovementIn(NAJIN, DUNAY, "teleport")
    with pytest.raises(TypeError, match="decimal string"):
        PlaceIn(9, "Float", "city", 42.25, "0")


def test_the_public_history_tells_readers_a_route_was_added_and_a_place_corrected():
    before = snapshot([replace(claim(10, 1), movements=(SEA,))])
    moved = replace(NAJIN, latitude="42.3")
    after = snapshot([replace(claim(10, 1), movements=(replace(SEA, origin=moved), RAIL))])

    kinds = [(entry["kind"], entry["text"]) for entry in reader_diff(before, after)]
    assert ("route_added", "Dunay → Tikhoretsk, by rail") in kinds
    assert ("place_corrected", "Najin") in kinds


def _dated_rail_added_to_another_claim():
    """The demo's case: claim 10 states an undated rail leg; an editor gives claim 11 the same leg, dated."""
    dated = replace(RAIL, period_start=d("2023-10-20"), period_precision="day")
    before = snapshot([replace(claim(10, 1), movements=(SEA, RAIL)), claim(11, 2)])
    after = snapshot(
        [replace(claim(10, 1), movements=(SEA, RAIL)), replace(claim(11, 2), movements=(dated,))]
    )
    return before, after


def test_a_dated_movement_added_beside_an_undated_one_is_only_an_addition_for_the_reviewer():
    before, after = _dated_rail_added_to_another_claim()

    entries = [(e["section"], e["change"], e["label"], e["note"]) for e in diff_snapshots(before, after)]
    assert ("movements", "added", "Dunay → Tikhoretsk, by rail", None) in entries
    assert not [entry for entry in entries if entry[0] == "movements" and entry[1] != "added"]


def test_a_dated_movement_added_beside_an_undated_one_is_not_told_to_readers_as_a_correction():
    before, after = _dated_rail_added_to_another_claim()

    kinds = [(entry["kind"], entry["text"]) for entry in reader_diff(before, after)]
    assert ("route_added", "Dunay → Tikhoretsk, by rail") in kinds
    assert not [kind for kind, _ in kinds if kind == "route_corrected"]

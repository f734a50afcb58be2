"""The schematic route map: north up, east right, far-apart places get a detail panel, labels never overlap."""

import math

from django.conf import settings

from briefs.graphics.route_map import (
    DOT_GAP,
    LABEL_SIZE,
    PHONE_LABEL_SIZE,
    MapMovement,
    MapPlace,
    bundled,
    fit,
    known_place,
    route_map,
)
from briefs.graphics.scales import text_width

ROUTE = ["najin", "dunay", "tikhoretsk"]


def places(*keys):
    return [known_place(key) for key in keys]


def test_the_bundled_data_names_its_source_and_has_the_route_places():
    assert "Hand-made" in bundled()["_source"]
    assert {"najin", "rason", "vladivostok", "dunay", "tikhoretsk"} <= set(bundled()["places"])
    assert {"russia", "north-korea"} <= set(bundled()["outlines"])


def test_projection_puts_north_up_and_east_right_and_every_place_inside():
    shown = places("najin", "vladivostok", "dunay")
    projection = fit(shown)

    najin, vladivostok, dunay = (projection.xy(place.lon, place.lat) for place in shown)
    assert najin[0] < vladivostok[0] < dunay[0], "west to east"
    assert vladivostok[1] < najin[1], "Vladivostok lies north of Najin"
    for x, y in (najin, vladivostok, dunay):
        assert 0 < x < projection.width and 0 < y < projection.height


def test_a_route_across_russia_gets_an_overview_and_a_detail_of_the_far_east():
    movements = [MapMovement(1, "najin", "dunay", "sea"), MapMovement(2, "dunay", "tikhoretsk", "rail")]
    overview, detail = route_map(places(*ROUTE, "vladivostok", "rason"), movements)

    assert {point.key for point in detail.points} == {"najin", "dunay", "vladivostok", "rason"}
    sea, rail = detail.movements
    assert (sea.mode, rail.mode) == ("sea", "rail")
    assert int(rail.path.split("L")[1].split()[0]) < 0, "the rail leg leaves the detail panel westwards"
    assert [line.mode for line in overview.movements] == ["rail"], (
        "the sea leg is a few pixels in the overview"
    )
    assert {name for kind, name, _ in overview.outlines if kind == "country"} >= {"Russia", "North Korea"}
    assert any(kind == "sea" for kind, _, _ in overview.outlines), "the Black Sea is drawn over the land"


def test_a_movement_line_runs_from_its_origin_to_its_destination_with_the_arrow_half_way():
    (single,) = route_map(places("najin", "dunay"), [MapMovement(1, "najin", "dunay", "sea")])

    najin, dunay = ((point.x, point.y) for point in single.points)
    (line,) = single.movements
    assert line.path == f"M{najin[0]} {najin[1]}L{dunay[0]} {dunay[1]}"
    tip = line.arrow.split("L")[1]
    tip_x = int(tip.split()[0])
    assert najin[0] < tip_x < dunay[0]


def test_labels_never_overlap_and_stay_inside_the_panel():
    for drawn in route_map(places("najin", "rason", "vladivostok", "dunay", "tikhoretsk", "moscow"), []):
        boxes = []
        for point in drawn.points:
            if not point.shown:
                continue
            width = 7 * len(point.name)
            left = {
                "start": point.label_x,
                "end": point.label_x - width,
                "middle": point.label_x - width // 2,
            }[point.anchor]
            box = (left, point.label_y - 12, left + width, point.label_y + 2)
            assert box[0] >= 0 and box[2] <= drawn.width
            assert all(box[2] <= o[0] or o[2] <= box[0] or box[3] <= o[1] or o[3] <= box[1] for o in boxes)
            boxes.append(box)


def test_no_place_no_map():
    assert route_map([], []) == []
    assert known_place("atlantis") is None
    assert isinstance(known_place("najin"), MapPlace)


def test_the_panel_keeps_a_margin_round_every_place_and_its_aspect():
    shown = places("najin", "dunay", "tikhoretsk")
    projection = fit(shown)

    for place in shown:
        x, y = projection.xy(place.lon, place.lat)
        assert 10 <= x <= projection.width - 10 and 10 <= y <= projection.height - 10
    degree_east = (projection.east - projection.west) / projection.width * projection.squeeze
    degree_north = (projection.north - projection.south) / projection.height
    assert abs(degree_east - degree_north) < 1e-9, (
        "a squeezed degree of longitude is as long as one of latitude"
    )


def test_a_single_place_still_gets_a_panel_with_it_in_the_middle():
    (single,) = route_map(places("pyongyang"), [])
    (point,) = single.points
    assert (point.x, point.y) == (single.width // 2, single.height // 2)


def test_two_movements_between_the_same_places_are_drawn_apart():
    movements = [MapMovement(1, "najin", "dunay", "sea"), MapMovement(2, "najin", "dunay", "unknown")]
    (single,) = route_map(places("najin", "dunay"), movements)

    straight, bowed = single.movements
    assert "Q" not in straight.path and "Q" in bowed.path
    assert straight.arrow != bowed.arrow, "each has its own arrowhead"


def test_phone_labels_are_larger_and_never_overlap_either():
    for drawn in route_map(places("najin", "rason", "vladivostok", "dunay", "tikhoretsk", "moscow"), []):
        boxes = []
        for point in drawn.points:
            label = point.phone_label
            if not label.shown:
                continue
            width = 7 * len(point.name) * PHONE_LABEL_SIZE // LABEL_SIZE
            left = {"start": label.x, "end": label.x - width, "middle": label.x - width // 2}[label.anchor]
            box = (left, label.y - PHONE_LABEL_SIZE, left + width, label.y + 2)
            assert box[0] >= 0 and box[2] <= drawn.width and box[1] >= 0 and box[3] <= drawn.height
            assert all(box[2] <= o[0] or o[2] <= box[0] or box[3] <= o[1] or o[3] <= box[1] for o in boxes)
            boxes.append(box)
        assert any(point.phone_label.shown for point in drawn.points)


def test_the_stylesheet_draws_the_labels_at_the_sizes_they_were_laid_out_for():
    css = (settings.BASE_DIR / "static" / "css" / "graphics.css").read_text(encoding="utf-8")
    assert f".rm text.lw {{ font-size: {LABEL_SIZE}px; }}" in css
    assert f".rm text.ln {{ font-size: {PHONE_LABEL_SIZE}px;" in css


def label_box(point, size=LABEL_SIZE):
    width = text_width(point.name) * size // LABEL_SIZE
    left = {"start": point.label_x, "end": point.label_x - width, "middle": point.label_x - width // 2}
    return (left[point.anchor], point.label_y - size, left[point.anchor] + width, point.label_y + 2)


def crosses(box, path: str) -> bool:
    """Whether a straight movement line ("M x y L x y") passes through the box."""
    (x1, y1), (x2, y2) = (tuple(map(int, part.split())) for part in path[1:].split("L"))
    steps = max(abs(x2 - x1), abs(y2 - y1), 1)
    return any(
        box[0] <= x1 + (x2 - x1) * i / steps <= box[2] and box[1] <= y1 + (y2 - y1) * i / steps <= box[3]
        for i in range(steps + 1)
    )


def test_near_places_are_two_dots_and_no_label_sits_on_a_route_line():
    """The demo's routes, Najin by sea (and by unstated means) to Dunay, 20 km apart, then by rail to
    Tikhoretsk: on the overview the two ports are dots a pointer tells apart, every place is labelled, and
    the rail line runs through no label."""
    movements = [
        MapMovement(1, "najin", "dunay", "sea"),
        MapMovement(2, "najin", "dunay", "unknown"),
        MapMovement(3, "dunay", "tikhoretsk", "rail"),
    ]
    for drawn in route_map(places(*ROUTE), movements):
        najin, dunay = (next(p for p in drawn.points if p.key == key) for key in ("najin", "dunay"))
        assert math.dist((najin.x, najin.y), (dunay.x, dunay.y)) >= DOT_GAP - 1, drawn.name
        for point in drawn.points:
            assert point.shown and point.phone_label.shown, (drawn.name, point.name)
            for line in drawn.movements:
                if "Q" not in line.path:
                    assert not crosses(label_box(point), line.path), (drawn.name, point.name, line.path)
    overview = route_map(places(*ROUTE), movements)[0]
    najin, dunay = (next(p for p in overview.points if p.key == key) for key in ("najin", "dunay"))
    assert math.dist((najin.x, najin.y), (dunay.x, dunay.y)) < 20, "still side by side"


def test_every_two_dots_stay_apart_in_a_crowded_corner():
    for drawn in route_map(places("najin", "rason", "vladivostok", "dunay", "tikhoretsk"), []):
        dots = [(point.x, point.y) for point in drawn.points]
        for i, first in enumerate(dots):
            for second in dots[i + 1 :]:
                assert math.dist(first, second) >= DOT_GAP - 1, (drawn.name, first, second)


def test_a_label_moves_off_a_line_that_runs_through_its_first_place():
    """A line leaving a dot eastwards: the dot's label is not put right of it, on the line."""
    movements = [MapMovement(1, "pyongyang", "vladivostok", "rail")]
    (single,) = route_map(places("pyongyang", "vladivostok"), movements)
    for point in single.points:
        assert not crosses(label_box(point), single.movements[0].path), point.name

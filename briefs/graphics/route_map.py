"""A schematic route map: country outlines, places as dots and stated movements as arrows, in pixels.

Drawn from ``briefs/data/route_map.json`` (hand-made coarse outlines and place coordinates; its
``_source`` says where the numbers come from), so nothing is fetched. The projection is
equirectangular, squeezed east-west by the cosine of the middle latitude so shapes near 45°N look right;
north is up. A panel is fitted to the places it shows with a margin, and keeps the panel's aspect.

When the places lie far apart (Najin on the Pacific and Tikhoretsk near the Black Sea are 90° of
longitude apart), one panel would put the ports of one coast on one pixel: ``route_map`` then returns an
overview of every place and a detail panel of the largest cluster (places within ``CLUSTER_DEGREES`` of
each other, chained). A movement is drawn in each panel where its two ends are apart; one whose far end
lies outside the panel runs off its edge in that direction (the SVG clips it). Movements between the
same two places (by sea, and by unstated means) would lie on one another: the first is straight, each
next one bows out to alternate sides, ``PARALLEL_BEND`` pixels further at its middle.

Dots closer than ``DOT_GAP`` pixels (Najin and Dunay, 20 km apart, on a panel 8,000 km wide) are pushed
apart along the line between them until they are that far apart, so each stays a dot of its own that a
finger or a pointer can reach; the map is schematic, and a movement between them keeps its true length
(under 12 pixels: not drawn). Lines are drawn between the pushed dots.

Labels go right of their dot, else left, above, below, or at one of its four corners, whichever first
overlaps no dot, no label placed before and no movement line; failing that, the first that overlaps no
dot and no label (the text's white halo keeps it legible over a line); a label that fits nowhere is left
out (the list under the map names every place). Each place
gets two labels, laid out separately: at ``LABEL_SIZE`` for a panel drawn at about its own width, and at
the larger ``PHONE_LABEL_SIZE`` for a panel squeezed onto a phone (a 390 px screen draws the 400-unit
panel about 360 px wide), so the page's CSS shows the one that stays legible at the panel's width.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .scales import text_width

DATA = Path(__file__).resolve().parent.parent / "data" / "route_map.json"
WIDTH = 400
HEIGHT = 280
#: Label sizes in the panel's units: drawn near its own width, and on a phone; static/css/graphics.css
#: sets the same sizes on the two label classes (a test checks they agree).
LABEL_SIZE = 12
PHONE_LABEL_SIZE = 15
DOT_GAP = 14  # the least distance between two dots' centres (r=5 and a 2-unit halo each, and a gap)
PARALLEL_BEND = 16  # how far apart, at their middle, two movements between the same places are drawn
MARGIN_DEGREES = 1.5
CLUSTER_DEGREES = 5.0
WIDE_DEGREES = 20.0  # places spread wider than this get an overview and a detail panel


@dataclass(frozen=True, slots=True)
class MapPlace:
    key: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class MapMovement:
    index: int  # its place in the list under the map, for the link
    origin: str  # place keys
    destination: str
    mode: str  # "sea", "rail", "road", "air" or "" when not stated


@dataclass(frozen=True, slots=True)
class PlacedPoint:
    key: str
    name: str
    x: int
    y: int
    label_x: int
    label_y: int
    anchor: str  # "start", "end" or "middle"; no label when ``shown`` is False
    shown: bool
    phone_label: Label  # the same place's label at ``PHONE_LABEL_SIZE``


@dataclass(frozen=True, slots=True)
class Label:
    x: int
    y: int  # its baseline
    anchor: str
    shown: bool


@dataclass(frozen=True, slots=True)
class DrawnMovement:
    index: int
    mode: str
    path: str  # the line, origin to destination
    arrow: str  # the arrowhead half way, pointing at the destination


@dataclass
class Panel:
    name: str  # "overview" or "detail"
    width: int
    height: int
    outlines: list[tuple[str, str, str]]  # (kind: "sea", "land" or "country", its name or "", SVG path)
    points: list[PlacedPoint]
    movements: list[DrawnMovement]


@lru_cache(maxsize=1)
def bundled() -> dict:
    """The outlines and known places shipped with the code."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def known_place(key: str) -> MapPlace | None:
    entry = bundled()["places"].get(key)
    if entry is None:
        return None
    return MapPlace(key, entry["name"], entry["lat"], entry["lon"])


@dataclass(frozen=True, slots=True)
class Projection:
    west: float
    east: float
    south: float
    north: float
    squeeze: float  # cos of the middle latitude
    width: int
    height: int

    def xy(self, lon: float, lat: float) -> tuple[int, int]:
        x = (lon - self.west) / (self.east - self.west) * self.width
        y = (self.north - lat) / (self.north - self.south) * self.height
        return round(x), round(y)


def fit(places: Sequence[MapPlace], width: int = WIDTH, height: int = HEIGHT) -> Projection:
    """A projection that shows every place with a margin, north up, the panel's aspect kept."""
    lats = [place.lat for place in places]
    lons = [place.lon for place in places]
    middle = (min(lats) + max(lats)) / 2
    squeeze = math.cos(math.radians(middle))
    lon_span = max(lons) - min(lons)
    margin = max(MARGIN_DEGREES, 0.15 * max(lon_span, max(lats) - min(lats)))
    west, east = min(lons) - margin / squeeze, max(lons) + margin / squeeze
    south, north = min(lats) - margin, max(lats) + margin
    # Widen the shorter side so a degree of latitude and a squeezed degree of longitude are as long.
    wide = (east - west) * squeeze
    tall = north - south
    if wide / tall < width / height:
        grow = (tall * width / height - wide) / squeeze / 2
        west, east = west - grow, east + grow
    else:
        grow = (wide * height / width - tall) / 2
        south, north = south - grow, north + grow
    return Projection(west, east, south, north, squeeze, width, height)


def _outline_path(points: Iterable[Sequence[float]], projection: Projection) -> str:
    drawn: list[tuple[int, int]] = []
    for lon, lat in points:
        point = projection.xy(lon, lat)
        if not drawn or point != drawn[-1]:
            drawn.append(point)
    if len(drawn) < 3:
        return ""
    return "M" + "L".join(f"{x} {y}" for x, y in drawn) + "Z"


def _visible(path_points: Iterable[Sequence[float]], projection: Projection) -> bool:
    xs, ys = zip(*(projection.xy(lon, lat) for lon, lat in path_points), strict=True)
    return max(xs) >= 0 and min(xs) <= projection.width and max(ys) >= 0 and min(ys) <= projection.height


def _kind(outline: dict) -> str:
    """A sea drawn over the land, a named country of the story, or the unnamed land around them."""
    if outline.get("sea"):
        return "sea"
    return "country" if outline["name"] else "land"


def _label_boxes(
    x: int, y: int, name: str, size: int = LABEL_SIZE
) -> list[tuple[str, int, int, tuple[int, int, int, int]]]:
    """Where a label may go (anchor, baseline x and y) and the box it then covers: its text from
    ``size`` above the baseline to 2 below, right, left, above and below the dot."""
    width = text_width(name) * size // LABEL_SIZE
    beside = y + size // 3
    above, below = y - 9, y + 7 + size
    # At a corner the text starts (or ends) just past the dot, its baseline above or below it.
    high, low = y - 6, y + 4 + size
    return [
        ("start", x + 8, beside, (x + 6, beside - size, x + 8 + width, beside + 2)),
        ("end", x - 8, beside, (x - 8 - width, beside - size, x - 6, beside + 2)),
        ("middle", x, above, (x - width // 2, above - size, x + width // 2, above + 2)),
        ("middle", x, below, (x - width // 2, below - size, x + width // 2, below + 2)),
        ("start", x + 5, high, (x + 5, high - size, x + 5 + width, high + 2)),
        ("start", x + 5, low, (x + 5, low - size, x + 5 + width, low + 2)),
        ("end", x - 5, high, (x - 5 - width, high - size, x - 5, high + 2)),
        ("end", x - 5, low, (x - 5 - width, low - size, x - 5, low + 2)),
    ]


def _place_labels(
    places: Sequence[MapPlace],
    inside: dict[str, tuple[int, int]],
    size: int,
    projection: Projection,
    lines: Sequence[Sequence[tuple[float, float]]] = (),
) -> dict[str, Label]:
    """Each label in the first of its positions that stays in the panel and overlaps no dot, no label
    placed before and no line (``lines``: each a polyline, in panel units); else in the first that only
    crosses a line; a label with no such position is not shown."""
    placed_boxes: list[tuple[int, int, int, int]] = [(x - 6, y - 6, x + 6, y + 6) for x, y in inside.values()]
    line_points = [point for line in lines for point in _along(line)]
    labels = {}
    for place in places:
        if place.key not in inside:
            continue
        x, y = inside[place.key]
        own_dot = (x - 6, y - 6, x + 6, y + 6)
        free = []
        for anchor, label_x, label_y, box in _label_boxes(x, y, place.name, size):
            within = (
                box[0] >= 0 and box[2] <= projection.width and box[1] >= 0 and box[3] <= projection.height
            )
            if within and not any(_overlaps(box, other) for other in placed_boxes if other != own_dot):
                free.append((anchor, label_x, label_y, box))
        clear = [option for option in free if not any(_covers(option[3], point) for point in line_points)]
        choice = (clear or free or [None])[0]
        if choice:
            placed_boxes.append(choice[3])
            labels[place.key] = Label(choice[1], choice[2], choice[0], True)
        else:
            labels[place.key] = Label(x, y, "start", False)
    return labels


def _along(line: Sequence[tuple[float, float]], step: float = 2.0) -> list[tuple[float, float]]:
    """Points every ``step`` units along a polyline, its corners included."""
    points: list[tuple[float, float]] = []
    for (x1, y1), (x2, y2) in zip(line, line[1:], strict=False):
        count = max(1, math.ceil(math.dist((x1, y1), (x2, y2)) / step))
        points.extend((x1 + (x2 - x1) * i / count, y1 + (y2 - y1) * i / count) for i in range(count))
    if line:
        points.append(line[-1])
    return points


def _covers(box: tuple[int, int, int, int], point: tuple[float, float]) -> bool:
    """Whether a line through ``point`` (3 units wide) touches the box."""
    return box[0] - 2 <= point[0] <= box[2] + 2 and box[1] - 2 <= point[1] <= box[3] + 2


def _spread(
    inside: dict[str, tuple[int, int]], projection: Projection, gap: int = DOT_GAP
) -> dict[str, tuple[int, int]]:
    """The dots, each pair closer than ``gap`` pushed apart along the line between them (east-west when
    they coincide), a few rounds so a push does not leave a third pair too close; all stay inside."""
    moved = {key: (float(x), float(y)) for key, (x, y) in inside.items()}
    keys = list(moved)
    for _ in range(8):
        pushed = False
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                (x1, y1), (x2, y2) = moved[first], moved[second]
                distance = math.dist((x1, y1), (x2, y2))
                if distance >= gap - 0.5:
                    continue
                dx, dy = ((x2 - x1) / distance, (y2 - y1) / distance) if distance else (1.0, 0.0)
                half = (gap - distance) / 2
                moved[first] = (x1 - dx * half, y1 - dy * half)
                moved[second] = (x2 + dx * half, y2 + dy * half)
                pushed = True
        if not pushed:
            break
    return {
        key: (min(max(round(x), 0), projection.width), min(max(round(y), 0), projection.height))
        for key, (x, y) in moved.items()
    }


def _overlaps(box: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def _arrow(x1: int, y1: int, x2: int, y2: int, bend: tuple[float, float] = (0, 0)) -> str:
    """An arrowhead at the middle of the line (of a bowed one: at its middle point, ``bend`` away from
    the straight line's), pointing from (x1, y1) towards (x2, y2)."""
    mx, my = (x1 + x2) / 2 + bend[0], (y1 + y2) / 2 + bend[1]
    angle = math.atan2(y2 - y1, x2 - x1)
    tip = (round(mx + 5 * math.cos(angle)), round(my + 5 * math.sin(angle)))
    left = (round(mx - 5 * math.cos(angle - 0.5)), round(my - 5 * math.sin(angle - 0.5)))
    right = (round(mx - 5 * math.cos(angle + 0.5)), round(my - 5 * math.sin(angle + 0.5)))
    return f"M{left[0]} {left[1]}L{tip[0]} {tip[1]}L{right[0]} {right[1]}"


def panel(
    name: str,
    places: Sequence[MapPlace],
    movements: Sequence[MapMovement],
    outlines: dict,
    shown: Sequence[MapPlace],
) -> Panel:
    """One panel fitted to ``shown``; every place and movement inside it is drawn."""
    projection = fit(shown)
    drawn_outlines = [
        (_kind(outline), outline["name"], _outline_path(outline["points"], projection))
        for outline in outlines.values()
        if _visible(outline["points"], projection)
    ]
    positions = {place.key: projection.xy(place.lon, place.lat) for place in places}
    inside = {
        key: (x, y)
        for key, (x, y) in positions.items()
        if 0 <= x <= projection.width and 0 <= y <= projection.height
    }
    drawn_at = {**positions, **_spread(inside, projection)}
    lines, polylines = _movement_lines(movements, positions, drawn_at)
    inside = {key: drawn_at[key] for key in inside}
    labels = _place_labels(places, inside, LABEL_SIZE, projection, polylines)
    phone_labels = _place_labels(places, inside, PHONE_LABEL_SIZE, projection, polylines)
    points = []
    for place in places:
        if place.key not in inside:
            continue
        x, y = inside[place.key]
        label = labels[place.key]
        points.append(
            PlacedPoint(
                place.key,
                place.name,
                x,
                y,
                label.x,
                label.y,
                label.anchor,
                label.shown,
                phone_labels[place.key],
            )
        )
    return Panel(name, projection.width, projection.height, drawn_outlines, points, lines)


def _movement_lines(
    movements: Sequence[MapMovement],
    positions: dict[str, tuple[int, int]],
    drawn_at: dict[str, tuple[int, int]],
) -> tuple[list[DrawnMovement], list[list[tuple[float, float]]]]:
    """Each movement whose ends lie apart on the panel (``positions``, as projected) drawn between its
    dots (``drawn_at``), and the same lines as polylines for the labels to keep clear of."""
    lines = []
    polylines: list[list[tuple[float, float]]] = []
    drawn_between: dict[frozenset, int] = {}
    for movement in movements:
        true_start, true_end = positions.get(movement.origin), positions.get(movement.destination)
        if true_start is None or true_end is None or math.dist(true_start, true_end) < 12:
            continue
        start, end = drawn_at[movement.origin], drawn_at[movement.destination]
        pair = frozenset((movement.origin, movement.destination))
        before = drawn_between.get(pair, 0)
        drawn_between[pair] = before + 1
        if not before:
            path = f"M{start[0]} {start[1]}L{end[0]} {end[1]}"
            lines.append(DrawnMovement(movement.index, movement.mode, path, _arrow(*start, *end)))
            polylines.append([start, end])
            continue
        # Bow out perpendicular to the line, to one side then the other, further each time; the
        # side is taken from the pair's own order, so a return trip does not cancel the bend.
        first, second = sorted((start, end))
        length = math.dist(start, end)
        normal = (-(second[1] - first[1]) / length, (second[0] - first[0]) / length)
        bow = PARALLEL_BEND * ((before + 1) // 2) * (1 if before % 2 else -1)
        middle = (normal[0] * bow, normal[1] * bow)
        # A quadratic curve passes half way to its control point at its middle.
        control = (
            round((start[0] + end[0]) / 2 + 2 * middle[0]),
            round((start[1] + end[1]) / 2 + 2 * middle[1]),
        )
        path = f"M{start[0]} {start[1]}Q{control[0]} {control[1]} {end[0]} {end[1]}"
        lines.append(DrawnMovement(movement.index, movement.mode, path, _arrow(*start, *end, middle)))
        polylines.append(
            [
                (
                    (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0],
                    (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1],
                )
                for t in (i / 16 for i in range(17))
            ]
        )
    return lines, polylines


def clusters(places: Sequence[MapPlace]) -> list[list[MapPlace]]:
    """Places within ``CLUSTER_DEGREES`` of each other, chained; largest first."""
    groups: list[list[MapPlace]] = []
    for place in places:
        near = [
            group
            for group in groups
            if any(
                math.dist((place.lon, place.lat), (other.lon, other.lat)) <= CLUSTER_DEGREES
                for other in group
            )
        ]
        merged = [place]
        for group in near:
            merged.extend(group)
            groups.remove(group)
        groups.append(merged)
    return sorted(groups, key=len, reverse=True)


def route_map(
    places: Sequence[MapPlace], movements: Sequence[MapMovement], outlines: dict | None = None
) -> list[Panel]:
    """The panels of the map of ``places`` and ``movements``; none when there is no place."""
    if not places:
        return []
    outlines = bundled()["outlines"] if outlines is None else outlines
    lons = [place.lon for place in places]
    panels = [panel("overview", places, movements, outlines, places)]
    if max(lons) - min(lons) > WIDE_DEGREES:
        largest = clusters(places)[0]
        if len(largest) > 1:
            panels.append(panel("detail", places, movements, outlines, largest))
    return panels

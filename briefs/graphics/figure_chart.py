"""A figure series (one key point, one unit) drawn over time: where each figure sits and how it is marked.

Each dated figure is a marker at its as-of date (the middle of it when the date is a month, a year or a
range, with a bar across the whole period) and its value. The qualifier decides the marker, so a bound
never looks like a count:

* exactly: a filled dot;
* about: a filled dot with a whisker over the ±10 % the assembly reads "about" as (``figures.ABOUT``);
* at least / more than: an arrow up from the dot (the true number is above); up to / fewer than: an arrow
  down. "More than" and "fewer than" exclude the value itself, so their dot is open.

The y axis starts at zero with round ticks; the x axis is labelled with the figures' dates. Each figure
gets its amount label ("more than 1,000") above its marker unless it would overlap one already placed;
the full labels are in the list under the chart either way. Figures without a date are not drawn (the
list has them), and a series with fewer than two dates is not drawn at all. Labels come in already written in the reader's language; only their length is used here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .scales import DayScale, NumberScale, number_ticks, spaced, text_width

WIDTH = 360  # about one CSS pixel per unit on a phone, so its 12 px labels stay 12 px there
HEIGHT = 170
TOP = 36  # room for the amount labels and arrows above the highest marker
BOTTOM = 26  # room for the date labels
RIGHT = 16
SIDE_PAD = 28  # keeps the first and last markers (and their labels) off the axes
ABOUT_SPREAD = Decimal("0.1")
ARROW = 16  # length of a bound's arrow, from the edge of its dot

MARKS = {
    "exactly": "exact",
    "about": "about",
    "at_least": "lower",
    "more_than": "lower",
    "up_to": "upper",
    "less_than": "upper",
}
OPEN = frozenset({"more_than", "less_than"})


@dataclass(frozen=True, slots=True)
class ChartValue:
    """One figure of the series as the chart needs it."""

    value: Decimal
    qualifier: str
    start: dt.date | None  # first day of its as-of date; None when it has none
    end: dt.date | None  # last day of it (the same day for a day)
    amount_label: str  # "more than 1,000", in the reader's language
    date_label: str  # "13 Oct 2023"
    index: int  # its place in the series, so the template can link the marker to its list entry


@dataclass(frozen=True, slots=True)
class ChartPoint:
    index: int
    x: int
    y: int
    mark: str  # "exact", "about", "lower" or "upper"
    open: bool
    period: tuple[int, int] | None  # x extent of a month, year or range as-of date
    whisker: tuple[int, int] | None  # y extent of an "about"
    arrow: str  # SVG path of a bound's arrow, "" for none
    label: str  # the amount label drawn above it, "" when it did not fit
    label_x: int
    label_y: int
    anchor: str  # "start", "middle" or "end"

    @property
    def strokes(self) -> str:
        """The bound's arrow or the whisker of "about" (with its caps), as one SVG path."""
        if self.whisker is not None:
            high, low = self.whisker
            return f"M{self.x} {high}V{low}M{self.x - 4} {high}h8M{self.x - 4} {low}h8"
        return self.arrow

    @property
    def period_path(self) -> str:
        return f"M{self.period[0]} {self.y}H{self.period[1]}" if self.period else ""


@dataclass(frozen=True, slots=True)
class Tick:
    position: int  # x of a date tick, y of a number tick
    label: str
    label_x: int = 0  # where a date label starts (kept inside the chart)


@dataclass
class FigureChart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    points: list[ChartPoint]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    line: str  # SVG path joining the figures in date order when there are several dates, else ""
    undated: int  # figures not drawn for want of a date
    dates: int = field(default=0)  # distinct as-of dates drawn

    @property
    def axes(self) -> str:
        return f"M{self.left} {self.top - 8}V{self.bottom}H{self.right}"

    @property
    def grid(self) -> str:
        return "".join(
            f"M{self.left} {tick.position}H{self.right}"
            for tick in self.y_ticks
            if tick.position != self.bottom
        )


def _arrow(mark: str, x: int, y: int) -> str:
    if mark == "lower":
        tip = y - 5 - ARROW
        return f"M{x} {y - 5}V{tip}m-4 5l4-5 4 5"
    if mark == "upper":
        tip = y + 5 + ARROW
        return f"M{x} {y + 5}V{tip}m-4-5l4 5 4-5"
    return ""


def _anchor(x: int, left: int, right: int) -> str:
    third = (right - left) / 3
    if x < left + third:
        return "start"
    if x > right - third:
        return "end"
    return "middle"


def _extent(x: int, width: int, anchor: str) -> tuple[int, int]:
    if anchor == "start":
        return x - 4, x - 4 + width
    if anchor == "end":
        return x + 4 - width, x + 4
    return x - width // 2, x + width // 2


def _date_ticks(ticks: list[tuple[int, str]], left: int, right: int) -> list[Tick]:
    """Date labels centred under their ticks, kept inside the chart, dropped where they would overlap."""
    starts = [max(left, min(right - text_width(label), x - text_width(label) // 2)) for x, label in ticks]
    extents = [(start, start + text_width(label)) for start, (_, label) in zip(starts, ticks, strict=True)]
    return [Tick(ticks[i][0], ticks[i][1], starts[i]) for i in spaced(extents)]


def figure_chart(values: Sequence[ChartValue], number_label: Callable[[Decimal], str]) -> FigureChart | None:
    """The chart of ``values`` (one series), or None when they are not a series over time: fewer than two
    dated figures, or all of them as of one date (a lone distance or a lone count is read in the list; a
    chart of one dot says nothing more).

    ``number_label`` writes a tick value in the reader's language ("1,000" or "1.000")."""
    dated = sorted((v for v in values if v.start is not None), key=lambda v: (v.start, v.end, v.index))
    if len({(v.start, v.end) for v in dated}) < 2:
        return None
    highs = [v.value * (1 + ABOUT_SPREAD) if v.qualifier == "about" else v.value for v in dated]
    lows = [v.value * (1 - ABOUT_SPREAD) if v.qualifier == "about" else v.value for v in dated]
    low, high, tick_values = number_ticks(min(lows), max(highs))
    tick_labels = [number_label(value) for value in tick_values]
    left = max(text_width(label) for label in tick_labels) + 12
    right = WIDTH - RIGHT
    bottom = HEIGHT - BOTTOM
    numbers = NumberScale(low, high, bottom, TOP)
    days = DayScale(
        min(v.start for v in dated), max(v.end or v.start for v in dated), left + SIDE_PAD, right - SIDE_PAD
    )

    points: list[ChartPoint] = []
    placed: list[tuple[int, int, int]] = []  # (left, right, baseline) of the labels drawn so far
    for v in dated:
        last = v.end or v.start
        middle = v.start + (last - v.start) / 2
        x = days.x(middle)
        y = numbers.y(v.value)
        mark = MARKS[v.qualifier]
        whisker = None
        if mark == "about":
            whisker = (numbers.y(v.value * (1 + ABOUT_SPREAD)), numbers.y(v.value * (1 - ABOUT_SPREAD)))
        label_y = y - (ARROW + 10 if mark == "lower" else 10)
        if whisker is not None:
            label_y = min(label_y, whisker[0] - 4)
        anchor = _anchor(x, left, right)
        extent = _extent(x, text_width(v.amount_label), anchor)
        clash = any(
            extent[0] < other_right + 6 and other_left < extent[1] + 6 and abs(label_y - baseline) < 14
            for other_left, other_right, baseline in placed
        )
        if not clash:
            placed.append((*extent, label_y))
        points.append(
            ChartPoint(
                index=v.index,
                x=x,
                y=y,
                mark=mark,
                open=v.qualifier in OPEN,
                period=(days.x(v.start), days.x(last)) if last != v.start else None,
                whisker=whisker,
                arrow=_arrow(mark, x, y),
                label="" if clash else v.amount_label,
                label_x=x,
                label_y=label_y,
                anchor=anchor,
            )
        )

    by_date: dict[tuple, ChartValue] = {}
    for v in dated:
        by_date.setdefault((v.start, v.end), v)
    x_ticks = _date_ticks(
        [(days.x(v.start + ((v.end or v.start) - v.start) / 2), v.date_label) for v in by_date.values()],
        left,
        right,
    )

    line = ""
    if len(by_date) > 1:
        # Several figures at one date and value are one vertex: repeating it draws nothing more.
        vertices = [(point.x, point.y) for point in points]
        vertices = [v for i, v in enumerate(vertices) if i == 0 or v != vertices[i - 1]]
        line = "M" + "L".join(f"{x} {y}" for x, y in vertices)
    return FigureChart(
        width=WIDTH,
        height=HEIGHT,
        left=left,
        right=right,
        top=TOP,
        bottom=bottom,
        points=points,
        y_ticks=[
            Tick(numbers.y(value), label) for value, label in zip(tick_values, tick_labels, strict=True)
        ],
        x_ticks=x_ticks,
        line=line,
        undated=len(values) - len(dated),
        dates=len(by_date),
    )

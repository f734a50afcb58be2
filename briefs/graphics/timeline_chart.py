"""The timeline drawn to scale: one row per entry, its shape saying how precisely the date is known.

* a day is a dot (``point``);
* a month or a year is a hollow span over the whole period (``span``): it happened some time in it;
* a range is a solid bar from its first to its last day (``bar``).

An entry whose sources disagree on the date (``discrepancy`` in the snapshot) also gets, under its mark,
a diamond at the start of each date a source gives (its period as a thin line), and a warning mark
before its label; the legend under the picture names each shape. Rows are in the timeline's own order,
so row *n* is entry *n* of the list that follows the picture.

The month axis is on top; when the timeline covers more than three years only years are marked. Each
row is labelled with its date and as much of its text as fits beside the mark (on the side with more
room); the full text is in the list. Past ``DENSE_AFTER`` entries the picture is an overview: entries
share lanes where their marks do not overlap, without labels. Labels come in already in the reader's
language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .scales import TEXT_WIDTH, DayScale, month_starts, spaced, text_width

WIDTH = 720
AXIS = 28  # height of the month axis on top
ROW = 28
VARIANT_ROW = 12  # extra height of a row that shows the sources' dates
SIDE = 14
MIN_BAR = 6  # a range of two days still shows as a bar, not a dot
LONG_AXIS_MONTHS = 36
# Past this many entries the picture becomes an overview: marks share lanes where they do not overlap and
# carry no text (each still links to its entry, and names it to assistive technology), so a long timeline
# stays a few lanes tall instead of repeating the list row by row.
DENSE_AFTER = 24


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    last: dt.date  # the last day it covers: the start for a day, the month's end for a month
    precision: str  # "day", "month", "year" or "range"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    index: int  # its place in the timeline (1-based), for the link to its list entry
    period: Period
    variants: tuple[Period, ...]  # the dates the sources give, drawn only when they disagree
    discrepancy: bool
    date_label: str
    text: str


@dataclass(frozen=True, slots=True)
class VariantMark:
    x: int
    x2: int  # end of its period (== x for a day)
    y: int
    diamond: str  # SVG path of the diamond at its start

    @property
    def line(self) -> str:
        """The period a month, year or range variant covers, as an SVG path ("" for a day)."""
        return f"M{self.x} {self.y}H{self.x2}" if self.x2 > self.x else ""


@dataclass(frozen=True, slots=True)
class Row:
    index: int
    y: int  # centre line of the mark
    kind: str  # "point", "span" or "bar"
    x1: int
    x2: int
    variants: tuple[VariantMark, ...]
    discrepancy: bool
    warning: str  # SVG path of the warning triangle, "" when the sources agree
    label: str
    label_x: int
    anchor: str  # "start" or "end"
    top: int  # the row's band, for its focus outline and hit area
    height: int
    hit_x: int  # the area that answers the pointer and shows the focus: the whole row, or the mark
    hit_width: int

    @property
    def mark_width(self) -> int:
        return self.x2 - self.x1


@dataclass(frozen=True, slots=True)
class AxisTick:
    x: int
    label: str  # "" for a tick whose label would overlap another
    label_x: int  # where the label starts: just after its tick, or further left at the right edge


@dataclass
class TimelineChart:
    width: int
    height: int
    rows: list[Row]
    ticks: list[AxisTick]

    @property
    def grid(self) -> str:
        """One SVG path of every month (or year) line, from the axis to the bottom."""
        return "".join(f"M{tick.x} {AXIS - 8}V{self.height}" for tick in self.ticks)

    @property
    def has_discrepancy(self) -> bool:
        return any(row.discrepancy for row in self.rows)


KINDS = {"day": "point", "month": "span", "year": "span", "range": "bar"}


def _diamond(x: int, y: int) -> str:
    return f"M{x} {y - 5}l5 5-5 5-5-5z"


def _warning(x: int, y: int) -> str:
    return f"M{x} {y - 6}l6 11h-12z"


def _fit(text: str, room: int) -> str:
    """``text`` cut to ``room`` pixels, with an ellipsis when cut."""
    chars = room // TEXT_WIDTH
    if len(text) <= chars:
        return text
    if chars <= 1:
        return ""
    return text[: chars - 1].rstrip() + "…"


def _axis(
    first: dt.date, last: dt.date, days: DayScale, month_label: Callable[[dt.date], str]
) -> list[AxisTick]:
    months = month_starts(first, last)
    if len(months) > LONG_AXIS_MONTHS:
        months = [month for month in months if month.month == 1] or months[:1]
    months = [month for month in months if month >= first] or months[:1]
    positions = [days.x(month) for month in months]
    labels = [month_label(month) for month in months]
    starts = [min(x + 3, WIDTH - 2 - text_width(label)) for x, label in zip(positions, labels, strict=True)]
    extents = [(start, start + text_width(label)) for start, label in zip(starts, labels, strict=True)]
    kept = set(spaced(extents))
    return [
        AxisTick(x, label if i in kept else "", start)
        for i, (x, label, start) in enumerate(zip(positions, labels, starts, strict=True))
    ]


def timeline_chart(
    items: Sequence[TimelineItem], month_label: Callable[[dt.date], str]
) -> TimelineChart | None:
    """The picture of ``items`` (in timeline order), or None when there is nothing to draw.

    ``month_label`` writes an axis month in the reader's language ("Sep 2023", "Okt 2023")."""
    if not items:
        return None
    periods = [item.period for item in items] + [
        v for item in items if item.discrepancy for v in item.variants
    ]
    first = min(period.start for period in periods)
    last = max(period.last for period in periods)
    days = DayScale(first, last, SIDE + 6, WIDTH - SIDE - 6)
    middle = WIDTH / 2

    dense = len(items) > DENSE_AFTER
    lane_height = ROW + (VARIANT_ROW if any(item.discrepancy for item in items) else 0)
    lane_ends: list[int] = []  # dense: the right edge of the last mark in each lane
    rows: list[Row] = []
    top = AXIS
    for item in items:
        kind = KINDS[item.period.precision]
        x1 = days.x(item.period.start)
        x2 = x1 if kind == "point" else max(days.x(item.period.last), x1 + MIN_BAR)
        shown = [(days.x(v.start), days.x(v.last)) for v in item.variants] if item.discrepancy else []
        if dense:
            left = min([x1, *(x for x, _ in shown)]) - (22 if item.discrepancy else 6)
            right = max([x2, *(x for _, x in shown)]) + 6
            lane = next((n for n, end in enumerate(lane_ends) if end < left), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(right)
            lane_ends[lane] = right
            band, height = AXIS + lane * lane_height, lane_height
        else:
            band, height = top, ROW + (VARIANT_ROW if item.discrepancy else 0)
            left, right = 1, WIDTH - 1
        y = band + ROW // 2
        below = y + VARIANT_ROW
        variants = tuple(VariantMark(x, end, below, _diamond(x, below)) for x, end in shown)
        text = f"{item.date_label} · {item.text}"
        gap = 24 if item.discrepancy else 8
        if dense:
            anchor, label_x, label = "start", x2 + gap, ""
            warning = _warning(x1 - 14, y) if item.discrepancy else ""
        elif (x1 + x2) / 2 <= middle:
            anchor, label_x = "start", x2 + gap
            label = _fit(text, WIDTH - SIDE - label_x)
            warning = _warning(x2 + 14, y) if item.discrepancy else ""
        else:
            anchor, label_x = "end", x1 - gap
            label = _fit(text, label_x - SIDE)
            warning = _warning(x1 - 14, y) if item.discrepancy else ""
        rows.append(
            Row(
                index=item.index,
                y=y,
                kind=kind,
                x1=x1,
                x2=x2,
                variants=variants,
                discrepancy=item.discrepancy,
                warning=warning,
                label=label,
                label_x=label_x,
                anchor=anchor,
                top=band,
                height=height,
                hit_x=left,
                hit_width=right - left,
            )
        )
        top += height
    if dense:
        top = AXIS + len(lane_ends) * lane_height
    return TimelineChart(width=WIDTH, height=top + 6, rows=rows, ticks=_axis(first, last, days, month_label))

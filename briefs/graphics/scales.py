"""Scales shared by the charts: days and numbers to whole pixels, round ticks, and label room.

Coordinates are whole numbers so the SVG stays short; a label's width is estimated from its length
(``TEXT_WIDTH`` per character at the charts' font size), which is enough to keep labels from overlapping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# Average advance of one character of the 12 px sans-serif the charts use; a little generous, so an
# estimated label is never narrower than the drawn one.
TEXT_WIDTH = 7


def text_width(text: str) -> int:
    return len(text) * TEXT_WIDTH


@dataclass(frozen=True, slots=True)
class DayScale:
    """Days from ``first`` to ``last`` onto pixels ``left`` to ``right``; one day alone sits in the middle."""

    first: dt.date
    last: dt.date
    left: int
    right: int

    def x(self, day: dt.date) -> int:
        span = (self.last - self.first).days
        if span <= 0:
            return round((self.left + self.right) / 2)
        return round(self.left + (day - self.first).days * (self.right - self.left) / span)


@dataclass(frozen=True, slots=True)
class NumberScale:
    """Numbers from ``low`` to ``high`` onto pixels ``bottom`` (low) to ``top`` (high): SVG's y grows down."""

    low: Decimal
    high: Decimal
    bottom: int
    top: int

    def y(self, value: Decimal) -> int:
        if self.high == self.low:
            return round((self.bottom + self.top) / 2)
        share = (value - self.low) / (self.high - self.low)
        return round(self.bottom - float(share) * (self.bottom - self.top))


def nice_step(span: Decimal, count: int) -> Decimal:
    """A round step (1, 2 or 5 times a power of ten) that cuts ``span`` into about ``count`` parts."""
    if span <= 0:
        return Decimal(1)
    raw = span / count
    power = Decimal(10) ** (raw.adjusted())
    for factor in (1, 2, 5, 10):
        if power * factor >= raw:
            return power * factor
    return power * 10  # pragma: no cover - the loop always returns


def number_ticks(low: Decimal, high: Decimal, count: int = 4) -> tuple[Decimal, Decimal, list[Decimal]]:
    """Round bounds that hold ``low``..``high`` and the ticks between them: (bottom, top, ticks).

    Counts start at zero, so the bottom is 0 unless a value is negative; the top is the first round
    step at or above ``high`` (one step above zero when everything is zero)."""
    bottom_value = min(low, Decimal(0))
    step = nice_step(high - bottom_value, count)
    bottom = (bottom_value / step).to_integral_value(rounding="ROUND_FLOOR") * step
    top = (high / step).to_integral_value(rounding="ROUND_CEILING") * step
    if top <= bottom:
        top = bottom + step
    ticks = []
    tick = bottom
    while tick <= top:
        ticks.append(Decimal(format(tick.normalize(), "f")) if tick else Decimal(0))  # 500, never 5E+2
        tick += step
    return bottom, top, ticks


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from ``first``'s month to ``last``'s."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def spaced(positions: list[tuple[int, int]], gap: int = 8) -> list[int]:
    """Indexes of the labels kept, in order, so that no two kept ones overlap.

    ``positions``: each label's (left, right) pixels, in drawing order; the first is always kept, and the
    last is kept in place of the one before it when both cannot fit (the end of an axis matters more)."""
    kept: list[int] = []
    for index, (left, _right) in enumerate(positions):
        if kept and left < positions[kept[-1]][1] + gap:
            if index == len(positions) - 1 and len(kept) > 1:
                kept.pop()
                if left < positions[kept[-1]][1] + gap:
                    continue
            else:
                continue
        kept.append(index)
    return kept

"""Event dates with a precision, their labels and sort order, and publication timestamps.

A month-precision date is stored as the first of its month and a year-precision date as 1 January, so a
"Sep 2023" entry has the start date 2023-09-01. Labels are English and locale-independent:
"13 Oct 2023", "Sep 2023", "2023", "7–13 Sep 2023", "7 Sep – 1 Oct 2023", "28 Dec 2023 – 3 Jan 2024".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Finer first: on the same start date a day comes before a range, a range before a month, a month
# before a year.
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class EventDate:
    start: dt.date
    end: dt.date | None  # only for a range
    precision: str  # "day", "month", "year" or "range"

    @property
    def sort_key(self) -> tuple:
        """Start date, then finer precision first, then the earlier end."""
        return (self.start, PRECISION_RANK[self.precision], self.end or self.start)

    @property
    def label(self) -> str:
        return date_label(self.start, self.precision, self.end)

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        """The first and last day the date covers: a month all its days, a range from start to end."""
        return _days(self.start, self.precision, self.end)

    def overlaps(self, other: EventDate) -> bool:
        first, last = self.days
        other_first, other_last = other.days
        return first <= other_last and other_first <= last

    def as_dict(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
        }


def event_date(start: dt.date | None, end: dt.date | None, precision: str) -> EventDate | None:
    """Normalise an event date: coarse dates to the start of their period, an end only for a range."""
    if start is None:
        return None
    if precision == "month":
        return EventDate(start.replace(day=1), None, "month")
    if precision == "year":
        return EventDate(start.replace(month=1, day=1), None, "year")
    if precision == "range" and end is not None and end != start:
        return EventDate(start, end, "range")
    return EventDate(start, None, "day")


@lru_cache(maxsize=4096)
def _days(start: dt.date, precision: str, end: dt.date | None) -> tuple[dt.date, dt.date]:
    if precision == "range" and end is not None:
        return start, end
    if precision == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    if precision == "year":
        return start, dt.date(start.year, 12, 31)
    return start, start


def _day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@lru_cache(maxsize=4096)
def date_label(start: dt.date, precision: str, end: dt.date | None = None) -> str:
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if precision != "range" or end is None or end == start:
        return _day(start)
    if start.year != end.year:
        return f"{_day(start)} – {_day(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} – {_day(end)}"
    return f"{start.day}–{_day(end)}"


def iso_at_precision(value: str, precision: str = "day") -> str:
    """An ISO date cut to its precision: "2023-08-01" at month is "2023-08", at year "2023" (ISO 8601
    reduced precision, which schema.org dates accept); a day stays as it is."""
    if precision == "year":
        return value[:4]
    if precision == "month":
        return value[:7]
    return value


def parse_timestamp(value: str | None) -> dt.datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime; a naive one is read as UTC."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)

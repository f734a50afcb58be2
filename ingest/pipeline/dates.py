"""Find the dates an Indonesian (or English) news text mentions, and fill in missing years.

Indonesian news writes dates in a handful of house styles: "Kamis, 2 Oktober 2025" in page
headers, "Selasa (17/10/2023)" or "Jumat (13 Oktober)" inside the lede, "13 Jun 2023 12:57 WIB"
on bylines. The lede forms usually omit the year, so the year is recovered the way an editor
would: from the weekday (13 October was a Friday in 2023, not in 2024 or 2025), otherwise from
the other dated events of the same text.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

__all__ = [
    "DEFAULT_UTC_OFFSET_MINUTES",
    "PUBLICATION_PRECISIONS",
    "DateMention",
    "ResolvedDate",
    "find_dates",
    "mention_to_datetime",
    "reinfer_years",
]

# How much of a publication date is known: the minute, the day, or only the month (an editor's
# "Nov 2022" for an article that gives no date of its own). No date at all is "unknown".
PUBLICATION_PRECISIONS = ("minute", "day", "month")

# Indonesian news is published on Jakarta time unless it says otherwise.
DEFAULT_UTC_OFFSET_MINUTES = 7 * 60
# KST: Korean outlets' Indonesian editions stamp their pages in Seoul time.
_TZ_OFFSETS = {"wib": 7 * 60, "wita": 8 * 60, "wit": 9 * 60, "kst": 9 * 60, "utc": 0, "gmt": 0, "z": 0}

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agust agu agt ags aug august",
        "september sept sep",
        "oktober okt oct october",
        "november nopember nov nop",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Abbreviations are ambiguous with ordinary words ("Mar", "Sep"), so forms without a day number
# before or after them accept only full month names.
_FULL_MONTHS = {
    name: number
    for name, number in _MONTHS.items()
    if len(name) > 4 or name in {"mei", "may", "juni", "juli", "june", "july"}
}

# Under re.IGNORECASE these also match the ASCII letters of a month name ("deſ", "oKt"), where
# str.lower() does not give them back: fold them as re does before looking the name up.
_RE_CASE_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "senin monday mon",
        "selasa tuesday tues tue",
        "rabu wednesday wed",
        "kamis thursday thurs thur thu",
        "jumat jum'at jum’at jum`at friday fri",
        "sabtu saturday sat",
        "minggu ahad sunday sun",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number


def _alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_WD = rf"(?P<wd>{_alternation(_WEEKDAYS)})"
_MON = rf"(?P<mon>{_alternation(_MONTHS)})"
_FULL_MON = rf"(?P<mon>{_alternation(_FULL_MONTHS)})"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
# A clock time attached to a date: "12:57 WIB", "|17:33 WIB", "/ 11:51 WIB", "• 10:15", ", pukul 10.00 WIB",
# "10:00+07:00", "2:09 PM". "17.33" only counts with a zone, because "pagi. 12.5" is not a time.
_TIME = r"""
    (?:[ ]*[,|/\-–•·]?[ ]*(?:pukul[ ]+|jam[ ]+|at[ ]+)?
       (?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?(?:[ ]*(?P<half>[ap])\.?m\b\.?)?
          (?:[ ]*(?P<tz>WITA|WIB|WIT|KST|UTC|GMT)\b)?
         |(?P<hh2>[01]?\d|2[0-3])\.(?P<mm2>[0-5]\d)[ ]*(?P<tz2>WITA|WIB|WIT|KST|UTC|GMT)\b)
       (?:[ ]*(?P<sign>[+-])(?P<oh>\d\d):?(?P<om>\d\d))?
    )?"""
_FLAGS = re.IGNORECASE | re.VERBOSE

_ISO = re.compile(
    r"""\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)
        (?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?
           (?:(?P<z>Z)|(?P<sign>[+-])(?P<oh>\d\d):?(?P<om>\d\d))?)?(?!\d)""",
    re.VERBOSE,
)
# "Kamis, 2 Oktober 2025", "Selasa, 13 Jun 2023 12:57 WIB", "pada 7 September", "13 October 2023".
_DAY_MONTH = re.compile(
    rf"(?:\b{_WD}[ ]*,?[ ]*)?\b(?P<d>\d{{1,2}})[ ]+{_MON}\b\.?(?:[ ]+{_YEAR}\b)?{_TIME}", _FLAGS
)
# "Jumat (13 Oktober)", "Sabtu (14 Oktober 2023)".
_WD_PAREN_DAY_MONTH = re.compile(
    rf"\b{_WD}[ ]*,?[ ]*\([ ]*(?P<d>\d{{1,2}})[ ]+{_MON}\b\.?(?:[ ]+{_YEAR})?[ ]*\)", _FLAGS
)
# "Selasa (17/10/2023)", "Jumat (13/10)", "(17/10/2023)".
_PAREN_NUMERIC = re.compile(
    rf"(?:\b{_WD}[ ]*,?[ ]*)?\([ ]*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d\d))?[ ]*\)", _FLAGS
)
# "13/06/2023", "13-06-2023", "13.06.2023", "Selasa, 13/06/2023 10:00".
_NUMERIC = re.compile(
    rf"(?:\b{_WD}[ ]*,?[ ]*)?(?<![\d/.-])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})"
    rf"(?P=sep)(?P<y>\d{{4}})(?![\d/]){_TIME}",
    _FLAGS,
)
# "2024/01/12 07:27 KST", "2024.01.12": year first, as Korean and Japanese sites stamp their pages.
_YMD = re.compile(
    rf"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/.]\d){_TIME}",
    _FLAGS,
)
# "date 2023-09": the month stamp a stored copy of a page carries (the day is not kept).
_MONTH_STAMP = re.compile(r"\bdate[ ]+(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])\b(?!-\d)")
# "October 13, 2023", "Friday, Oct. 13".
_MONTH_DAY = re.compile(
    rf"(?:\b{_WD}[ ]*,?[ ]*)?\b{_MON}\b\.?[ ]+(?P<d>\d{{1,2}})(?:st"
    rf"|nd|rd|th)?(?!\d)(?:,?[ ]+{_YEAR}\b)?{_TIME}",
    _FLAGS,
)
# "bulan September", "pada Agustus", "Oktober 2023".
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:bulan|pada|awal|akhir|pertengahan|sejak|hingga|sampai"
    rf"|in|since|early|late)[ ]+{_FULL_MON}\b(?:[ ]+{_YEAR}\b)?"
    rf"|{_FULL_MON.replace('mon>', 'mon2>')}[ ]+(?P<y2>(?:19|20)\d\d)\b)",
    _FLAGS,
)
# "sejak 2017", "tahun 2022", "in 2019" — a bare number is too often a count to be a year.
_YEAR_ONLY = re.compile(
    r"\b(?:tahun|sejak|pada|in|since|hingga|sampai)[ ]+(?P<y>(?:19|20)\d\d)\b(?![.,]\d)", re.I
)

_PATTERNS = (
    _ISO,
    _MONTH_STAMP,
    _YMD,
    _WD_PAREN_DAY_MONTH,
    _PAREN_NUMERIC,
    _DAY_MONTH,
    _NUMERIC,
    _MONTH_DAY,
    _MONTH_ONLY,
    _YEAR_ONLY,
)
# Speed: Python's re tries a pattern that opens with an optional group (the weekday) at every
# position of the text, eight patterns over a whole page, which made find_dates most of the import's
# time. No pattern can match a line break (they allow spaces, never "\n"), so each runs line by line,
# and only over the lines where a cheap trigger finds what every match of that pattern must contain
# (a digit next to a month name, "(" before a digit, ...). A trigger is a necessary condition, never
# a sufficient one: the full pattern still decides, over the whole line, so the matches are the same,
# offsets and all ("\b" and look-behinds at a line's edges see the line break, as before).
# Triggers open with a literal character where they can: re then skips ahead to it in C. A second
# trigger, slower but rarer, is then tried on the few lines the first one leaves.
_MONTH_NAMES = _alternation(_MONTHS)
_PAREN_DIGIT = re.compile(r"\([ ]*\d")
_TRIGGERS: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {
    _ISO: (re.compile(r"-\d\d-\d\d"),),
    _MONTH_STAMP: (re.compile(r"date[ ]+\d{4}-\d"),),
    _YMD: (re.compile(r"\d{4}[/.]\d{1,2}[/.]\d"),),
    _WD_PAREN_DAY_MONTH: (_PAREN_DIGIT,),
    _PAREN_NUMERIC: (_PAREN_DIGIT,),
    # A digit, spaces, a month: found from the first space (a literal), looking back at the digit.
    _DAY_MONTH: (re.compile(rf" (?<=\d )[ ]*(?i:{_MONTH_NAMES})\b"),),
    _NUMERIC: (re.compile(r"[/.-]\d{1,2}[/.-]\d{4}"),),
    # The spaces between the month and the day; then the month itself (all start with these letters).
    _MONTH_DAY: (
        re.compile(r" \d"),
        re.compile(rf"\b(?=[jfpmasond])(?:{_MONTH_NAMES})\b\.?[ ]+\d", re.IGNORECASE),
    ),
    # A space, then the year (after the month) or the month (after "bulan", "pada" ...). A month that
    # does not start with a capital is no mention (see _mention), so only a capital counts here.
    _MONTH_ONLY: (re.compile(rf" (?:(?:19|20)\d\d\b|(?=[JFPMASOND])(?i:{_alternation(_FULL_MONTHS)})\b)"),),
    _YEAR_ONLY: (re.compile(r" (?:19|20)\d\d\b"),),
}
# Most texts handed to find_dates (a byline, a caption, one header line) mention no date at all:
# one scan for any trigger settles those.
_ANY_TRIGGER = re.compile(
    "|".join(
        f"(?i:{trigger.pattern})" if trigger.flags & re.IGNORECASE else f"(?:{trigger.pattern})"
        for trigger in dict.fromkeys(triggers[0] for triggers in _TRIGGERS.values())
    )
)
_LINE = re.compile(r"[^\n]+")

# A weekday repeats on the same day and month at least every 11 years (28 for 29 February).
_WEEKDAY_SEARCH_YEARS = 40


@dataclass(frozen=True)
class DateMention:
    """One date written in a text. Offsets are character offsets into the searched text.

    ``year_source`` says where the year came from: "explicit" (written), "weekday" (the only
    recent year in which that day fell on the written weekday), "context" (the closest other
    dated mention of the text) or "none" (unknown).
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None
    precision: str  # "day" | "month" | "year"
    hour: int | None = None
    minute: int | None = None
    utc_offset_minutes: int | None = None
    weekday: int | None = None  # 0 = Monday, as in date.weekday()
    year_source: str = "explicit"

    @property
    def has_time(self) -> bool:
        return self.hour is not None

    def as_date(self) -> date | None:
        """The calendar day (first of the month/year for coarser mentions), None if year unknown."""
        if self.year is None:
            return None
        return date(self.year, self.month, self.day or 1)


@dataclass(frozen=True)
class ResolvedDate:
    """An aware datetime for a mention; ``time_known`` is False when only the day was written."""

    value: datetime
    time_known: bool


def latest_date_on_earth() -> date:
    """Today where the calendar is furthest ahead (UTC+14). "Today" depends on the zone, and this core
    knows none: an article dated today anywhere, Jakarta's morning included while the server's UTC date is
    still yesterday, must not be pushed a year back for being "after" the reference."""
    return datetime.now(timezone(timedelta(hours=14))).date()


def find_dates(text: str, *, reference_date: date | None = None) -> list[DateMention]:
    """Every date mention in ``text`` in order, with missing years inferred where possible.

    ``reference_date`` (default: today) bounds weekday inference: the inferred year is the most
    recent one, not after the reference date, in which the day fell on the written weekday.
    """
    reference = reference_date or latest_date_on_earth()
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already claimed
    found: list[DateMention] = []
    if _ANY_TRIGGER.search(text) is None:
        return []
    lines = [line.span() for line in _LINE.finditer(text)] if "\n" in text else [(0, len(text))]
    starts = [start for start, _ in lines]
    candidates: dict[tuple[re.Pattern[str], ...], list[tuple[int, int]]] = {}
    for pattern in _PATTERNS:
        triggers = _TRIGGERS[pattern]
        spans = candidates.get(triggers)
        if spans is None:
            spans = _lines_with(triggers[0], text, lines, starts)
            for trigger in triggers[1:]:
                spans = [(start, end) for start, end in spans if trigger.search(text, start, end)]
            candidates[triggers] = spans
        for start, end in spans:
            for match in pattern.finditer(text, start, end):
                span = match.span()
                if _overlaps(taken, span):
                    continue
                mention = _mention(match)
                if mention is not None:
                    bisect.insort(taken, span)
                    found.append(mention)
    found.sort(key=lambda mention: mention.start)
    return _infer_years(found, reference)


def _lines_with(
    trigger: re.Pattern[str], text: str, lines: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int]]:
    """The spans of the lines (in order) where ``trigger`` matches somewhere."""
    indexes = dict.fromkeys(bisect.bisect_right(starts, hit.start()) - 1 for hit in trigger.finditer(text))
    return [lines[index] for index in indexes]


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    position = bisect.bisect_left(taken, span)
    neighbours = taken[max(0, position - 1) : position + 1]
    return any(span[0] < end and start < span[1] for start, end in neighbours)


def mention_to_datetime(
    mention: DateMention, *, default_offset_minutes: int = DEFAULT_UTC_OFFSET_MINUTES
) -> ResolvedDate | None:
    """An aware datetime for ``mention`` (00:00 when no time was written); None without a year."""
    day = mention.as_date()
    if day is None:
        return None
    offset = mention.utc_offset_minutes
    tz = timezone(timedelta(minutes=default_offset_minutes if offset is None else offset))
    value = datetime(day.year, day.month, day.day, mention.hour or 0, mention.minute or 0, tzinfo=tz)
    return ResolvedDate(value=value, time_known=mention.has_time)


def _group(match: re.Match[str], *names: str) -> str | None:
    for name in names:
        if name in match.re.groupindex and match.group(name) is not None:
            return match.group(name)
    return None


def _mention(match: re.Match[str]) -> DateMention | None:
    month_name = _group(match, "mon", "mon2")
    if month_name is not None:
        if match.re is _MONTH_ONLY and not month_name[0].isupper():
            return None  # "mei" in running lowercase text is not trusted without a day number
        month = _MONTHS[month_name.translate(_RE_CASE_FOLDS).lower()]
    elif _group(match, "m") is not None:
        month = int(match.group("m"))
    else:
        month = 1
    year_text = _group(match, "y", "y2")
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000
    day_text = _group(match, "d")
    day = int(day_text) if day_text else None
    precision = "day" if day is not None else ("month" if month_name or _group(match, "m") else "year")
    if not _valid(year, month, day):
        return None
    weekday_name = _group(match, "wd")
    hour, minute, offset = _time(match)
    return DateMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        year=year,
        month=month,
        day=day,
        precision=precision,
        hour=hour,
        minute=minute,
        utc_offset_minutes=offset,
        weekday=_WEEKDAYS.get(weekday_name.lower().replace("’", "'")) if weekday_name else None,
        year_source="explicit" if year is not None else "none",
    )


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    # Without a year, allow 29 February: some leap year will do.
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def _time(match: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    hour_text = _group(match, "hh", "hh2")
    if hour_text is None:
        return None, None, None
    minute = int(_group(match, "mm", "mm2") or 0)
    zone = _group(match, "tz", "tz2", "z")
    offset = _TZ_OFFSETS[zone.lower()] if zone else None
    sign = _group(match, "sign")
    if sign is not None:
        minutes = int(match.group("oh")) * 60 + int(match.group("om"))
        offset = minutes if sign == "+" else -minutes
    hour = int(hour_text)
    half = _group(match, "half")
    if half is not None and hour <= _HALF_DAY:
        # "2:09 PM" is 14:09 and "12:30 AM" is 00:30 on pages that print a twelve-hour clock.
        hour = hour % _HALF_DAY + (_HALF_DAY if half.casefold() == "p" else 0)
    return hour, minute, offset


_HALF_DAY = 12


def reinfer_years(mentions: list[DateMention], *, reference_date: date) -> list[DateMention]:
    """``mentions`` (as ``find_dates`` returned them, in text order) with the years the text leaves out
    inferred again against another reference date, e.g. the page's own date once it is known."""
    unwritten = [
        replace(mention, year=None, year_source="none") if mention.year_source != "explicit" else mention
        for mention in mentions
    ]
    return _infer_years(unwritten, reference_date)


def _infer_years(mentions: list[DateMention], reference: date) -> list[DateMention]:
    by_weekday = [_year_from_weekday(mention, reference) for mention in mentions]
    anchors = [m for m in by_weekday if m.year is not None and m.precision in {"day", "month"}]
    starts = [anchor.start for anchor in anchors]  # in text order, as the mentions are
    return [_year_from_context(mention, anchors, starts) for mention in by_weekday]


def _year_from_weekday(mention: DateMention, reference: date) -> DateMention:
    if mention.year is not None or mention.weekday is None or mention.day is None:
        return mention
    for year in range(reference.year, reference.year - _WEEKDAY_SEARCH_YEARS, -1):
        if not _valid(year, mention.month, mention.day):
            continue
        day = date(year, mention.month, mention.day)
        if day <= reference and day.weekday() == mention.weekday:
            return replace(mention, year=year, year_source="weekday")
    return mention


def _year_from_context(mention: DateMention, anchors: list[DateMention], starts: list[int]) -> DateMention:
    """Give a yearless mention the year that puts it closest to the nearest dated mention."""
    if mention.year is not None or not anchors:
        return mention
    # The nearest anchor is the last one before the mention or the first one after it (the earlier
    # on a tie, as a scan of every anchor would pick): a scan made long texts quadratic.
    position = bisect.bisect_left(starts, mention.start)
    nearby = anchors[max(0, position - 1) : position + 1]
    anchor = min(nearby, key=lambda other: abs(other.start - mention.start))
    anchor_day = anchor.as_date()
    if anchor_day is None:  # pragma: no cover - anchors always have a year
        return mention
    candidates = [
        date(year, mention.month, mention.day or 1)
        for year in (anchor_day.year - 1, anchor_day.year, anchor_day.year + 1)
        if _valid(year, mention.month, mention.day)
    ]
    if not candidates:
        return mention
    best = min(candidates, key=lambda day: abs((day - anchor_day).days))
    return replace(mention, year=best.year, year_source="context")

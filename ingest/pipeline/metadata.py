"""What an editor records about an article: headline, authors, editor, date, dateline, sources.

Every field is read from the labelled lines (see ``classify``); HTML metadata, when there is
some, wins over text rules. The publication date comes with where it was found, a confidence
and a note, because pasted pages are full of dates that are not publication dates: a site
header's "today", event dates in the lede, dates in captions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ingest.pipeline.citations import find_citations
from ingest.pipeline.classify import CONTENT, LineLabel, parse_byline, strip_tags
from ingest.pipeline.dateline import parse_dateline
from ingest.pipeline.dates import DateMention, find_dates, mention_to_datetime
from ingest.pipeline.language import detect_language
from ingest.pipeline.outlets import OutletProfile, known_names

if TYPE_CHECKING:
    from ingest.pipeline.html import HtmlExtract

__all__ = ["ArticleMetadata", "extract_metadata"]

# A header date this long after the latest dated event of the text is a display date.
_DISPLAY_DATE_GAP = timedelta(days=90)
# A date-only header line at the very top is corroborated by an event this close before it.
_CORROBORATION_GAP = timedelta(days=14)
_LEDE_LINES = 2
_CONFIDENCE = {
    "html": 0.95,
    "byline_time": 0.95,
    "byline_day": 0.8,
    "header_time": 0.9,
    "header_day": 0.75,
    "lede": 0.6,
    "weekday": 0.5,
    "context": 0.35,
    "display": 0.15,
}
_INITIALS = re.compile(r"^[A-Za-z]{1,5}$")
_NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.-]*$")
_SOURCE_LINE = re.compile(r"^(?:sumber|source)[ ]*:[ ]*(?P<sources>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleMetadata:
    """Metadata of one article. ``published_at_source`` is "html", "byline", "header", "lede",
    "inferred" or "none"; ``published_at_precision`` is "time" or "day" (what the text wrote; "" without
    a date); ``published_at_display_date`` marks a header date that is probably the site's display date
    (today's date on the page), not the article's; ``page_date`` is the date the page prints in its header."""

    title: str | None = None
    byline: tuple[str, ...] = ()
    editor: str | None = None
    published_at: datetime | None = None
    published_at_source: str = "none"
    published_at_confidence: float = 0.0
    published_at_note: str = "No date found"
    published_at_precision: str = ""
    published_at_display_date: bool = False
    dateline: str | None = None
    language: str = "und"
    cited_outlets: tuple[str, ...] = ()
    outlet_key: str | None = None
    page_date: datetime | None = None


@dataclass(frozen=True)
class _DateChoice:
    value: datetime | None
    source: str
    confidence: float
    note: str
    precision: str = ""
    display_date: bool = False


def extract_metadata(
    labels: Sequence[LineLabel],
    *,
    profiles: Sequence[OutletProfile],
    outlet: OutletProfile | None = None,
    reference_date: date | None = None,
    html: HtmlExtract | None = None,
) -> ArticleMetadata:
    """Metadata from labelled lines (``classify_lines``), with HTML metadata taking precedence."""
    names = known_names(profiles)
    content = [label for label in labels if label.kind == CONTENT]
    lead = content[0].index if content else len(labels)
    header = [label for label in labels if label.index < lead]
    byline, editor = _people(labels, names, outlet)
    if html is not None and html.author:
        byline = _split_people(html.author) or byline
    mentions = _mentions_by_line(labels, reference_date)
    choice, page_date = _publication_date(labels, header, content, mentions)
    if html is not None and html.published_at is not None:
        choice = _DateChoice(
            html.published_at,
            "html",
            _CONFIDENCE["html"],
            "Publication time from the HTML metadata",
            html.published_precision,
        )
    title = next((strip_tags(label.text) for label in header if label.reason == "title"), None)
    if html is not None and html.title:
        title = strip_tags(html.title)
    body_text = "\n".join(label.text for label in content)
    return ArticleMetadata(
        title=title or None,
        byline=byline,
        editor=editor,
        published_at=choice.value,
        published_at_source=choice.source,
        published_at_confidence=choice.confidence,
        published_at_note=choice.note,
        published_at_precision=choice.precision if choice.value is not None else "",
        published_at_display_date=choice.display_date,
        dateline=_dateline(content, names),
        language=detect_language(body_text),
        cited_outlets=find_citations(
            [(label.index, label.text) for label in content],
            profiles=profiles,
            source_lines=[(label.index, label.text) for label in labels if label.reason == "source_credit"],
            publisher=outlet,
        ),
        outlet_key=outlet.key if outlet else None,
        page_date=page_date,
    )


# --- people -------------------------------------------------------------------------------------


def _people(
    labels: Sequence[LineLabel], names: frozenset[str], outlet: OutletProfile | None
) -> tuple[tuple[str, ...], str | None]:
    authors: list[str] = []
    editor: str | None = None
    for label in labels:
        if label.reason != "byline":
            continue
        parsed = parse_byline(label.text, names)
        if parsed is None:
            continue
        role, people = parsed
        if role == "editor":
            editor = editor or ", ".join(people)
        else:
            authors.extend(person for person in people if person not in authors)
    signoff = next((label.text for label in reversed(labels) if label.reason == "signoff"), None)
    role = outlet.signoff_role if outlet else None
    if signoff is not None and role is not None:
        signed = _signoff_person(signoff, role)
        if role in {"editor", "initials"}:
            editor = editor or signed
        elif role == "author" and signed and not authors:
            authors.append(signed)
    if editor is None:
        editor = _editor_from_source_line(labels)
    return tuple(authors), editor


def _signoff_person(signoff: str, role: str) -> str | None:
    """The person a sign-off names, per the outlet's convention.

    "initials": "(nvc/ita)" is writer/editor, so the editor is the last set ("ita").
    "editor": "(Susi Susanti)" is the editor's name. "author": "(Tribunnews.com/Whiesa)" names
    the writer after the outlet.
    """
    inner = signoff.strip("()[] ")
    parts = [part.strip() for part in inner.split("/") if part.strip()]
    if not parts:
        return None
    if role == "initials":
        last = parts[-1]
        return last if len(parts) >= 2 and _INITIALS.match(last) else None
    candidate = parts[-1]
    words = candidate.split()
    return candidate if words and all(_NAME_WORD.match(word) for word in words) else None


def _editor_from_source_line(labels: Sequence[LineLabel]) -> str | None:
    """ "Sumber : CNA/SL": a wire credit followed by the initials of whoever edited the copy."""
    for label in labels:
        if label.reason != "source_credit":
            continue
        match = _SOURCE_LINE.match(label.text)
        if match is None or "/" not in match.group("sources"):
            continue
        initials = match.group("sources").rsplit("/", 1)[1].strip(" .")
        if _INITIALS.match(initials) and (initials.isupper() or initials.islower()) and len(initials) <= 4:
            return initials
    return None


def _split_people(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|&|;|\band\b|\bdan\b)\s*", text)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


# --- dateline -----------------------------------------------------------------------------------


def _dateline(content: Sequence[LineLabel], names: frozenset[str]) -> str | None:
    if not content:
        return None
    parsed = parse_dateline(content[0].text, known_names=names)
    return parsed.place if parsed else None


# --- publication date ---------------------------------------------------------------------------


def _mentions_by_line(
    labels: Sequence[LineLabel], reference_date: date | None
) -> dict[int, list[DateMention]]:
    """Date mentions of the whole page (so yearless dates borrow years page-wide), per line."""
    text = "\n".join(label.text for label in labels)
    starts: list[int] = []
    offset = 0
    for label in labels:
        starts.append(offset)
        offset += len(label.text) + 1
    by_line: dict[int, list[DateMention]] = {}
    line = 0
    for mention in find_dates(text, reference_date=reference_date):
        while line + 1 < len(starts) and starts[line + 1] <= mention.start:
            line += 1
        by_line.setdefault(labels[line].index, []).append(mention)
    return by_line


def _publication_date(
    labels: Sequence[LineLabel],
    header: Sequence[LineLabel],
    content: Sequence[LineLabel],
    mentions: dict[int, list[DateMention]],
) -> tuple[_DateChoice, datetime | None]:
    """Best publication date and the page's own header date: byline > header > lede > display date."""
    byline = _first_day(header, mentions, {"byline"})
    header_date = _first_day(header, mentions, {"page_date"})
    page = byline or header_date
    page_value = _value(page[1]) if page else None
    dated_lines = {label.index for label in header if label.reason in {"byline", "page_date"}}
    latest_event = _latest_event(mentions, dated_lines)
    if byline is not None:
        return _from_page(byline[1], "byline", "on the byline line"), page_value
    display: _DateChoice | None = None
    if header_date is not None:
        label, mention = header_date
        reason = _display_reason(label, mention, labels, latest_event)
        if reason is None:
            return _from_page(mention, "header", "in the page header"), page_value
        note = (
            f"'{mention.text}' in the page header {reason}: "
            "probably the site's display date, not the publication date"
        )
        display = _DateChoice(
            _value(mention), "header", _CONFIDENCE["display"], note, _precision(mention), display_date=True
        )
    lede_lines = [label for label in content if label.reason != "dateline"][:_LEDE_LINES]
    lede = _first_day(lede_lines, mentions, None)
    if lede is not None:
        return _from_lede(lede[1]), page_value
    if display is not None:
        return display, page_value
    return _DateChoice(None, "none", 0.0, "No publication date found"), page_value


def _first_day(
    labels: Sequence[LineLabel], mentions: dict[int, list[DateMention]], reasons: set[str] | None
) -> tuple[LineLabel, DateMention] | None:
    for label in labels:
        if reasons is not None and label.reason not in reasons:
            continue
        for mention in mentions.get(label.index, ()):
            if mention.precision == "day" and mention.year is not None:
                return label, mention
    return None


def _value(mention: DateMention) -> datetime | None:
    resolved = mention_to_datetime(mention)
    return resolved.value if resolved else None


def _precision(mention: DateMention) -> str:
    return "time" if mention.has_time else "day"


def _latest_event(mentions: dict[int, list[DateMention]], excluded_lines: set[int]) -> date | None:
    """Latest date of the text with a written or weekday-proven year (not the page's own dates)."""
    latest: date | None = None
    for line, found in mentions.items():
        if line in excluded_lines:
            continue
        for mention in found:
            if mention.year_source not in {"explicit", "weekday"}:
                continue
            day = _end_of(mention)
            latest = day if latest is None or day > latest else latest
    return latest


def _end_of(mention: DateMention) -> date:
    year = mention.year or 1
    if mention.precision == "year":
        return date(year, 12, 31)
    if mention.precision == "month":
        following = date(year + (mention.month == 12), mention.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(year, mention.month, mention.day or 1)


def _display_reason(
    label: LineLabel, mention: DateMention, labels: Sequence[LineLabel], latest_event: date | None
) -> str | None:
    day = mention.as_date()
    if day is None:
        return None
    if latest_event is not None and day - latest_event > _DISPLAY_DATE_GAP:
        return f"is later than every event in the text (latest {latest_event.isoformat()})"
    first_line = next((other.index for other in labels if other.text), None)
    corroborated = latest_event is not None and day - latest_event <= _CORROBORATION_GAP
    if label.index == first_line and not mention.has_time and not corroborated:
        return "sits above the headline without a time and no event in the text is close to it"
    return None


def _from_page(mention: DateMention, source: str, where: str) -> _DateChoice:
    if mention.year_source != "explicit":
        return _DateChoice(
            _value(mention),
            "inferred",
            _CONFIDENCE["weekday"],
            f"'{mention.text}' {where}; the year is not written and was inferred from the "
            f"{mention.year_source}",
            _precision(mention),
        )
    timed = "time" if mention.has_time else "day"
    note = f"'{mention.text}' {where}" + ("" if mention.has_time else "; time not given")
    return _DateChoice(_value(mention), source, _CONFIDENCE[f"{source}_{timed}"], note, _precision(mention))


def _from_lede(mention: DateMention) -> _DateChoice:
    note = f"No dated byline or page header; date '{mention.text}' from the first paragraph, time unknown"
    if mention.year_source == "explicit":
        return _DateChoice(_value(mention), "lede", _CONFIDENCE["lede"], note, "day")
    return _DateChoice(
        _value(mention),
        "inferred",
        _CONFIDENCE[mention.year_source],
        f"{note}; year inferred from the {mention.year_source}",
        "day",
    )

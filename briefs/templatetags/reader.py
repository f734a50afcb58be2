"""Template helpers for the reader pages: dates with their precision, and the editors' translations, in
the reader's language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import groupby

from django import template
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from briefs.actor_names import indonesian_actor_names
from briefs.assembly.dates import iso_at_precision
from briefs.jsonld import key_point_jsonld as build_key_point_jsonld
from briefs.quotation_marks import quotes_within_a_quote
from briefs.units import unit_parts
from ingest.date_notes import localise_date_note

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


#: A moment on every reader page: day, month, year, time and zone, in the interface language's own way
#: ("7 Dec 2026, 10:41 WIB", "7 Des 2026, 10.41 WIB": Indonesian writes the time with a dot).
MOMENT_FORMATS = {"en": "j M Y, H:i T", "id": "j M Y, H.i T"}


@register.filter
def moment(value: datetime | str | None) -> str:
    """A point in time (a publication, an article's minute) in TIME_ZONE, with the zone's name."""
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)  # stored moments are UTC; a bare one read back raw is too
    value = timezone.localtime(value)
    return date_format(value, MOMENT_FORMATS.get(get_language(), MOMENT_FORMATS["en"]))


@register.filter
def precise_date(value, precision: str = "day") -> str:
    """'13 Okt 2023', 'Sep 2023' or '2023', following the active language."""
    day = _as_date(value)
    if day is None:
        return ""
    if precision == "year":
        return date_format(day, "Y")
    if precision == "month":
        return date_format(day, "M Y")
    return date_format(day, "j M Y")


@register.filter
def said_on_iso(statement: dict) -> str:
    """A statement's ``<time datetime>`` at its precision: '2023-08' for a month, '2023' for a year."""
    return iso_at_precision(statement["said_on"], statement.get("said_on_precision", "day"))


@register.filter
def said_on_label(statement: dict) -> str:
    """When a statement was said, at its precision: '13 Okt 2023', 'Agu 2023' or '2023'."""
    return precise_date(statement["said_on"], statement.get("said_on_precision", "day"))


@register.simple_tag
def date_span(start, end=None, precision: str = "day") -> str:
    """A date or a range with its precision, e.g. '7 Sep 2023 – 1 Okt 2023'."""
    first = precise_date(start, "day" if precision == "range" else precision)
    if end and precision == "range":
        return _("%(start)s – %(end)s") % {"start": first, "end": precise_date(end, "day")}
    return first


@register.simple_tag
def publication_date(published) -> str:
    """A source's publication date at its precision: '27 Okt 2023, 17.33 WIB', '17 Okt 2023', 'Nov 2022'.

    ``published`` is a snapshot's ``{"value", "precision"}`` or a live ``Source.publication_date()``."""
    if isinstance(published, dict):
        value, precision = published.get("value"), published.get("precision")
    else:
        value, precision = getattr(published, "value", None), getattr(published, "precision", None)
    if not value:
        return _("date unknown")
    if precision == "minute":
        return moment(value)
    if precision == "month":
        return date_format(date.fromisoformat(f"{value[:7]}-01"), "M Y")
    if precision == "year":  # a claim's said_on (search hits); sources are never year-precise
        return str(value)[:4]
    return date_format(date.fromisoformat(value[:10]), "j M Y")


def _qualified(qualifier: str, amount: str) -> str:
    if qualifier == "about":
        return pgettext("figure", "about %(amount)s") % {"amount": amount}
    if qualifier == "at_least":
        return pgettext("figure", "at least %(amount)s") % {"amount": amount}
    if qualifier == "more_than":
        return pgettext("figure", "more than %(amount)s") % {"amount": amount}
    if qualifier == "up_to":
        return pgettext("figure", "up to %(amount)s") % {"amount": amount}
    if qualifier == "less_than":
        return pgettext("figure", "fewer than %(amount)s") % {"amount": amount}
    return amount


def unit_markup(unit: str, value: Decimal, original_language: str = "en") -> SafeString:
    """A figure's unit in the page's language as far as the vocabulary knows it (``briefs.units``); the
    words it cannot know ("from the Ukrainian border") as the editor wrote them, in the brief's language,
    marked with it on a page in another language."""
    label, rest = unit_parts(unit, value)
    if rest and get_language() != original_language:
        rest = format_html('<span lang="{}">{}</span>', original_language, rest)
    return format_html_join(" ", "{}", ((part,) for part in (label, rest) if part))


@register.simple_tag
def figure_amount(figure: dict, original_language: str = "en") -> SafeString:
    """'more than 1,000 containers' in English, 'lebih dari 1.000 kontainer' in Indonesian: the qualifier,
    the number and the unit (``unit_markup``)."""
    value = Decimal(figure["value"])
    amount = number_format(value, use_l10n=True, force_grouping=True)
    return format_html(
        "{} {}",
        _qualified(figure["qualifier"], amount),
        unit_markup(figure["unit"], value, original_language),
    )


HINT_WORDS = 4


def _opening(quote: str, words: int) -> str:
    found = quote.split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


@register.filter
def citation_chips(citations: list[dict], page_language: str = "") -> list[dict]:
    """The citations of one row as chips: ``{"citation", "hint", "hint_language", "number"}``. Two chips of
    the same outlet would read alike ("EGINDO.co", "EGINDO.co"), so each of them gets a hint, the opening
    words of its quote, and a number when those openings are the same too; a chip of an outlet cited once
    gets none. The hint is taken from the quote the chip opens to: the English rendering on a page that is
    not Indonesian when there is one, else the original words."""
    by_outlet: dict[str, int] = {}
    for citation in citations:
        by_outlet[citation["outlet"]] = by_outlet.get(citation["outlet"], 0) + 1
    chips = []
    for citation in citations:
        english = page_language != "id" and citation.get("quote_english")
        quote, language = (citation["quote_english"], "en") if english else (citation["quote"], "id")
        chips.append(
            {
                "citation": citation,
                "hint": _opening(quote, HINT_WORDS) if by_outlet[citation["outlet"]] > 1 else None,
                "hint_language": language,
                "number": None,
            }
        )
    openings: dict[tuple[str, str], list[dict]] = {}
    for chip in chips:
        if chip["hint"] is not None:
            openings.setdefault((chip["citation"]["outlet"], chip["hint"]), []).append(chip)
    for same in openings.values():
        if len(same) > 1:
            for number, chip in enumerate(same, start=1):
                chip["number"] = number
    return chips


@register.filter
def key_point_jsonld(page, request) -> SafeString:
    """The JSON-LD block of a key point's page (briefs/jsonld.py)."""
    return ld_json(build_key_point_jsonld(revision=page.revision, point=page.point, request=request))


@register.filter
def first_few(items: list, limit: int | str | None) -> list:
    """The first ``limit`` items; all of them when the limit is 0 or none (the key point page, the preview)."""
    limit = int(limit or 0)
    return list(items)[:limit] if limit else list(items)


@register.filter
def citations_by_source(citations: list[dict]) -> list[list[dict]]:
    """Runs of consecutive citations of one source: the timeline names the outlet once and numbers the
    source's further quotes ("EGINDO.co · quote 2")."""
    return [list(run) for _, run in groupby(citations, key=lambda citation: citation["source_id"])]


@register.filter
def as_datetime(value) -> datetime | None:
    """An ISO 8601 string from a snapshot as an aware datetime (templates then show it in TIME_ZONE)."""
    if not value:
        return None
    return datetime.fromisoformat(str(value))


@register.filter
def nested_quotes(text: str) -> str:
    """A quote's own double quotation marks made single (briefs/quotation_marks.py); plain text."""
    return quotes_within_a_quote(text)


@register.filter
def ld_json(value) -> SafeString:
    """A <script type="application/ld+json"> block; <, > and & are escaped so text cannot end the script."""
    payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(
        _JSON_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above


@dataclass(frozen=True)
class ReaderText:
    """A text as a page in the active language shows it: its words, their language, and whether the page
    wanted a translation that the editors have not written yet."""

    text: str
    lang: str
    untranslated: bool


@register.simple_tag
def in_page_language(original: str, indonesian: str | None, original_language: str = "en") -> ReaderText:
    """The editors' Indonesian version on an Indonesian page, else the original; an Indonesian page that
    has to show a text in another language because nobody translated it yet says so (``untranslated``)."""
    if get_language() != "id" or original_language == "id":
        return ReaderText(original or "", original_language, False)
    if indonesian and indonesian.strip():
        return ReaderText(indonesian, "id", False)
    return ReaderText(original or "", original_language, bool(original))


@register.simple_tag
def timeline_text(entry: dict, key_points: list[dict], original_language: str = "en") -> ReaderText:
    """A timeline entry's words in the page's language. An entry that tells its key point's own event
    reads as that key point's statement, so an Indonesian page shows the editors' Indonesian statement;
    an entry told by a claim's paraphrase has no translation: it stays as written, marked untranslated."""
    home = next((point for point in key_points if point["id"] == entry.get("key_point_id")), None)
    if home is not None and home["statement"] == entry["text"]:
        return in_page_language(home["statement"], home.get("statement_indonesian"), original_language)
    return in_page_language(entry["text"], None, original_language)


@register.filter
def date_note(note: str) -> str:
    """The importer's note on a publication date, in the reader's language (ingest/date_notes.py)."""
    return localise_date_note(note)


@register.simple_tag
def history_text(change: dict, part: str, wording, kind: str, original_language: str = "en") -> ReaderText:
    """A word of the public history (``change[part]``: a key point's statement, an actor's name, a place,
    a route) in the page's language, looked up by what the change is about (``HistoryWording.words``).
    A statement nobody translated is marked, like on the brief page; a name without an Indonesian one is
    the name, unmarked; a route the wording does not know stays as the history states it."""
    text = change.get(part) or ""
    found = wording.words(change, part, kind) if wording else None
    if kind == "statement":
        return in_page_language(text, found, original_language)
    if found:
        return ReaderText(found, get_language() if kind == "route" else "id", False)
    return ReaderText(text, "en", False)


@register.simple_tag
def history_item(change: dict, wording):
    """The figure or timeline entry a history change is about, as published, for the page to word as the
    brief page does; None on a page that shows the history's own words (English)."""
    return wording.item(change) if wording else None


@register.simple_tag
def discrepancy_subject(change: dict, language: str = "en") -> SafeString:
    """What sources disagree on, as a history entry names it: the figure's unit in the page's language as
    the key figures word it ("kontainer"); a date disagreement names no subject (the sentence says it)."""
    kind, subject = change["key"]
    if kind == "date":
        return format_html("")
    return unit_markup(subject or "", Decimal(2), language)


@register.filter
def in_its_language(shown: ReaderText) -> SafeString:
    """A text inside a sentence of the interface ("History of …"), in a span that names its language."""
    return format_html('<span lang="{}">{}</span>', shown.lang, shown.text)


@register.simple_tag
def actor_names(content: dict) -> dict[str, str]:
    """The Indonesian names of a publication's actors for an Indonesian page (``briefs/actor_names.py``);
    none on other pages, which name actors as written."""
    if get_language() != "id":
        return {}
    return indonesian_actor_names(content)


@register.simple_tag
def actor_name(name: str, names: dict[str, str] | None) -> ReaderText:
    """An actor's name in the page's language: its published Indonesian name on an Indonesian page where
    there is one, else the name as written, unmarked (a person's name reads the same)."""
    indonesian = (names or {}).get(name)
    return ReaderText(indonesian, "id", False) if indonesian else ReaderText(name or "", "en", False)


@register.filter
def lang_marked(shown: ReaderText) -> SafeString:
    """A text in the page's flow: as it is when it is in the page's language, else in a span naming its
    language, so a screen reader switches voice only where it must."""
    if shown.lang == get_language():
        return format_html("{}", shown.text)
    return in_its_language(shown)

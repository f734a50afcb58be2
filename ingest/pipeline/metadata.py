"""What an editor records about an article: headline, authors, editor, date, dateline, sources.

Every field is read from the labelled lines (see ``classify``); HTML metadata, when there is
some, wins over text rules. The publication date comes with where it was found, a confidence
and a note, because pasted pages are full of dates that are not publication dates: a site
header's "today", event dates in the lede, dates in captions. Every field also keeps its
provenance (:class:`Provenance`): the line it was read from, how, and how sure the rule is, so
that an editor can see where a value came from before trusting it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ingest.pipeline.bylines import parse_credits
from ingest.pipeline.citations import find_credits, site_byline
from ingest.pipeline.classify import CONTENT, LineLabel
from ingest.pipeline.dateline import parse_dateline, squash
from ingest.pipeline.dates import (
    DEFAULT_UTC_OFFSET_MINUTES,
    DateMention,
    find_dates,
    mention_to_datetime,
    reinfer_years,
)
from ingest.pipeline.language import detect_language
from ingest.pipeline.outlets import OutletProfile, known_names
from ingest.pipeline.patterns import strip_tags
from ingest.pipeline.publisher import OutletSighting, Publisher, publisher_keys

if TYPE_CHECKING:
    from ingest.pipeline.html import HtmlExtract

__all__ = ["ArticleMetadata", "Provenance", "extract_metadata"]

# A header date this long after the latest dated event of the text is a display date.
_DISPLAY_DATE_GAP = timedelta(days=90)
# A date-only header line at the very top is corroborated by an event this close before it.
_CORROBORATION_GAP = timedelta(days=14)
_LEDE_LINES = 2
_LEDE_WORDS = 45
_SENTENCE_LINE_WORDS = 15
_CONFIDENCE = {
    "html": 0.95,
    "byline_time": 0.95,
    "byline_day": 0.8,
    "header_time": 0.9,
    "header_day": 0.75,
    "stamp_lede": 0.75,
    "stamp": 0.6,
    "lede": 0.6,
    # The day in the page's address ("/2024/12/27/"), when the page prints none: a guess an editor
    # confirms, since the address is not the page's own statement of its date (a repost keeps its own).
    "address": 0.4,
    "weekday": 0.5,
    # A year from the weekday alone, which neither the text nor the address confirms.
    "weekday_only": 0.45,
    # A lede date without a weekday ("pada 24 Februari 2022") dates background as often as news.
    "lede_plain": 0.45,
    # The latest day the body dates news in full when neither the page nor the lede dates anything.
    "body_day": 0.45,
    # A lede date months away from the year and month the page's address is filed under.
    "contradicted": 0.3,
    "context": 0.35,
    # Only a "Diperbarui …" stamp: the day of the last update, the publication on or before it.
    "updated": 0.45,
    "display": 0.15,
}
_FIELD_CONFIDENCE = {
    "title_html": 0.95,
    "title_marked": 0.9,
    "title": 0.75,
    "people": 0.8,
    "signoff": 0.6,
    "dateline": 0.9,
    "correction": 0.9,
    "cited_known": 0.85,
    "cited_unknown": 0.6,
    "cited_source_line": 0.9,
    "url": 1.0,
    "url_html": 0.9,
}
_INITIALS = re.compile(r"^[A-Za-z]{1,5}$")
_NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.-]*$")
_SOURCE_LINE = re.compile(r"^(?:sumber|source)[ ]*:[ ]*(?P<sources>.+)$", re.IGNORECASE)
# A clock time printed apart from its date: "10:15 WIB" on a byline, "Kamis, 2/10/2025 | 10.15 WIB".
_LONE_TIME = re.compile(
    r"(?<![\d:.])(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?![\d:])[ ]*(?P<tz>WITA|WIB|WIT|KST)\b",
    re.IGNORECASE,
)
_TZ = {"wib": 7 * 60, "wita": 8 * 60, "wit": 9 * 60, "kst": 9 * 60}
# Words that make a date in the lede background rather than news: "sejak … pada 24 Februari 2022".
_BACKGROUND_CUE = re.compile(
    r"\b(?:sejak|semenjak|since|hingga|sampai|sebelum|sebelumnya|before|earlier|previously|tahun lalu|lalu pada|"
    r"dimulai)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]")
# A date these words open runs up to the time of writing: "sejak tahun 2024", "since 2022".
_ONGOING_CUE = re.compile(r"\b(?:sejak|semenjak|since)\b[^,.;]*$", re.IGNORECASE)
_ONGOING_REACH = 40
# "dikutip Aljazirah, Senin (18/9)", "dilansir dari Yonhap, Kamis (1/5)": a citing verb, a name, the day.
# "…," katanya pada Jumat (25/4/2025): a statement the copy reports was made that day, so the copy is no older.
_REPORT_CUE = re.compile(
    r"\b(?:(?:dikutip|mengutip|dilansir|melansir)\b(?:[ ]+(?:dari|oleh))?(?:[ ]+[\w.&'’-]+){0,4}[ ,]*"
    r"|(?:kata|ujar|tambah|ungkap|tegas|jelas)(?:nya)?[ ]+pada[ ]+)$",
    re.IGNORECASE,
)
_REPORT_REACH = 60
_REPORT_PARAGRAPHS = 4
_REPORT_LAG_DAYS = 7
# A stored copy's own stamp with its day: "date 2025-09-02" alone on its line.
_STORED_STAMP = re.compile(r"^date[ ]+(?:19|20)\d\d-\d\d-\d\d$")
_MAX_PROVENANCE_TEXT = 300


@dataclass(frozen=True)
class Provenance:
    """Where one extracted value came from: ``line`` is 1-based in the normalised page (None when the
    value came from the page's address or its HTML metadata), ``text`` that line or address, ``how``
    the rule in a few words, ``confidence`` between 0 and 1."""

    field: str
    value: str
    line: int | None
    text: str
    how: str
    confidence: float


@dataclass(frozen=True)
class ArticleMetadata:
    """Metadata of one article. ``published_at_source`` is "html", "byline", "header", "lede",
    "inferred" or "none"; ``published_at_precision`` is "minute", "day" or "month" (what the text wrote; ""
    without a date); ``published_at_display_date`` marks a header date that is probably the site's display
    date (today's date on the page), not the article's; ``page_date`` is the date the page itself prints in
    its header.

    ``outlet_key`` names a registry outlet; ``new_outlet`` is an outlet the page reveals that the
    registry lacks. ``correction_notice`` holds the article's editorial notes and corrections
    (they stay in the body too). ``url`` is the page's address when one was given or found.
    """

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
    new_outlet: OutletSighting | None = None
    correction_notice: str = ""
    url: str | None = None
    provenance: tuple[Provenance, ...] = field(default=())


@dataclass(frozen=True)
class _DateChoice:
    value: datetime | None
    source: str
    confidence: float
    note: str
    precision: str = ""
    line: LineLabel | None = None
    display_date: bool = False
    # The year comes from the weekday alone ("Jumat (7/1)"), no written year of the text agreeing.
    weekday_year_only: bool = False


def extract_metadata(
    labels: Sequence[LineLabel],
    *,
    profiles: Sequence[OutletProfile],
    outlet: OutletProfile | None = None,
    publisher: Publisher | None = None,
    reference_date: date | None = None,
    html: HtmlExtract | None = None,
    url: str | None = None,
) -> ArticleMetadata:
    """Metadata from labelled lines (``classify_lines``), with HTML metadata taking precedence.

    ``publisher`` (see ``publisher.identify_publisher``) is who published the page; ``outlet`` is
    the shorter way of saying it is a registry outlet, for callers that know no more.
    """
    if publisher is None and outlet is not None:
        publisher = Publisher(outlet, None, None, "", "given", 1.0)
    outlet = publisher.profile if publisher is not None else None
    names = known_names(profiles)
    keys = publisher_keys(publisher)
    content = [label for label in labels if label.kind == CONTENT]
    article = [label for label in content if label.reason != "correction"]
    lead = article[0].index if article else len(labels)
    header = [label for label in labels if label.index < lead]
    provenance: list[Provenance] = []

    byline, editor, people = _people(labels, names, outlet)
    if html is not None and html.author:
        byline = _split_people(html.author) or byline
        people = [p for p in people if p.field != "byline"] + [
            _from_html("byline", ", ".join(byline), "author in the HTML metadata", 0.95)
        ]
    provenance.extend(people)

    choice, page_date = _publication_date(labels, header, content, reference_date)
    choice = _checked_against_address(choice, url)
    choice = _weekday_year_checked(choice, url)
    choice = _stamp_checked_against_address(choice, url)
    if choice.value is None:
        choice = _from_address(url) or choice
    if html is not None and html.published_at is not None:
        choice = _DateChoice(
            html.published_at,
            "html",
            _CONFIDENCE["html"],
            "Publication time from the HTML metadata",
            html.published_precision,
        )
    if choice.value is not None:
        where: tuple[int | None, str] = (
            _line_provenance(choice.line) if choice.line is not None else (None, "HTML metadata")
        )
        provenance.append(
            Provenance("published_at", choice.value.isoformat(), *where, choice.note, choice.confidence)
        )

    title_label = next((label for label in header if label.reason == "title"), None)
    title = _without_source_credit(strip_tags(title_label.text), header) if title_label is not None else None
    if html is not None and html.title:
        title = strip_tags(html.title)
        provenance.append(_from_html("title", title, "og:title or <title> of the HTML page", 0.95))
    elif title_label is not None and title:
        marked = any(label.reason == "duplicate_title" for label in header) or _above_stamp(
            title_label, header
        )
        confidence = _FIELD_CONFIDENCE["title_marked" if marked else "title"]
        how = "headline above the byline or repeated" if marked else "most headline-like line of the header"
        provenance.append(Provenance("title", title, *_line_provenance(title_label), how, confidence))

    dateline, dateline_label = _dateline(article, names, keys)
    if dateline and dateline_label is not None:
        provenance.append(
            Provenance(
                "dateline",
                dateline,
                *_line_provenance(dateline_label),
                "place before the lead's dash",
                _FIELD_CONFIDENCE["dateline"],
            )
        )

    credits = find_credits(
        [(label.index, label.text) for label in content],
        profiles=profiles,
        source_lines=[(label.index, label.text) for label in labels if label.reason == "source_credit"],
        publisher=outlet,
        publisher_keys=keys,
        credit_lines=[(label.index, label.text) for label in header],
        # A sign-off closes the article; one above the lead ends a caption there: "(Antara)" is its photo credit.
        signoff_lines=[
            (label.index, label.text) for label in labels if label.reason == "signoff" and label.index > lead
        ]
        + _trailing_signoffs(content),
        signature_lines=_signatures(labels, dateline_label, names, keys),
    )
    by_index = {label.index: label for label in labels}
    for credit in credits:
        line = by_index[credit.line]
        if line.reason == "source_credit":
            confidence, how = _FIELD_CONFIDENCE["cited_source_line"], "credit line"
        elif credit.profile_key is not None:
            confidence, how = _FIELD_CONFIDENCE["cited_known"], "registry outlet next to a crediting word"
        else:
            confidence, how = _FIELD_CONFIDENCE["cited_unknown"], "name after a crediting word"
        provenance.append(Provenance("cited_outlets", credit.name, *_line_provenance(line), how, confidence))

    notices = [label for label in content if label.reason == "correction"]
    for label in notices:
        provenance.append(
            Provenance(
                "correction_notice",
                label.text,
                *_line_provenance(label),
                "editorial note or correction",
                _FIELD_CONFIDENCE["correction"],
            )
        )

    if publisher is not None and publisher.how != "given":
        outlet_line = publisher.line + 1 if publisher.line is not None else None
        provenance.append(
            Provenance(
                "outlet",
                publisher.name,
                outlet_line,
                _short(publisher.evidence),
                publisher.how,
                publisher.confidence,
            )
        )
    page_url = url or (html.url if html is not None else None)
    if page_url:
        how, confidence = (
            ("given with the import", _FIELD_CONFIDENCE["url"])
            if url
            else ("canonical address of the HTML page", _FIELD_CONFIDENCE["url_html"])
        )
        provenance.append(Provenance("url", page_url, None, _short(page_url), how, confidence))

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
        dateline=dateline,
        language=detect_language(body_text),
        cited_outlets=tuple(credit.name for credit in credits),
        outlet_key=outlet.key if outlet else None,
        page_date=page_date,
        new_outlet=publisher.sighting if publisher is not None else None,
        correction_notice="\n".join(label.text for label in notices),
        url=page_url or None,
        provenance=tuple(provenance),
    )


def _line_provenance(label: LineLabel) -> tuple[int, str]:
    return label.index + 1, _short(label.text)


def _short(text: str) -> str:
    return text if len(text) <= _MAX_PROVENANCE_TEXT else text[: _MAX_PROVENANCE_TEXT - 1] + "…"


def _from_html(name: str, value: str, how: str, confidence: float) -> Provenance:
    return Provenance(name, value, None, "HTML metadata", how, confidence)


def _above_stamp(title: LineLabel, header: Sequence[LineLabel]) -> bool:
    following = [label for label in header if label.index > title.index and label.text]
    return bool(following) and following[0].reason in {"byline", "page_date"}


# --- people -------------------------------------------------------------------------------------


def _people(
    labels: Sequence[LineLabel], names: frozenset[str], outlet: OutletProfile | None
) -> tuple[tuple[str, ...], str | None, list[Provenance]]:
    authors: list[str] = []
    editor: str | None = None
    provenance: list[Provenance] = []
    for label in labels:
        if label.reason not in {"byline", "source_credit"}:
            continue
        for role, people in parse_credits(label.text, names):
            if label.reason == "source_credit" and role != "editor":
                continue
            if role == "editor":
                if editor is None:
                    editor = ", ".join(people)
                    provenance.append(_person("editor", editor, label, "editor line"))
            else:
                for person in people:
                    if person not in authors:
                        authors.append(person)
                        provenance.append(_person("byline", person, label, "byline"))
    signoff = next((label for label in reversed(labels) if label.reason == "signoff"), None)
    signoff_role = outlet.signoff_role if outlet else None
    if signoff is not None and signoff_role is not None:
        signed = _signoff_person(signoff.text, signoff_role)
        if signoff_role in {"editor", "initials"} and editor is None and signed:
            editor = signed
            provenance.append(_person("editor", signed, signoff, "sign-off", _FIELD_CONFIDENCE["signoff"]))
        elif signoff_role == "author" and signed and not authors:
            authors.append(signed)
            provenance.append(_person("byline", signed, signoff, "sign-off", _FIELD_CONFIDENCE["signoff"]))
    if editor is None:
        found = _editor_from_source_line(labels)
        if found is not None:
            editor = found[0]
            provenance.append(_person("editor", editor, found[1], "initials after the credited wire"))
    return tuple(authors), editor, provenance


def _person(name: str, value: str, label: LineLabel, how: str, confidence: float | None = None) -> Provenance:
    return Provenance(
        name,
        value,
        *_line_provenance(label),
        how,
        _FIELD_CONFIDENCE["people"] if confidence is None else confidence,
    )


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


def _editor_from_source_line(labels: Sequence[LineLabel]) -> tuple[str, LineLabel] | None:
    """ "Sumber : CNA/SL": a wire credit followed by the initials of whoever edited the copy."""
    for label in labels:
        if label.reason != "source_credit":
            continue
        match = _SOURCE_LINE.match(label.text)
        if match is None or "/" not in match.group("sources"):
            continue
        initials = match.group("sources").split("|")[0].rsplit("/", 1)[1].strip(" .")
        if _INITIALS.match(initials) and (initials.isupper() or initials.islower()) and len(initials) <= 4:
            return initials, label
    return None


def _split_people(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|&|;|\band\b|\bdan\b)\s*", text)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


# "… dapat dikenakan sanksi. (AFP/Nur/OL-09)": a sign-off of slashed parts closing the last paragraph, or the
# wire alone ("… dalam perang melawan Ukraina. (AFP)"); only a part that is a registry outlet credits it.
# "… ke depan. (ant/dil)", "… [ant]", "… (*/Antara)": brackets too, and a star where the desk's code would be.
_TRAILING_SIGNOFF = re.compile(
    r"""[.!?"”’][ ]*(?P<signoff>[(\[](?:\*/)?[^()\[\]/\n*]{2,30}(?:/[^()\[\]/\n]{1,30})*[)\]])[ ]*$"""
)


def _trailing_signoffs(content: Sequence[LineLabel]) -> list[tuple[int, str]]:
    """The sign-off glued to the end of the article's last paragraph, as a sign-off line of its own."""
    for label in reversed(content):
        if label.text.strip():
            match = _TRAILING_SIGNOFF.search(label.text)
            return [(label.index, match.group("signoff"))] if match else []
    return []


# --- signatures ---------------------------------------------------------------------------------


def _signatures(
    labels: Sequence[LineLabel], dateline_label: LineLabel | None, names: frozenset[str], keys: frozenset[str]
) -> list[tuple[int, str]]:
    """Outlet names standing where a page signs its own copy: the lead's dateline ("Jakarta, CNN
    Indonesia –" on a site that republishes it) and a byline that names an outlet, not a person
    ("Penulis: VOA Indonesia"). ``find_credits`` credits those that are registry outlets, never the
    publisher itself."""
    found: list[tuple[int, str]] = []
    if dateline_label is not None:
        parsed = parse_dateline(
            dateline_label.text, known_names=names, publisher_keys=keys, allow_colon=True, allow_bare=True
        )
        if parsed is not None and parsed.outlet:
            found.append((dateline_label.index, parsed.outlet))
    for label in labels:
        if label.reason != "byline":
            continue
        match = _BYLINE_OUTLET_ONLY.match(label.text)
        if match is not None:
            found.append((label.index, match.group("outlet")))
        credited = _BYLINE_WIRE.search(label.text)
        if credited is not None:
            found.append((label.index, credited.group("paren") or credited.group("comma")))
    return found


# "Penulis: VOA Indonesia", "Reporter : Tim Reuters": a byline whose whole value is a name in capitals
# that is no person's (the registry decides, in ``find_credits``).
_BYLINE_OUTLET_ONLY = re.compile(
    r"^(?i:penulis|reporter|pewarta|sumber berita|oleh|by)[ ]*[:：]?[ ]*(?i:tim[ ]+)?"
    r"(?P<outlet>[A-Z][\w.&-]*(?:[ ]+[A-Z][\w.&-]*){0,3})[ ]*$"
)


# --- dateline -----------------------------------------------------------------------------------


# "Penulis: Ani Wijaya (AFP)", "Oleh Ani Wijaya, Reuters": a writer signed with the wire whose copy it is
# (the registry decides whether the name is an outlet's).
_BYLINE_WIRE = re.compile(
    r"(?:\((?P<paren>[A-Z][\w.&-]*(?:[ ]+[A-Z][\w.&-]*){0,2})\)|,[ ]+(?P<comma>[A-Z][\w.&-]*))[ ]*$"
)


# "Pulang dari Rusia, Kim Bawa Oleh-oleh Drone By BeritaSatu": an aggregator's headline with the source.
_TITLE_CREDIT = re.compile(
    r"^(?P<head>.+?)[ ]+(?:By|Oleh)[ ]+(?P<name>[A-Z][\w.-]*(?:[ ]+[A-Z][\w.-]*){0,2})$"
)


def _without_source_credit(title: str, header: Sequence[LineLabel]) -> str:
    """``title`` without a trailing "By <site>" when the header names that site as the copy's source ("By
    BeritaSatu.com") or prints the headline again without it: the credit is not part of the headline."""
    match = _TITLE_CREDIT.match(title)
    if match is None:
        return title
    head, name = match.group("head"), squash(match.group("name"))
    for label in header:
        site = site_byline(label.text)
        if (site is not None and squash(site) == name) or " ".join(label.text.split()) == " ".join(
            head.split()
        ):
            return head
    return title


def _dateline(
    article: Sequence[LineLabel], names: frozenset[str], keys: frozenset[str]
) -> tuple[str | None, LineLabel | None]:
    if not article:
        return None, None
    first = article[0]
    parsed = parse_dateline(
        first.text, known_names=names, publisher_keys=keys, allow_colon=True, allow_bare=True
    )
    if parsed is None or _drop_capital(first.text, parsed.place, article[1:]):
        return None, None
    return parsed.place, first


def _drop_capital(lead: str, place: str | None, rest: Sequence[LineLabel]) -> bool:
    """A lead that sets its first word in capitals as a house style ("KOREA Utara dilaporkan menolak …"),
    not a dateline that lost its dash ("PYONGYANG Anggota parlemen …"): the first two words are a name the
    article writes again ("Korea Utara"), which a place and the sentence after it never are."""
    words = lead.split(maxsplit=2)
    if place is None or len(words) < 3 or not words[0].isupper() or words[0].casefold() != place.casefold():
        return False
    if not (words[1][:1].isupper() and words[1][1:].islower()):
        return False  # a dash or a comma after the place: a dateline
    name = f"{words[0].capitalize()} {words[1]}".casefold()
    return any(name in label.text.casefold() for label in rest)


# --- publication date ---------------------------------------------------------------------------


def _page_mentions(
    labels: Sequence[LineLabel], reference_date: date | None
) -> tuple[list[DateMention], list[int]]:
    """Date mentions of the whole page (so yearless dates borrow years page-wide), and each line's offset."""
    text = "\n".join(label.text for label in labels)
    starts: list[int] = []
    offset = 0
    for label in labels:
        starts.append(offset)
        offset += len(label.text) + 1
    return find_dates(text, reference_date=reference_date), starts


def _by_line(
    mentions: Sequence[DateMention], labels: Sequence[LineLabel], starts: Sequence[int]
) -> dict[int, list[DateMention]]:
    """The page's mentions per line, with offsets into their line."""
    by_line: dict[int, list[DateMention]] = {}
    line = 0
    for mention in mentions:
        while line + 1 < len(starts) and starts[line + 1] <= mention.start:
            line += 1
        by_line.setdefault(labels[line].index, []).append(
            replace(mention, start=mention.start - starts[line], end=mention.end - starts[line])
        )
    return by_line


def _publication_date(
    labels: Sequence[LineLabel],
    header: Sequence[LineLabel],
    content: Sequence[LineLabel],
    reference_date: date | None,
) -> tuple[_DateChoice, datetime | None]:
    """Best publication date and the page's own date: byline > header stamp > lede > display date.

    A year the text leaves out ("Rabu (24/4)") is the latest one in which that day fell on that
    weekday, not after the page's own stamp when the page prints one, else not after the import.
    """
    found, starts = _page_mentions(labels, reference_date)
    mentions = _by_line(found, labels, starts)
    stamp = _page_stamp(labels, header, mentions)
    stamp_day = _end_of(stamp[1]) if stamp is not None and stamp[1].year_source == "explicit" else None
    if (
        stamp_day is not None
        and (reference_date is None or stamp_day < reference_date)
        and _has_yearless(mentions)
    ):
        mentions = _by_line(reinfer_years(found, reference_date=stamp_day), labels, starts)
        stamp = _page_stamp(labels, header, mentions)
    byline = _first_day(header, mentions, {"byline"})
    # A stored copy's "date 2025-09-02" stamps the stored page, as its month stamp does: read below.
    stored = {label.index for label in labels if _STORED_STAMP.match(label.text)}
    page_lines = [label for label in header if label.index not in stored]
    header_date = _first_day(page_lines, mentions, {"page_date"}) or _timed_stamp(page_lines, mentions)
    teasers = _teaser_list_start(labels)
    footer_date = (
        None
        if byline or header_date
        else _first_day(
            [label for label in labels if label.index not in stored and label.index < teasers],
            mentions,
            {"page_date", "byline"},
        )
    )
    page = byline or header_date or footer_date
    page_value = _value(page[1]) if page else None
    dated_lines = {label.index for label in labels if label.reason in {"byline", "page_date"}}
    latest_event = _latest_event(mentions, dated_lines, {label.index: label.text for label in labels})
    if byline is not None:
        return _from_page(byline, "byline", "on the byline line", labels), page_value
    display: _DateChoice | None = None
    for dated, where in ((header_date, "in the page header"), (footer_date, "below the article")):
        if dated is None:
            continue
        label, mention = dated
        reason = _display_reason(label, mention, labels, latest_event)
        if reason is None:
            return _from_page(dated, "header", where, labels), page_value
        # The site's own date above the headline; the article's stamp may still sit below it.
        below = _first_day(
            [other for other in page_lines if other.index > label.index], mentions, {"page_date"}
        ) or _timed_stamp([other for other in page_lines if other.index > label.index], mentions)
        if below is not None and _display_reason(*below, labels, latest_event) is None:
            return _from_page(below, "header", where, labels), page_value
        note = (
            f"'{mention.text}' {where} {reason}: probably the site's display date, not the publication date"
        )
        display = _DateChoice(
            _value(mention),
            "header",
            _CONFIDENCE["display"],
            note,
            _precision(mention),
            label,
            display_date=True,
        )
        break
    lede_lines = _lede(content)
    lede = _reported_day(content, mentions, _lede_day(lede_lines, mentions))
    later = _latest_news_day(content, mentions, lede, reference_date)
    month = _month_stamp(header, mentions)
    if later is not None and month is None and display is None:
        return later, page_value
    if month is not None and display is None:
        choice = _with_month_stamp(month, lede, labels, latest_event)
        if choice is not None:
            return choice, page_value
    if lede is not None:
        choice = _from_lede(*lede)
        if lede[1].year_source == "weekday" and not _year_written(mentions, lede[1].year):
            choice = replace(choice, weekday_year_only=True)
        return _contradicted_by_later_news(choice, lede[1], content, mentions), page_value
    if display is not None:
        return display, page_value
    return _DateChoice(None, "none", 0.0, "No publication date found"), page_value


def _lede(content: Sequence[LineLabel]) -> list[LineLabel]:
    """The article's first paragraphs: two, or more when they are one-sentence lines that together
    still fall short of a lede's length (pages that put every sentence on its own line)."""
    lede: list[LineLabel] = []
    words = 0
    sentence_lines = True
    for label in content:
        if label.reason in {"dateline", "correction"}:
            continue
        if len(lede) >= _LEDE_LINES and (words >= _LEDE_WORDS or not sentence_lines):
            break
        lede.append(label)
        count = len(label.text.split())
        words += count
        sentence_lines = sentence_lines and count <= _SENTENCE_LINE_WORDS
    return lede


def _has_yearless(mentions: dict[int, list[DateMention]]) -> bool:
    return any(m.year_source != "explicit" for found in mentions.values() for m in found)


def _page_stamp(
    labels: Sequence[LineLabel], header: Sequence[LineLabel], mentions: dict[int, list[DateMention]]
) -> tuple[LineLabel, DateMention] | None:
    """The page's own stamp with a written year: byline or header date, a footer stamp, a month stamp."""
    return (
        _first_day(header, mentions, {"byline", "page_date"})
        or _first_day(labels, mentions, {"page_date"})
        or _month_stamp(header, mentions)
    )


def _first_day(
    labels: Sequence[LineLabel], mentions: dict[int, list[DateMention]], reasons: set[str] | None
) -> tuple[LineLabel, DateMention] | None:
    """The first dated day on lines of these ``reasons``; a "Diperbarui …" (last update) stamp only when
    the page prints no other, since the article was published on or before it."""
    found = [
        (label, mention)
        for label in labels
        if reasons is None or label.reason in reasons
        for mention in mentions.get(label.index, ())
        if mention.precision == "day" and mention.year is not None
    ]
    published = next((item for item in found if not _is_update(*item)), None)
    return published or (found[0] if found else None)


# "Diperbarui 13 Jan 2024", "Updated: …", "Terakhir diperbarui …": when the page was last changed.
_UPDATE_LABEL = re.compile(
    r"\b(?:diperbarui|diperbaharui|pembaruan|update|updated|last[ ]+updated|modified|diubah)\b[^|•·]*$",
    re.IGNORECASE,
)


def _is_update(label: LineLabel, mention: DateMention) -> bool:
    return _UPDATE_LABEL.search(label.text[: mention.start]) is not None


def _timed_stamp(
    header: Sequence[LineLabel], mentions: dict[int, list[DateMention]]
) -> tuple[LineLabel, DateMention] | None:
    """A day with its clock time and year on a header line that is more than a date ("NTVNews - Berita
    Hari Ini, Terbaru dan Viral - 19 Des 2024, 14:32"): a site's tagline or menu runs into the page's
    stamp. News never dates an event to the minute above its headline, so the time makes it a stamp;
    headlines, standfirsts and captions are prose and are left out."""
    for label in header:
        if label.reason in _PROSE_HEADER_REASONS:
            continue
        for mention in mentions.get(label.index, ()):
            if mention.precision == "day" and mention.has_time and mention.year_source == "explicit":
                return label, mention
    return None


_PROSE_HEADER_REASONS = frozenset({"title", "duplicate_title", "standfirst", "photo_caption"})


def _month_stamp(
    header: Sequence[LineLabel], mentions: dict[int, list[DateMention]]
) -> tuple[LineLabel, DateMention] | None:
    """A stored copy's "date 2023-09" stamp above the article, or its "date 2025-09-02" (a day)."""
    for label in header:
        if label.reason != "page_date":
            continue
        stored_day = _STORED_STAMP.match(label.text) is not None
        for mention in mentions.get(label.index, ()):
            if mention.year is None:
                continue
            if (mention.precision == "month" and mention.text[:4].casefold() == "date") or (
                stored_day and mention.precision == "day"
            ):
                return label, mention
    return None


def _lede_day(
    lede_lines: Sequence[LineLabel], mentions: dict[int, list[DateMention]]
) -> tuple[LineLabel, DateMention] | None:
    """The first day the lede dates, leaving out dates of background ("sejak … pada 24 Februari 2022")."""
    for label in lede_lines:
        for mention in mentions.get(label.index, ()):
            if mention.precision != "day" or mention.year is None:
                continue
            clause = _CLAUSE_BREAK.split(label.text[: mention.start])[-1]
            if _BACKGROUND_CUE.search(clause):
                continue
            return label, mention
    return None


def _reported_day(
    content: Sequence[LineLabel],
    mentions: dict[int, list[DateMention]],
    lede: tuple[LineLabel, DateMention] | None,
) -> tuple[LineLabel, DateMention] | None:
    """The day an early paragraph says the outlet took its copy from a wire ("seperti dikutip Aljazirah,
    Senin (18/9)", "dilansir dari Yonhap, Kamis (1/5)") or a statement it reports was made ("katanya pada
    Jumat (25/04/2025)"), when it is a few days after the lede's day: the copy was written that day at
    the earliest, after the events the lede dates (Indonesian outlets date their news by the day they
    cite it). Otherwise the lede's day stands. When the lede dates nothing, the day of the first such
    citation dates the copy, if it is written in full and agrees with its weekday, and unless it is in the
    last paragraph: a short excerpt from an article's end may close on a citation that dates an earlier
    story's copy, not this one."""
    paragraphs = [label for label in content if label.reason not in {"dateline", "correction"}]
    if lede is None:
        for label in paragraphs[: min(_REPORT_PARAGRAPHS, len(paragraphs) - 1)]:
            cited = next(
                (m for m in mentions.get(label.index, ()) if _cited_that_day(label, m) and _written_whole(m)),
                None,
            )
            if cited is not None:
                return label, cited
        return None
    for label in paragraphs[:_REPORT_PARAGRAPHS]:
        for mention in mentions.get(label.index, ()):
            if not _cited_that_day(label, mention):
                continue
            reported = mention.as_date()
            if reported is None:
                return lede
            days = (reported - (lede[1].as_date() or reported)).days
            return (label, mention) if 0 < days <= _REPORT_LAG_DAYS else lede
    return lede


def _latest_news_day(
    content: Sequence[LineLabel],
    mentions: dict[int, list[DateMention]],
    lede: tuple[LineLabel, DateMention] | None,
    reference_date: date | None,
) -> _DateChoice | None:
    """With no stamp on the page, the latest day the body dates news in full, when it is after the lede's.

    Indonesian copy dates what it reports as "Senin (29/4/2024)": weekday, day, month and year. A page
    reports nothing that happened after it was written, so the latest such day that is not in a clause
    about what is to come ("akan …", "dijadwalkan …") or what came before ("sejak …", "sebelumnya …") is
    the earliest the page can be: when the lede dates an earlier event (the missile that fell in January,
    the memorandum signed two weeks before the interview the page reports), or dates nothing at all
    (the news day written in the third paragraph), that later day is the copy's: within a month of a
    lede that dates its own news in full, any time after a lede date without a weekday. A day whose weekday is
    not its own is a typo and bounds nothing; so is a day after the import. Without a lede date the
    result is a guess an editor confirms (below 0.5), since the body may date an earlier story.
    """
    lede_day = lede[1].as_date() if lede is not None else None
    best: tuple[LineLabel, DateMention] | None = None
    for label in content:
        if label.reason in {"dateline", "correction"}:
            continue
        for mention in mentions.get(label.index, ()):
            if mention.precision != "day" or mention.weekday is None or not _written_whole(mention):
                continue
            sentence = _SENTENCE_BREAK.split(label.text[: mention.start])[-1]
            if _FUTURE_CUE.search(sentence) or _BACKGROUND_CUE.search(_CLAUSE_BREAK.split(sentence)[-1]):
                continue
            day = mention.as_date()
            if day is None or (reference_date is not None and day > reference_date):
                continue
            if best is not None and day <= (best[1].as_date() or day):
                continue
            best = (label, mention)
    if best is None:
        return None
    label, mention = best
    day = mention.as_date()
    if day is None or (lede_day is not None and day <= lede_day):
        return None
    if lede is not None and _news_dated(lede[1]) and (day - (lede_day or day)).days > _LATER_NEWS_DAYS:
        # A lede that dates its own news in full ("pada Selasa (19/9/2023)") is the copy's day unless the
        # body reports something within weeks of it; a day months on is another story's or a typo.
        return None
    if lede is None:
        note = (
            f"No dated byline, page header or lede; '{mention.text}' is the latest day the body dates news "
            "in full: probably the copy's day, to be confirmed"
        )
        return _DateChoice(_value(mention), "lede", _CONFIDENCE["body_day"], note, "day", label)
    note = (
        f"No dated byline or page header; the lede dates '{lede[1].text}', but the body reports news of "
        f"'{mention.text}', so the page is no older: that day, time unknown"
    )
    return _DateChoice(_value(mention), "lede", _CONFIDENCE["lede"], note, "day", label)


def _contradicted_by_later_news(
    choice: _DateChoice,
    lede: DateMention,
    content: Sequence[LineLabel],
    mentions: dict[int, list[DateMention]],
) -> _DateChoice:
    """A lede's day that the text contradicts is a guess: the page reports as past what came months after
    it ("pada Rabu (11/1/2023)" above "gagal pada Agustus 2023"), so one of them is a typo or a bad
    translation, and an editor decides. What the text says is to come ("akan …") or still goes on
    ("sejak …") bounds nothing."""
    lede_day = lede.as_date()
    if lede_day is None or choice.value is None:
        return choice
    latest: tuple[date, DateMention] | None = None
    for label in content:
        for mention in mentions.get(label.index, ()):
            if mention is lede or mention.year_source != "explicit":
                continue
            sentence = _SENTENCE_BREAK.split(label.text[: mention.start])[-1]
            if _FUTURE_CUE.search(sentence) or _ONGOING_CUE.search(sentence[-_ONGOING_REACH:]):
                continue
            # A month or a year reaches its first day at the earliest: only that can contradict the lede.
            start = mention.as_date()
            if start is not None and (latest is None or start > latest[0]):
                latest = (start, mention)
    if latest is None or (latest[0] - lede_day).days <= _CONTRADICTION_DAYS:
        return choice
    note = f"{choice.note}; the text reports '{latest[1].text}' as past, months later, so only a guess"
    return replace(choice, confidence=min(choice.confidence, _CONFIDENCE["contradicted"]), note=note)


# A lede's day this long before news the text reports as past is contradicted.
_CONTRADICTION_DAYS = 62


def _news_dated(mention: DateMention) -> bool:
    """A day written the way Indonesian copy dates its news: weekday, day, month and year."""
    return mention.weekday is not None and _written_whole(mention)


# How far after a news-dated lede's day the body may date what the page reports.
_LATER_NEWS_DAYS = 31
# A clause about what is still to come: a day it names is not yet news.
_FUTURE_CUE = re.compile(
    r"\b(?:akan|bakal|dijadwalkan|terjadwal|direncanakan|rencananya|berencana|mendatang|nanti|will|scheduled)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])[ ]+")


def _cited_that_day(label: LineLabel, mention: DateMention) -> bool:
    """A day with its year that a citing verb or a reported statement introduces ("dikutip …, Senin (…)")."""
    if mention.precision != "day" or mention.year is None:
        return False
    return bool(_REPORT_CUE.search(label.text[max(0, mention.start - _REPORT_REACH) : mention.start]))


def _written_whole(mention: DateMention) -> bool:
    """A day whose year is written and whose weekday, when written, is the day's ("Rabu (4/1/2022)" is not:
    4 January 2022 was a Tuesday, so one of them is a typo)."""
    day = mention.as_date()
    return (
        mention.year_source == "explicit"
        and day is not None
        and (mention.weekday is None or day.weekday() == mention.weekday)
    )


def _with_month_stamp(
    month: tuple[LineLabel, DateMention],
    lede: tuple[LineLabel, DateMention] | None,
    labels: Sequence[LineLabel],
    latest_event: date | None,
) -> _DateChoice | None:
    label, stamp = month
    if latest_event is not None and _end_of(stamp) - latest_event > _DISPLAY_DATE_GAP:
        note = (
            f"'{stamp.text}' stamps the stored page, but it is later than every event in the text (latest "
            f"{latest_event.isoformat()}): probably not the publication date"
        )
        return _DateChoice(
            _value(stamp), "header", _CONFIDENCE["display"], note, "month", label, display_date=True
        )
    if stamp.precision == "day":
        note = f"'{stamp.text}' stamps the stored page with its day; time not given"
        return _DateChoice(_value(stamp), "header", _CONFIDENCE["header_day"], note, "day", label)
    if lede is not None and (lede[1].year, lede[1].month) == (stamp.year, stamp.month):
        lede_label, mention = lede
        note = f"'{mention.text}' in the lede, in the month the page is stamped with ('{stamp.text}'); time unknown"
        return _DateChoice(_value(mention), "lede", _CONFIDENCE["stamp_lede"], note, "day", lede_label)
    note = f"'{stamp.text}' stamps the stored page: the month only"
    return _DateChoice(_value(stamp), "header", _CONFIDENCE["stamp"], note, "month", label)


def _value(mention: DateMention) -> datetime | None:
    resolved = mention_to_datetime(mention)
    return resolved.value if resolved else None


def _precision(mention: DateMention) -> str:
    return "minute" if mention.has_time else "day"


def _latest_event(
    mentions: dict[int, list[DateMention]], excluded_lines: set[int], texts: dict[int, str]
) -> date | None:
    """Latest date of the text with a written or weekday-proven year (not the page's own dates).

    A date that opens something still going on ("sejak tahun 2024", "since 2022") reaches up to the
    time of writing, so it bounds nothing and is left out.
    """
    latest: date | None = None
    for line, found in mentions.items():
        if line in excluded_lines:
            continue
        for mention in found:
            if mention.year_source not in {"explicit", "weekday"}:
                continue
            clause = _CLAUSE_BREAK.split(texts.get(line, "")[: mention.start])[-1]
            if _ONGOING_CUE.search(clause[-_ONGOING_REACH:]):
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


_TEASER_LABELS = frozenset({"related_list", "read_also"})


def _teaser_list_start(labels: Sequence[LineLabel]) -> int:
    """Where a list of other stories starts below the article ("Berita Terkait", then headlines with
    their dates): dates from there on are those stories' dates, not the article's. Past the end when none."""
    last_content = max((label.index for label in labels if label.kind == CONTENT), default=-1)
    return next(
        (label.index for label in labels if label.index > last_content and label.reason in _TEASER_LABELS),
        len(labels) + max((label.index for label in labels), default=0) + 1,
    )


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


def _from_page(
    found: tuple[LineLabel, DateMention], source: str, where: str, labels: Sequence[LineLabel]
) -> _DateChoice:
    label, mention = found
    mention = _with_lone_time(mention, label, labels)
    if mention.year_source != "explicit":
        return _DateChoice(
            _value(mention),
            "inferred",
            _CONFIDENCE["weekday"],
            f"'{mention.text}' {where}; the year is not written and was inferred from the "
            f"{mention.year_source}",
            _precision(mention),
            label,
        )
    timed = "time" if mention.has_time else "day"
    note = f"'{mention.text}' {where}" + ("" if mention.has_time else "; time not given")
    confidence = _CONFIDENCE[f"{source}_{timed}"]
    if _is_update(label, found[1]):
        note += "; it is the page's last update, so the article was published then or earlier"
        confidence = min(confidence, _CONFIDENCE["updated"])
    return _DateChoice(_value(mention), source, confidence, note, _precision(mention), label)


def _with_lone_time(mention: DateMention, label: LineLabel, labels: Sequence[LineLabel]) -> DateMention:
    """A page date printed without its time takes a time printed apart on the same or the next line
    ("10:15 WIB" on a byline under the date)."""
    if mention.has_time:
        return mention
    following = [other for other in labels if other.index > label.index and other.text][:1]
    candidates = [
        label.text[: mention.start] + " " * (mention.end - mention.start) + label.text[mention.end :]
    ]
    candidates += [
        other.text for other in following if other.reason in {"byline", "page_date", "section_label"}
    ]
    for text in candidates:
        match = _LONE_TIME.search(text)
        if match is not None:
            return replace(
                mention,
                text=f"{mention.text} {match.group(0)}",
                hour=int(match.group("hh")),
                minute=int(match.group("mm")),
                utc_offset_minutes=_TZ[match.group("tz").lower()],
            )
    return mention


# "/2023/11/" in an address: the year and month the site filed the page under.
_ADDRESS_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/")
# A lede date this many months away from the address's month dates something else (or was mistranslated).
_MAX_MONTHS_FROM_ADDRESS = 1


def _checked_against_address(choice: _DateChoice, url: str | None) -> _DateChoice:
    """A date read from the lede that the page's address contradicts becomes a guess.

    The address's month is only a check, never a date of its own: the page may be filed on the day
    it was written about or a day later, not months away from it.
    """
    if choice.value is None or choice.source not in {"lede", "inferred"} or not url:
        return choice
    filed = _ADDRESS_MONTH.search(urlsplit(url).path if "//" in url else url)
    if filed is None:
        return choice
    months = (choice.value.year * 12 + choice.value.month) - (int(filed["year"]) * 12 + int(filed["month"]))
    if abs(months) <= _MAX_MONTHS_FROM_ADDRESS:
        return choice
    note = f"{choice.note}; the address is filed under {filed['year']}/{int(filed['month']):02d}, so only a guess"
    return replace(choice, confidence=min(choice.confidence, _CONFIDENCE["contradicted"]), note=note)


# "/2024/12/27/" in an address: the day a site (a WordPress permalink, most often) filed the page under.
_ADDRESS_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/"
)


def _year_written(mentions: dict[int, list[DateMention]], year: int | None) -> bool:
    """Whether the text writes ``year`` out anywhere ("… pada 2024", "Selasa (17/10/2023)")."""
    return year is not None and any(
        mention.year == year and mention.year_source == "explicit"
        for found in mentions.values()
        for mention in found
    )


def _weekday_year_checked(choice: _DateChoice, url: str | None) -> _DateChoice:
    """A day whose year only its weekday gives is a guess when the page's address is filed under another
    year and month.

    "Jumat (7/1)" fell on a Friday in 2022 and again in 2028: the latest such year before the import is
    the rule (an article is imported soon after it appears), and it stands when nothing contradicts it.
    An address filed elsewhere ("/2023/01/") says the page is older than the rule assumed: an editor
    confirms the date.
    """
    if not choice.weekday_year_only or choice.value is None:
        return choice
    filed = _ADDRESS_MONTH.search(urlsplit(url).path if url and "//" in url else url or "")
    if filed is None:
        return choice
    months = (choice.value.year * 12 + choice.value.month) - (int(filed["year"]) * 12 + int(filed["month"]))
    if abs(months) <= _MAX_MONTHS_FROM_ADDRESS:
        return choice
    note = f"{choice.note}; the page's address is filed under another month, so only a guess"
    return replace(choice, confidence=min(choice.confidence, _CONFIDENCE["weekday_only"]), note=note)


def _stamp_checked_against_address(choice: _DateChoice, url: str | None) -> _DateChoice:
    """A header's bare day later than the day the page's address is filed under is no publication date.

    A site files a page under the day it publishes it, so a later day printed alone in the header (no
    clock time) is a date widget's today, or the day a copying site took the story: the address's day is
    offered instead, as the guess it always is (``_from_address``).
    """
    if choice.value is None or choice.source != "header" or choice.precision != "day":
        return choice
    filed = _from_address(url)
    if filed is None or filed.value is None or choice.value.date() <= filed.value.date():
        return choice
    stamp = choice.line.text if choice.line is not None else choice.value.date().isoformat()
    note = f"'{stamp}' in the page header is later than the day its address is filed under: {filed.note}"
    return replace(filed, note=note)


def _from_address(url: str | None) -> _DateChoice | None:
    """The day the page's address is filed under, when the page prints no date of its own.

    Sites that put the whole day in the path do so at publication, but a site reposting another's copy
    files it under its own day, so this is offered as a guess; a page that prints a date wins over it, and
    only the month is used as a check on a lede date (``_checked_against_address``).
    """
    if not url:
        return None
    filed = _ADDRESS_DAY.search(urlsplit(url).path if "//" in url else url)
    if filed is None:
        return None
    try:
        day = date(int(filed["year"]), int(filed["month"]), int(filed["day"]))
    except ValueError:
        return None
    value = datetime(
        day.year, day.month, day.day, tzinfo=timezone(timedelta(minutes=DEFAULT_UTC_OFFSET_MINUTES))
    )
    note = (
        f"No date on the page; the day its address is filed under ({filed.group(0).strip('/')}), time unknown"
    )
    # "inferred": the page does not print it (the stored choices need no new kind of source).
    return _DateChoice(value, "inferred", _CONFIDENCE["address"], note, "day")


def _from_lede(label: LineLabel, mention: DateMention) -> _DateChoice:
    note = f"No dated byline or page header; date '{mention.text}' from the first paragraph, time unknown"
    if mention.year_source == "explicit":
        if mention.weekday is None:
            note += "; without a weekday it may date background rather than the news"
            return _DateChoice(_value(mention), "lede", _CONFIDENCE["lede_plain"], note, "day", label)
        return _DateChoice(_value(mention), "lede", _CONFIDENCE["lede"], note, "day", label)
    return _DateChoice(
        _value(mention),
        "inferred",
        _CONFIDENCE[mention.year_source],
        f"{note}; year inferred from the {mention.year_source}",
        "day",
        label,
    )

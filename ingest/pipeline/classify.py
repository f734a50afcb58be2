"""Label every line of a pasted news page: article content, header material, or clutter.

A pasted page has three zones. Above the lead sits the header (rubric, headline, byline, date,
standfirst, photo captions, ads). Then the article, interleaved with clutter ("Baca juga"
teasers, ads, video embeds, repeated captions). After the sign-off comes a footer of promos,
related lists and copyright lines. The lead is found by its dateline ("MOSKOW - ..."), otherwise
as the first paragraph after the header markers; the footer starts at a sign-off or footer line
that only clutter follows.

Inside the article every line that no clutter rule matches is content, so nothing of the
article is lost: in-article subheadings are content. All rules are general; outlet knowledge
comes from the registry (outlet names, for lone credit lines and bylines).

The patterns the line rules match are in ``patterns.py``; bylines are parsed in ``bylines.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ingest.pipeline.bylines import _BRAND_TOKEN, parse_byline
from ingest.pipeline.dateline import Dateline, known_place, parse_dateline, squash
from ingest.pipeline.dates import find_dates
from ingest.pipeline.outlets import OutletProfile, known_names
from ingest.pipeline.patterns import (
    _ARCHIVE_CAPTION,
    _CAPTION_CREDIT_END,
    _CAPTION_LABEL,
    _COPYRIGHT,
    _CORRECTION,
    _DATE_LABELS,
    _EDGE_PUNCT,
    _FOLLOW,
    _FULL_STOP,
    _HANDLE_LINE,
    _I,
    _MARKUP_RESIDUE,
    _MAX_CAPTION_WORDS,
    _MAX_FOLLOW_WORDS,
    _MIN_SLASH_CAPTION_WORDS,
    _PHOTO_CREDIT_LINE,
    _PHOTOGRAPHER_CREDIT_END,
    _PROMO,
    _READ_ALSO,
    _SIGNOFF,
    _SLASH_CREDIT,
    _SLASH_CREDIT_END,
    _SOURCE_CREDIT,
    _STOCK_CREDIT,
    _TERMINAL,
    _WIDGET,
    _WORD,
    _words,
    read_also_match,
    strip_tags,
)

__all__ = [
    "CLUTTER",
    "CONTENT",
    "HEADER",
    "LineLabel",
    "classify_lines",
    "is_correction_notice",
    "is_title_like",
    "reads_as_prose",
    "slug_words",
]

CONTENT = "content"
CLUTTER = "clutter"
HEADER = "header"

# Reasons that are header material (kept as metadata) rather than clutter.
_HEADER_REASONS = frozenset({"title", "duplicate_title", "byline", "page_date", "standfirst"})
# Lines that show the page header is still going on (the lead comes after them).
_HEADER_MARKERS = frozenset({"byline", "photo_credit", "photo_caption"})
# Lines after which only clutter may follow for the article to be over.
_END_MARKERS = frozenset(
    {
        "signoff",
        "source_credit",
        "related_list",
        "copyright",
        "share_widget",
        "comment_widget",
        "promo",
        "byline",
    }
)
# Reasons of article content: editorial notes and corrections are part of the article wherever they sit.
_CONTENT_REASONS = frozenset({"lead", "paragraph", "subheading", "dateline", "correction"})
# The footer after an end marker must be small next to the article (a mid-article sign-off-like
# line must not cut the article short).
_MAX_FOOTER_SHARE = 0.25
# A page header holds at most this many paragraph-like lines (standfirst, captions).
_MAX_HEADER_PROSE = 4
# Two lines this close (in non-empty lines) with the same text are a repeated caption.
_REPEAT_DISTANCE = 3
_MIN_REPEAT_WORDS = 3
_MAX_TEASERS = 3
_MIN_TEASER_WORDS = 4
# Headlines listed under a "Berita Terkait" heading: at most this many in a row.
_MAX_RELATED_ITEMS = 10

_MAX_DATE_LINE_LEFTOVER = 3
_MAX_STAMP_WORDS = 16
_MIN_PROSE_WORDS = 25
_MIN_SENTENCE_WORDS = 5
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 300
_MAX_SHORT_WORDS = 6


@dataclass(frozen=True)
class LineLabel:
    """What one line of the normalised text is, and why (``reason`` is a short snake_case tag)."""

    index: int
    text: str
    kind: str  # "content" | "clutter" | "header"
    reason: str


def classify_lines(
    lines: Sequence[str],
    *,
    profiles: Sequence[OutletProfile],
    outlet: OutletProfile | None = None,
    cache: dict | None = None,
    url: str | None = None,
) -> list[LineLabel]:
    """Label each of ``lines`` (normalised, one paragraph or page element per line).

    ``cache`` (a dict the caller owns, empty at first) keeps what was worked out about each line's
    text for the next call with the same ``profiles``: cleaning classifies an article's body a
    second time, and those lines were all seen the first time. ``url``, the page's address, helps
    tell the headline: most news addresses spell it out ("…/kim-kunjungi-kedutaan-rusia").
    """
    facts = _LineFacts(known_names(profiles), {} if cache is None else cache)
    local = [facts.local(line) for line in lines]
    repeated = _repeated_lines(lines, local, facts)
    lead = _find_lead(lines, local, repeated, facts)
    end = _find_end(lines, local, lead, facts)
    reasons: list[str] = []
    slug = slug_words(url)
    binding = bool(slug) and _slug_share(" ".join(lines), slug) >= _SLUG_IN_PAGE
    reasons.extend(_header_reasons(lines[:lead], local[:lead], repeated, facts, slug, binding))
    reasons.extend(_settled_body(lines, _body_reasons(lines, local, repeated, lead, end, facts), lead, facts))
    reasons.extend(_footer_reason(lines[i], local[i], facts) for i in range(end, len(lines)))
    return [
        LineLabel(index=i, text=line, kind=_kind(reason, i < lead), reason=reason)
        for i, (line, reason) in enumerate(zip(lines, reasons, strict=True))
    ]


class _LineFacts:
    """Per-text results of the line predicates, worked out once per text.

    Speed: every rule below is a pure function of a line's text (and of the registry's names, fixed
    for one cache), and a page asks most of them several times per line, in two passes.
    """

    def __init__(self, names: frozenset[str], cache: dict) -> None:
        self.names = names
        self._local: dict[str, str | None] = cache.setdefault("local", {})
        self.canonicals: dict[str, str] = cache.setdefault("canonical", {})
        self._words: dict[str, int] = cache.setdefault("words", {})
        self._prose: dict[str, bool] = cache.setdefault("prose", {})
        self._title: dict[str, bool] = cache.setdefault("title", {})
        self._date: dict[str, bool] = cache.setdefault("date", {})
        self._dateline: dict[str, Dateline | None] = cache.setdefault("dateline", {})

    def local(self, line: str) -> str | None:
        try:
            return self._local[line]
        except KeyError:
            reason = self._local[line] = _local_reason(line, self.names)
            return reason

    def canonical(self, text: str) -> str:
        try:
            return self.canonicals[text]
        except KeyError:
            key = self.canonicals[text] = _canonical(text)
            return key

    def words(self, text: str) -> int:
        try:
            return self._words[text]
        except KeyError:
            count = self._words[text] = _words(text)
            return count

    def prose(self, line: str) -> bool:
        try:
            return self._prose[line]
        except KeyError:
            verdict = self._prose[line] = reads_as_prose(line)
            return verdict

    def title_like(self, line: str) -> bool:
        try:
            return self._title[line]
        except KeyError:
            verdict = self._title[line] = is_title_like(line)
            return verdict

    def dateline(self, line: str) -> Dateline | None:
        try:
            return self._dateline[line]
        except KeyError:
            parsed = self._dateline[line] = parse_dateline(line, known_names=self.names, allow_bare=True)
            return parsed

    def date_line(self, line: str) -> bool:
        try:
            return self._date[line]
        except KeyError:
            verdict = self._date[line] = _is_date_line(line, self.names)
            return verdict


def _kind(reason: str, in_header: bool) -> str:
    if reason in _CONTENT_REASONS:
        return CONTENT
    if reason in _HEADER_REASONS or (in_header and reason == "photo_caption"):
        return HEADER
    return CLUTTER


# --- line-local rules ---------------------------------------------------------------------------


def _local_reason(line: str, names: frozenset[str]) -> str | None:
    """The clutter (or byline) reason a line has wherever it sits on the page, if any."""
    if not line:
        return "empty"
    if is_correction_notice(line):
        return "correction"
    widget = _WIDGET.match(line.strip(_EDGE_PUNCT))
    if widget is None and line.startswith("[") and line.endswith("]"):
        widget = _WIDGET.match(line[1:-1].strip(_EDGE_PUNCT))  # "[ADVERTISEMENT]": a widget in brackets
    if widget is not None:
        return widget.lastgroup
    if _is_read_also(line):
        return "read_also"
    if len(_BREADCRUMB_STEP.findall(line)) >= 2 and _words(line) <= _MAX_BREADCRUMB_WORDS:
        return "breadcrumb"  # "Beranda > Blog > Internasional > <headline>"
    if _GLUED_BREADCRUMB.match(line) and _words(line) <= _MAX_BREADCRUMB_WORDS:
        return "breadcrumb"  # "HomeInternasionalKorut Kirim …": the same trail with its separators lost
    if _COPYRIGHT.search(line):
        return "copyright"
    if _FOLLOW.match(line) and _words(line) <= _MAX_FOLLOW_WORDS:
        return "share_widget"
    if _SOURCE_CREDIT.match(line):
        return "source_credit"
    if parse_byline(line, names) is not None or _is_named_stamp(line):
        return "byline"
    photo = _photo_reason(line, names)
    if photo is not None:
        return photo
    if _is_signoff(line) and not _is_lone_dateline(line):
        return "signoff"  # "[MOSKOW]" above the lead is its dateline, not a desk's sign-off
    if _PROMO.match(line.strip(_EDGE_PUNCT)) and _words(line) <= 12:
        return "promo"
    if _MARKUP_RESIDUE.match(line):
        return "markup_residue"
    if _HANDLE_LINE.match(line):
        return "social_handle"
    return None


# "Ani Wijaya - 5 Maret 2024, 10:00", "Ani Wijaya | Selasa, 5 Maret 2024 - 10:00 WIB": a writer's name, a
# separator a stamp uses (never a comma: "Kuala Lumpur, 5 Maret 2024" is a place's) and the page's stamp.
_NAMED_STAMP = re.compile(
    r"^(?P<name>[A-Z][a-z'’]+(?:[ ][A-Z][\w'’.-]*){1,3})[ ]*(?:\||•|·|[ ][-–—])[ ]*(?P<stamp>\S.*)$"
)


def _is_named_stamp(line: str) -> bool:
    match = _NAMED_STAMP.match(line) if any(ch.isdigit() for ch in line) else None
    return match is not None and _is_date_line(match.group("stamp"))


_BREADCRUMB_STEP = re.compile(r"[ ][>»›][ ]")
# A breadcrumb copied without its separators: the first step glued to the next ("HomeAnalisa Angkutan…",
# "BerandaDunia…"). No sentence or headline opens with "Home" or "Beranda" run into a capitalised word.
_GLUED_BREADCRUMB = re.compile(r"^(?:Home|HOME|Beranda|BERANDA|Index|Indeks)(?=[A-Z][a-z])")
_MAX_BREADCRUMB_WORDS = 40


def _is_read_also(line: str) -> bool:
    match = read_also_match(line)
    if match is None:
        return False
    teaser = match.group("teaser")
    if not teaser or match.group("sep"):
        return True
    # "Baca juga Title Of Another Story" without a colon: a teaser is a short headline.
    return _words(teaser) <= 20 and not _TERMINAL.search(teaser) and is_title_like(teaser)


def _photo_reason(line: str, names: frozenset[str]) -> str | None:
    if line.casefold() in names or _STOCK_CREDIT.match(line) or _SLASH_CREDIT.match(line):
        return "photo_credit"
    match = _PHOTO_CREDIT_LINE.match(line)
    if match is not None and match.group("credit") and not _TERMINAL.search(line.rstrip(")]")):
        return "photo_credit" if _words(match.group("credit")) <= 8 else "photo_caption"
    count = _words(line)
    if _CAPTION_LABEL.match(line) and count <= _MAX_CAPTION_WORDS:
        return "photo_credit" if count <= 8 else "photo_caption"
    if _CAPTION_CREDIT_END.search(line) and not _closes_with_signoff(line):
        return "photo_caption"
    if (
        count <= _MAX_CAPTION_WORDS
        and _PHOTOGRAPHER_CREDIT_END.search(line)
        and not _closes_with_signoff(line)
    ):
        return "photo_caption"
    if (
        _CAPS_LABEL_CAPTION.match(line)
        or _CAPS_LABEL_PICTURE.match(line)
        or (_ARCHIVE_CAPTION.match(line) and count <= _MAX_CAPTION_WORDS)
    ):
        return "photo_caption"
    if (
        "/" in line
        and _MIN_SLASH_CAPTION_WORDS <= count <= _MAX_CAPTION_WORDS
        and _SLASH_CREDIT_END.search(line)
    ):
        return "photo_caption"
    return None


# "… dapat dikenakan sanksi. (AFP/Nur/OL-09)": a paragraph closed by the desk's sign-off, a wire then
# short codes (initials, a desk number), none of them a photographer's name.
_SIGNOFF_END = re.compile(r"[.!?\"”’][ ]*\([A-Za-z]{2,10}(?:/[A-Za-z0-9-]{1,8}){1,3}\)[ ]*$")
_SIGNOFF_CODE = re.compile(r"/(?:[a-z]+|[\w-]*\d[\w-]*)(?=[/)])")
_MIN_SIGNED_PARAGRAPH_WORDS = 12


# "RUSIA PUJI TENTARA KORUT - Tangkap layar … memperlihatkan …": a caption headed by a label in capitals,
# longer than any dateline's place.
_CAPS_LABEL_CAPTION = re.compile(r"^[A-Z0-9'’]+(?:[ ][A-Z0-9'’]+){3,9}[ ]+[-–—][ ]+\S")
# "PUTIN KUNJUNGI DPRK - Foto diambil dari …": a shorter label, whose text then speaks of the picture
# itself. A lead says what happened, never where its photo was taken from.
_CAPS_LABEL_PICTURE = re.compile(
    r"^[A-Z0-9'’]+(?:[ ][A-Z0-9'’]+){0,9}[ ]+[-–—][ ]+"
    r"(?i:(?:foto|gambar)(?:[ ]+(?:ini|itu|tersebut))?[ ]+(?:diambil|dirilis|diunggah|dipublikasikan)\b"
    r"|tangkap(?:an)?[ ]+layar\b)"
)


def _closes_with_signoff(line: str) -> bool:
    end = _SIGNOFF_END.search(line)
    return (
        end is not None
        and _SIGNOFF_CODE.search(end.group()) is not None
        and _words(line) >= _MIN_SIGNED_PARAGRAPH_WORDS
    )


def is_correction_notice(line: str) -> bool:
    """An editorial note or correction (see ``_CORRECTION``): article content, never clutter. "Update:
    12/05/2024 10:15" is the page's stamp, not a note."""
    return _CORRECTION.match(line) is not None and not _is_date_line(line)


def _is_signoff(line: str) -> bool:
    """A whole-line parenthesis of a few words: "(nvc/ita)", "(Susi Susanti)", "(Tribunnews.com/X)"."""
    match = _SIGNOFF.match(line)
    if match is None:
        return False
    inner = match.group("inner")
    return (
        any(ch.isalpha() for ch in inner)
        and _words(inner) <= _MAX_SHORT_WORDS
        and not inner.rstrip().endswith(("!", "?"))
        and not find_dates(inner)
    )


# --- shared predicates --------------------------------------------------------------------------


def _canonical(text: str) -> str:
    return " ".join(_WORD.findall(strip_tags(text).casefold()))


# 'Stoltenberg minta bantuan Seoul: "Amunisi sangat dibutuhkan"': a headline in sentence case that ends on
# the words it quotes. Prose closes a quotation after its punctuation ('…," kata dia', '… dibutuhkan."');
# a headline closes it on a word, and has no sentence break before it.
_QUOTING_HEADLINE = re.compile(r"""^[^.!?"“”]*(?:[:,]|\b\w+)[ ]+["“][^"“”]{3,}[\w)]["”]$""")
_MAX_QUOTING_HEADLINE_WORDS = 20


def reads_as_prose(line: str) -> bool:
    """Whether ``line`` reads as article prose: a sentence of a few words that ends like one, or a long
    run of words that no headline is (a menu, a share bar or a copyright line never is)."""
    count = _words(line)
    if count < _MIN_SENTENCE_WORDS:
        return False
    if _QUOTING_HEADLINE.search(line) and count <= _MAX_QUOTING_HEADLINE_WORDS:
        return False
    # "… pada Rabu. (KCNA via REUTERS)": a credit in parentheses after the full stop still ends a sentence.
    if _FULL_STOP.search(line) or _FULL_STOP.search(_TRAILING_PARENTHESIS.sub("", line)):
        return True
    if _TERMINAL.search(line) or line.endswith(":"):
        return not is_title_like(line)
    return count >= _MIN_PROSE_WORDS and not is_title_like(line)


def is_title_like(line: str) -> bool:
    """A headline-shaped line: a few words, no final full stop, most long words capitalised."""
    text = strip_tags(line)
    count = _words(text)
    if not 2 <= count <= _MAX_TITLE_WORDS or len(text) > _MAX_TITLE_CHARS or text.endswith((".", ",", ";")):
        return False
    return _capital_share(text) >= 0.6


def _capital_share(text: str) -> float:
    long_words = [word for word in text.split() if len(word) >= 4 and word[0].isalpha()]
    if not long_words:
        return 1.0
    return sum(1 for word in long_words if word[0].isupper()) / len(long_words)


def _is_date_line(line: str, names: frozenset[str] = frozenset()) -> bool:
    """A page's date stamp: a line that is only a date, with labels such as "Diperbarui" or "WIB", the
    outlet's name ("Kompas.com - 25/04/2019, 12:17 WIB") or a widget word ("… 08:05 WITA Follow")."""
    if _words(line) > _MAX_STAMP_WORDS:
        return False  # speed: a paragraph is never a stamp, and most lines asked about are paragraphs
    mentions = [m for m in find_dates(line) if m.precision == "day" or _is_stamp(m)]
    if not mentions:
        return False
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " | " + rest[mention.end :]
    rest = _DATE_LABELS.sub(" ", rest)
    leftover = 0
    for part in _STAMP_LEFTOVER_SPLIT.split(rest):
        part = part.strip(_EDGE_PUNCT + ",.()")
        if part.casefold() in names or _BRAND_TOKEN.match(part) or _STAMP_WIDGET.match(part):
            continue
        if _PLACE_BEFORE_DATE.match(part) and known_place(part):
            continue  # "Jakarta, 12 November 2024": where and when the piece was filed
        leftover += sum(1 for ch in part if ch.isalnum())
    return leftover <= _MAX_DATE_LINE_LEFTOVER


def _is_stamp(mention) -> bool:
    """A stored copy's "date 2023-09" stamp: a page date of month precision."""
    return mention.precision == "month" and mention.text[:4].casefold() == "date"


_PLACE_BEFORE_DATE = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.-]*(?:[ ][A-Z\u00c0-\u00de][\w'’.-]*){0,2}$")
_STAMP_LEFTOVER_SPLIT = re.compile(r"[ ]*(?:\||•|·|[ ][-–—/][ ])[ ]*")
_STAMP_WIDGET = re.compile(r"^(?:follow|ikuti|share|bagikan|dibaca|views?)$", _I)


# --- repeated captions --------------------------------------------------------------------------


def _repeated_lines(
    lines: Sequence[str], local: Sequence[str | None], facts: _LineFacts
) -> dict[int, set[int]]:
    """Lines repeated close by (verbatim or with a photo credit appended), mapped to their copies."""
    filled = [
        i
        for i, line in enumerate(lines)
        if line and local[i] is None and facts.words(line) >= _MIN_REPEAT_WORDS
    ]
    filled += [i for i, line in enumerate(lines) if local[i] == "photo_caption"]
    filled.sort()
    repeated: dict[int, set[int]] = {}
    canonical = facts.canonicals  # each line is compared with up to _REPEAT_DISTANCE others
    # Speed: two lines can only be one element when one canonical form starts with the other, and so
    # must the canonical forms of their openings (for a line without tags, the canonical form of its
    # first characters is a prefix of its canonical form). Most pairs differ right there.
    openings = [_opening(lines[i], facts) for i in filled]
    for position, first in enumerate(filled):
        head = openings[position]
        for offset, second in enumerate(filled[position + 1 : position + 1 + _REPEAT_DISTANCE], position + 1):
            other = openings[offset]
            if not (other.startswith(head) if len(head) <= len(other) else head.startswith(other)):
                continue
            a, b = facts.canonical(lines[first]), facts.canonical(lines[second])
            if not a or not b or (a != b and not (b.startswith(a) if len(a) < len(b) else a.startswith(b))):
                continue  # _same_element's verdict, without the call
            if _same_element(lines[first], lines[second], canonical):
                repeated.setdefault(first, set()).add(second)
                repeated.setdefault(second, set()).add(first)
    return repeated


_OPENING_CHARS = 40


def _opening(line: str, facts: _LineFacts) -> str:
    """A prefix of ``_canonical(line)``, cheap to compute (the whole of it when the line has tags)."""
    if "<" in line or len(line) <= _OPENING_CHARS:
        return facts.canonical(line)
    return _canonical(line[:_OPENING_CHARS])


def _same_element(first: str, second: str, canonical: dict[str, str] | None = None) -> bool:
    memo = {} if canonical is None else canonical
    a = memo.get(first)
    if a is None:
        a = memo[first] = _canonical(first)
    b = memo.get(second)
    if b is None:
        b = memo[second] = _canonical(second)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (first, second) if len(a) < len(b) else (second, first)
    if not memo[longer].startswith(memo[shorter]):
        return False
    tail = strip_tags(longer)[len(strip_tags(shorter).rstrip(" .")) :].strip(" .")
    return bool(tail) and tail.startswith(("(", "[", "Foto", "foto", "Photo", "Dok", "dok"))


# --- zones --------------------------------------------------------------------------------------


def _find_lead(
    lines: Sequence[str], local: Sequence[str | None], repeated: dict[int, set[int]], facts: _LineFacts
) -> int:
    """Index of the article's first line: the dateline lead, else the first paragraph after the header."""
    prose_seen = 0
    for i, line in enumerate(lines):
        if local[i] is not None or i in repeated:
            continue
        dateline = facts.dateline(line)
        if dateline is not None and (not dateline.alone or _next_is_prose(lines, local, i, facts)):
            return i
        if facts.prose(line):
            prose_seen += 1
            following = _next_content(lines, local, i)
            if prose_seen > _MAX_HEADER_PROSE or (
                following is not None
                and facts.prose(lines[following])
                and facts.dateline(lines[following]) is None
            ):
                break  # two paragraphs in a row: the article has begun without a dateline
    return _fallback_lead(lines, local, repeated, facts)


def _next_content(lines: Sequence[str], local: Sequence[str | None], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if lines[j] and local[j] is None:
            return j
        if lines[j] and local[j] in _HEADER_MARKERS:
            return None
    return None


def _footer_reason(line: str, local: str | None, facts: _LineFacts) -> str:
    if local is not None:
        return local
    if not line:
        return "empty"
    # A page that prints its time stamp below the article ("2024/01/12 07:27 KST").
    return "page_date" if facts.date_line(line) else "promo"


def _next_is_prose(lines: Sequence[str], local: Sequence[str | None], index: int, facts: _LineFacts) -> bool:
    following = _next_content(lines, local, index)
    return following is not None and facts.prose(lines[following])


def _fallback_lead(
    lines: Sequence[str], local: Sequence[str | None], repeated: dict[int, set[int]], facts: _LineFacts
) -> int:
    window_end, prose_seen = len(lines), 0
    for i, line in enumerate(lines):
        if local[i] is None and i not in repeated and facts.prose(line):
            prose_seen += 1
            following = _next_content(lines, local, i)
            # Two paragraphs in a row: the article has begun, so a byline or caption further down (an
            # excerpt from page 2 ends with its "Editor:" line) does not push the lead past them.
            in_a_row = following is not None and following not in repeated and facts.prose(lines[following])
            if prose_seen > _MAX_HEADER_PROSE or in_a_row:
                window_end = i
                break
    markers = [i for i in range(window_end) if local[i] in _HEADER_MARKERS or i in repeated]
    start = markers[-1] + 1 if markers else 0
    for candidates in (range(start, len(lines)), range(len(lines))):
        for i in candidates:
            if local[i] is None and i not in repeated and facts.prose(lines[i]):
                return i
    for i in range(len(lines)):
        if local[i] is None and i not in repeated:
            return i
    return len(lines)


# A sentence whose subject or speaker is someone the article named before: a pronoun opening it, or a
# quotation closed by a "-nya" attribution. No headline or promo reads like that.
_CONTINUATION_OPENING = re.compile(
    r"^(?:(?:menurut|kata|ujar)\s+(?:dia|beliau|mereka)\b|menurutnya\b|(?:ia|dia|beliau|mereka)\s+\w+)", _I
)
_CLOSING_ATTRIBUTION = re.compile(
    r"""[,.!?]["”’]\s*(?:\w+nya|(?:kata|ujar|imbuh|tambah|tegas)\s+(?:dia|beliau))[.!?]?$""", _I
)


def _continues_article(line: str) -> bool:
    if _words(line) < _MIN_SENTENCE_WORDS or not _TERMINAL.search(line):
        return False
    return bool(_CONTINUATION_OPENING.match(line) or _CLOSING_ATTRIBUTION.search(line))


def _find_end(lines: Sequence[str], local: Sequence[str | None], lead: int, facts: _LineFacts) -> int:
    """Index where the footer starts: an end marker followed by little but clutter.

    Only paragraphs weigh: a footer of other articles' headlines, section names and menus is long,
    but none of it reads like the article's prose.
    """
    weights = [
        facts.words(line) if local[i] is None and facts.prose(line) else 0 for i, line in enumerate(lines)
    ]
    # A sentence that only makes sense after the article's own ("Menurut dia, …", "Ia menambahkan …",
    # "…," ujarnya.) is the article going on below a promo or a list, never part of a footer.
    continued = max(
        (i for i in range(lead, len(lines)) if local[i] is None and _continues_article(lines[i])), default=-1
    )
    after = sum(weights[lead:])
    before = 0
    for i in range(lead, len(lines)):
        after -= weights[i]
        if (
            i > lead
            and i > continued
            and local[i] in _END_MARKERS
            and before
            and after <= _MAX_FOOTER_SHARE * before
        ):
            return i
        before += weights[i]
    return len(lines)


# --- zone labelling -----------------------------------------------------------------------------


def _header_reasons(
    lines: Sequence[str],
    local: Sequence[str | None],
    repeated: dict[int, set[int]],
    facts: _LineFacts,
    slug: frozenset[str] = frozenset(),
    binding: bool = False,
) -> list[str]:
    dates = [not local[i] and bool(line) and facts.date_line(line) for i, line in enumerate(lines)]
    title = _pick_title(lines, local, dates, facts, slug, binding)
    title_key = facts.canonical(lines[title]) if title is not None else None
    after_title = -1 if title is None else title
    first_marker = next(
        (i for i, reason in enumerate(local) if i > after_title and reason in _HEADER_MARKERS), len(lines)
    )
    reasons: list[str] = []
    for i, line in enumerate(lines):
        if local[i] is not None:
            reasons.append(local[i] or "empty")
        elif dates[i]:
            reasons.append("page_date")
        elif i == title:
            reasons.append("title")
        elif title_key and facts.canonical(line) == title_key:
            reasons.append("duplicate_title")
        elif title is not None and i < title:
            reasons.append("section_label" if facts.words(line) <= _MAX_SHORT_WORDS else "standfirst")
        elif i in repeated or (i > first_marker and facts.prose(line)):
            reasons.append("photo_caption")
        elif facts.prose(line):
            reasons.append("standfirst")
        else:
            reasons.append("section_label")
    return reasons


def _pick_title(
    lines: Sequence[str],
    local: Sequence[str | None],
    dates: Sequence[bool],
    facts: _LineFacts,
    slug: frozenset[str] = frozenset(),
    binding: bool = False,
) -> int | None:
    """The headline: the most headline-like line of the header (long, capitalised, repeated, right above
    the byline), and above all the one the page's address spells out.

    ``binding``: the address spells out a headline in the page's own words (most of them occur in the
    text). Then a line that shares under half of them is not the headline (a caption or a standfirst on
    the same story) and the copy simply does not include it: no headline."""
    counts: dict[str, int] = {}
    for line in lines:
        key = facts.canonical(line)
        counts[key] = counts.get(key, 0) + 1
    best: tuple[float, int] | None = None
    for i, line in enumerate(lines):
        text = strip_tags(line)
        count = _words(text)
        if local[i] is not None or dates[i] or not 2 <= count <= _MAX_TITLE_WORDS:
            continue
        if len(text) > _MAX_TITLE_CHARS or _TRAILING_PARENTHESIS.sub("", text).endswith((".", ",", ";", ":")):
            continue  # a sentence, even when a credit in parentheses follows its full stop
        if (
            _SITE_BANNER.match(text)
            or _READING_BAR.match(text)
            or text.startswith(_BULLETS)
            or _tagline(text)
        ):
            continue
        score = min(count, 20) + 8 * _capital_share(text) + (3 if counts[facts.canonical(line)] > 1 else 0)
        if text.isupper() and count <= 4:
            score -= 6  # "INFOGRAFIS INDEKS": a rubric, not a headline
        if _above_the_byline(i, lines, local, dates):
            score += 4  # the headline sits right above its byline or date stamp
        if any(m.precision == "day" and m.year is not None for m in find_dates(text)):
            score -= 6  # a headline rarely prints a full date; captions and stamps do
        if slug and _slug_share(text, slug) >= _SLUG_MATCH:
            score += 20  # the address names this headline: no other evidence outweighs it
        if best is None or score > best[0]:
            best = (score, i)
    if best is not None and binding and _slug_share(strip_tags(lines[best[1]]), slug) < _SLUG_AGREES:
        return None
    return best[1] if best else None


_TITLE_LOOKAHEAD = 3
# A headline never opens with a bullet; menu entries ("• Home", "• Game & E-Sport") do.
_BULLETS = ("•", "·", "▪", "►", "*")
# "Reading: <headline>": a theme's sticky bar repeats the headline printed further down on its own.
_READING_BAR = re.compile(
    r"^(?:now reading|reading|sedang dibaca|sedang membaca|anda sedang membaca)[ ]*:", re.I
)
_TRAILING_PARENTHESIS = re.compile(r"[ ]*[(\[][^()\[\]]{1,60}[)\]][ ]*$")
# "Kabarkita.id - Portal Berita Anak Muda": the site's name and tagline at the top of every page.
_SITE_BANNER = re.compile(r"^[\w-]+(?:\.[a-z]{2,4}){1,2}[ ]+[-–—|:][ ]+\S", re.IGNORECASE)
# A site's tagline under its name ("Berita Indonesia Terbaru Hari Ini | Today's Latest Indonesia News",
# "Portal Berita Terkini dan Terpercaya"): nearly all its words praise the site's news, none says what
# happened. The kinds of word it is made of:
_TAGLINE_NEWS = frozenset(
    ("berita", "kabar", "informasi", "info", "portal", "situs", "media", "news", "newspaper", "headlines")
)  # fmt: skip
_TAGLINE_PRAISE = frozenset(
    (
        "terbaru", "terkini", "terupdate", "terpercaya", "terlengkap", "teraktual", "aktual", "tajam",
        "akurat", "cepat", "update", "updates", "latest", "trusted", "breaking", "today", "todays", "daily",
        "harian", "online", "independen", "inspiratif",
    )
)  # fmt: skip
_TAGLINE_FILLER = frozenset(
    (
        "hari", "ini", "dan", "dari", "di", "untuk", "anda", "seputar", "yang", "indonesia", "nasional",
        "dunia", "the", "of", "and", "for", "your", "in", "indonesian", "world",
    )
)  # fmt: skip
_TAGLINE_SHARE = 0.8


def _tagline(text: str) -> bool:
    """A site's tagline: a news word, a word of praise, and almost nothing else."""
    words = [squash(word) for word in text.split()]
    words = [word for word in words if word]
    if not words:
        return False
    known = sum(word in _TAGLINE_NEWS or word in _TAGLINE_PRAISE or word in _TAGLINE_FILLER for word in words)
    return (
        any(word in _TAGLINE_NEWS for word in words)
        and any(word in _TAGLINE_PRAISE for word in words)
        and known / len(words) >= _TAGLINE_SHARE
    )


# A header line holding this share of the address's slug words is the headline the address names.
_SLUG_MATCH = 0.6
# The address's words are the page's own when this share of them occurs in its text (not an English
# address for an Indonesian page, not an identifier); a headline then shares at least half of them.
_SLUG_IN_PAGE = 0.5
_SLUG_AGREES = 0.5
_MIN_SLUG_WORDS = 4
_SLUG_SPLIT = re.compile(r"[-_+]+")
_SLUG_WORD = re.compile(r"^[^\W\d_]{2,}$")
_SLUG_TOKEN = re.compile(r"[^\W_]+")


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the headline a news address spells out ("…/kim-jong-un-kunjungi-kedutaan-rusia-1"),
    casefolded; empty when the address has no such part (at least four words)."""
    if not url:
        return frozenset()
    path = urlsplit(url).path if "//" in url else url
    best: list[str] = []
    for segment in path.split("/"):
        words = [
            word for word in _SLUG_SPLIT.split(segment.rsplit(".", 1)[0].casefold()) if _SLUG_WORD.match(word)
        ]
        if len(words) > len(best):
            best = words
    return frozenset(best) if len(best) >= _MIN_SLUG_WORDS else frozenset()


def _slug_share(text: str, slug: frozenset[str]) -> float:
    words = set(_SLUG_TOKEN.findall(text.casefold()))
    return len(words & slug) / len(slug)


def _above_the_byline(
    index: int, lines: Sequence[str], local: Sequence[str | None], dates: Sequence[bool]
) -> bool:
    for j in range(index + 1, min(len(lines), index + 1 + _TITLE_LOOKAHEAD)):
        if lines[j]:
            return dates[j] or local[j] == "byline"
    return False


def _body_reasons(
    lines: Sequence[str],
    local: Sequence[str | None],
    repeated: dict[int, set[int]],
    lead: int,
    end: int,
    facts: _LineFacts,
) -> list[str]:
    reasons: list[str] = []
    teasers_left, teaser_reason = 0, "read_also"
    for i in range(lead, end):
        line = lines[i]
        reason = local[i]
        if reason is not None:
            if reason == "read_also" and _is_read_also_alone(line):
                teasers_left, teaser_reason = _MAX_TEASERS, "read_also"
            elif reason == "related_list":
                # "Berita Terkait" heads a list of other articles' headlines.
                teasers_left, teaser_reason = _MAX_RELATED_ITEMS, "related_list"
            reasons.append(reason)
            continue
        if any(lead <= j < end for j in repeated.get(i, ())):
            reasons.append("photo_caption")
        elif _in_question_box(lines, i):
            reasons.append("related_list")
        elif teasers_left and facts.title_like(line) and facts.words(line) >= _MIN_TEASER_WORDS:
            teasers_left -= 1
            reasons.append(teaser_reason)
            continue
        elif teasers_left and teaser_reason == "related_list" and _is_list_label(line, facts):
            reasons.append(teaser_reason)  # the section name or "2 hari lalu" of a listed article
            continue
        elif i != lead and facts.date_line(line):
            reasons.append("page_date")
        elif i == lead:
            reasons.append("dateline" if _is_lone_dateline(line) else "lead")
        else:
            reasons.append("subheading" if facts.title_like(line) and not facts.prose(line) else "paragraph")
        teasers_left = 0
    return reasons


# --- body structure -----------------------------------------------------------------------------
#
# The line rules above know the furniture they have names for. What a page's theme adds under names
# nobody listed is still recognisable by its shape next to the article's: a headline-shaped line heads
# the paragraph under it, so several of them in a row with no paragraph between are a list of links,
# one with no paragraph after it heads nothing, and a few words that are neither a sentence nor a
# heading ("light_mode dark_mode", "Add yours") are a widget's label. Words that are not a sentence right
# above a photo credit are the picture's caption. A line that is no sentence and that the page prints
# twice (the headline again in a sticky bar, a menu, a teaser) is the page's, not the article's.

_MAX_FRAGMENT_WORDS = 4
_BODY_TEXT = frozenset({"lead", "paragraph"})


def _settled_body(lines: Sequence[str], reasons: list[str], lead: int, facts: _LineFacts) -> list[str]:
    """``reasons`` of the body (lines ``lead`` onwards) with link lists, headings of nothing and
    widget labels taken out of the article (see above)."""
    reasons = list(reasons)
    body = [k for k, reason in enumerate(reasons) if reason != "empty"]
    seen: dict[str, int] = {}
    for line in lines:
        if line:
            key = facts.canonical(line)
            seen[key] = seen.get(key, 0) + 1
    listed = _list_items(lines, reasons, lead, body, facts)
    for at, k in enumerate(body):
        if reasons[k] not in {"paragraph", "subheading"} or _TERMINAL.search(lines[lead + k]) or k in listed:
            continue
        if facts.canonical(lines[lead + k]) and seen[facts.canonical(lines[lead + k])] > 1:
            reasons[k] = "repeated_furniture"  # the headline again, a menu or a teaser printed twice
        elif at + 1 < len(body) and reasons[body[at + 1]] == "photo_credit":
            reasons[k] = "photo_caption"  # the words over a picture's credit are its caption
        elif (
            reasons[k] == "paragraph"
            and _is_fragment(lines[lead + k], facts)
            and not _cut_off(lines, lead + k, reasons, _before(body, at), facts)
            and not _one_word_heading(lines, lead, reasons, body, at, facts)
        ):
            reasons[k] = "fragment"
    run: list[int] = []
    for k in [*body, -1]:  # -1 closes the last run
        if k >= 0 and reasons[k] == "subheading" and k not in listed:
            run.append(k)
            continue
        if len(run) >= 2:
            for member in run:
                reasons[member] = "link_list"
        run = []
    for at, k in enumerate(body):
        if (
            reasons[k] == "subheading"
            and facts.words(lines[lead + k]) >= _MIN_NAMING_WORDS
            and k not in listed
            and not _QUESTION_HEADING.match(lines[lead + k])
        ):
            following = [lines[lead + j] for j in body[at + 1 :] if reasons[j] in _BODY_TEXT][
                :_HEADED_PARAGRAPHS
            ]
            if following and _named_share(lines[lead + k], following) < _MIN_NAMED_SHARE:
                reasons[k] = "link_list"
    # Below the last sentence of the article, headings and lines that are no sentence are the page's
    # footer (other stories, a tagline, a box's label), whatever their words; the text's last line right
    # after a paragraph is where a copy was cut off, and is kept, even when the names in it capitalise
    # it like a headline.
    prose_after = False
    for at, k in enumerate(reversed(body)):
        line = lines[lead + k]
        if reasons[k] == "lead" or (
            reasons[k] == "paragraph" and (facts.prose(line) or _TERMINAL.search(line))
        ):
            prose_after = True
        elif prose_after or k in listed:
            continue
        elif (reasons[k] == "subheading" and not _names_many(line)) or (
            reasons[k] in {"paragraph", "subheading"}
            and not _unfinished_sentence(line, facts)
            and not _cut_off(lines, lead + k, reasons, _before(body, len(body) - 1 - at), facts)
        ):
            reasons[k] = "link_list"
    return reasons


def _unfinished_sentence(line: str, facts: _LineFacts) -> bool:
    """A sentence that lost its full stop: a capital, then five words or more of prose case
    ("Hal itu disampaikan Peskov kepada wartawan"); a tagline starts lower case or capitalises its words."""
    return line[:1].isupper() and facts.words(line) >= _MIN_SENTENCE_WORDS and not facts.title_like(line)


# Short words a headline leaves in lower case ("… ke Rusia untuk Bantu Perang di Ukraina").
_HEADLINE_LOWER = frozenset(
    {"untuk", "dengan", "dalam", "tentang", "kepada", "antara", "setelah", "sebelum", "terhadap", "karena",
     "sebagai", "hingga", "sampai", "tanpa", "melalui", "menuju", "akibat", "usai", "jelang", "bersama"}
)  # fmt: skip
_MIN_LOWER_CONTENT_WORDS = 3


def _names_many(line: str) -> bool:
    """A line capitalised like a headline only because it names many people and places: it still has
    ordinary words in lower case ("Menteri Luar Negeri …, Antony Blinken, mengatakan pada hari Kamis bahwa
    ada …"), which a headline capitalises. The copy's last line cut off in such a sentence is the article's."""
    lower = [
        word
        for word in (w.strip(",.;:“”\"'()") for w in line.split())
        if len(word) >= 5 and word.isalpha() and word.islower() and word not in _HEADLINE_LOWER
    ]
    return len(lower) >= _MIN_LOWER_CONTENT_WORDS


def _list_items(
    lines: Sequence[str], reasons: Sequence[str], lead: int, body: Sequence[int], facts: _LineFacts
) -> set[int]:
    """The lines of a list the article introduces with a colon ("Negara yang hadir:" then "Rusia",
    "Korea Utara", …): they look like labels and headings, and are the article's. Headlines of five words
    or more under a box's label ("Artikel Pilihan:") are not items."""
    listed: set[int] = set()
    listing = False
    for k in body:
        line = lines[lead + k]
        if reasons[k] not in _BODY_TEXT and reasons[k] != "subheading":
            continue  # furniture between two items does not end the list
        if _NUMBERED_ITEM.match(line) and not facts.prose(line):
            listed.add(k)  # "1. Kereta barang": numbered, an item wherever it sits
        elif line.endswith(":"):
            listing = True
        elif listing and not facts.prose(line):
            # A headline of five words or more under a colon is a box of other stories, not an item.
            if facts.words(line) <= _MAX_FRAGMENT_WORDS or not facts.title_like(line):
                listed.add(k)
        else:
            listing = False
    return listed


_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)][ ]+\S")
# An explainer's headings ask what the paragraphs under them answer, in words of their own.
_QUESTION_HEADING = re.compile(
    r"^(?:apa|apakah|mengapa|kenapa|bagaimana|siapa|kapan|di ?mana|berapa|seperti apa|why|what|how|who)\b",
    _I,
)


def _one_word_heading(
    lines: Sequence[str], lead: int, reasons: Sequence[str], body: Sequence[int], at: int, facts: _LineFacts
) -> bool:
    """One capitalised word between two paragraphs ("Kronologi"): a heading, not a widget's label."""
    line = lines[lead + body[at]]
    if facts.words(line) != 1 or not line[:1].isupper():
        return False
    neighbours = [body[at - 1] if at else None, body[at + 1] if at + 1 < len(body) else None]
    return all(
        j is not None and reasons[j] in _BODY_TEXT and facts.prose(lines[lead + j]) for j in neighbours
    )


def _before(body: Sequence[int], at: int) -> int | None:
    return body[at - 1] if at else None


# A heading of this many words names what the paragraphs under it are about; one that names none of it
# ("Putin: Israel Bertindak Sesukanya di Suriah" above a paragraph on a strike on Kyiv) links elsewhere.
_MIN_NAMING_WORDS = 5
_HEADED_PARAGRAPHS = 2
_MIN_NAMED_SHARE = 0.25
# Words are compared by their first letters, so that affixed forms meet ("pengiriman", "pengirimannya").
_STEM = 5
_MIN_CONTENT_LETTERS = 4
_FUNCTION_WORDS = frozenset(
    [
        "yang",
        "dari",
        "untuk",
        "dengan",
        "dalam",
        "pada",
        "akan",
        "tidak",
        "bisa",
        "juga",
        "atau",
        "saat",
        "usai",
        "soal",
        "kata",
        "bakal",
        "sudah",
        "masih",
        "para",
        "oleh",
        "kepada",
        "karena",
        "tersebut",
        "setelah",
        "sebelum",
        "antara",
        "bagi",
        "lagi",
        "hingga",
        "sampai",
        "jadi",
        "menjadi",
        "ingin",
        "ini",
        "itu",
        "ada",
        "adalah",
        "begini",
        "begitu",
        "kini",
        "baru",
        "makin",
        "semakin",
        "terus",
        "tetap",
        "hanya",
        "bukan",
        "belum",
        "pernah",
    ]
)


def _content_stems(text: str) -> set[str]:
    words = (word.casefold() for word in _WORD.findall(strip_tags(text)))
    return {
        word[:_STEM]
        for word in words
        if len(word) >= _MIN_CONTENT_LETTERS and word.isalpha() and word not in _FUNCTION_WORDS
    }


def _named_share(heading: str, paragraphs: Sequence[str]) -> float:
    """The share of a heading's content words that the paragraphs under it use too."""
    named = _content_stems(heading)
    if not named:
        return 1.0
    used = set().union(*(_content_stems(paragraph) for paragraph in paragraphs))
    return len(named & used) / len(named)


def _cut_off(
    lines: Sequence[str], index: int, reasons: Sequence[str], previous: int | None, facts: _LineFacts
) -> bool:
    """The text's last line where a copy was cut off mid-sentence: right after a paragraph ("Kendati
    demikian, ma"), or a sentence's opening words wherever it sits ("Kim berjanji untuk memperluas
    hubungan dengan Rusia di semua bidang termasuk komp" below a teaser). The article's words, not a
    widget's."""
    if index != len(lines) - 1:
        return False
    if previous is not None and reasons[previous] in _BODY_TEXT:
        return True
    line = lines[index]
    return facts.words(line) >= _MIN_SENTENCE_WORDS and not facts.title_like(line)


def _is_fragment(line: str, facts: _LineFacts) -> bool:
    """A few words that neither end like a sentence nor look like a heading."""
    return (
        facts.words(line) <= _MAX_FRAGMENT_WORDS
        and not _TERMINAL.search(line)
        and not line.endswith((":", ",", ";"))
        and not facts.title_like(line)
    )


# "-" ¶ "Kapan Putin berkunjung ke Korea Utara? Sebagai informasi, …": a box of questions about other
# stories, each item a bullet on its own line and then a question with its answer.
_LONE_BULLET = re.compile(r"^[-–•*·]$")
_QUESTION_ITEM = re.compile(
    r"^(?:apa|apakah|kapan|di ?mana|bagaimana|kenapa|mengapa|siapa|berapa)\b[^?\n]{3,120}\?[ ]+\S", _I
)


def _in_question_box(lines: Sequence[str], i: int) -> bool:
    """A question item right after a lone bullet line, or the bullet line right before one (blank lines
    between them do not count: a copy may put one after every line)."""
    line = lines[i].strip()
    if _LONE_BULLET.match(line):
        following = _neighbour(lines, i, 1)
        return following is not None and bool(_QUESTION_ITEM.match(following))
    previous = _neighbour(lines, i, -1)
    return previous is not None and bool(_LONE_BULLET.match(previous)) and bool(_QUESTION_ITEM.match(line))


def _neighbour(lines: Sequence[str], i: int, step: int) -> str | None:
    """The nearest non-empty line before (``step`` -1) or after (+1) line ``i``, stripped."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].strip():
            return lines[j].strip()
        j += step
    return None


def _is_list_label(line: str, facts: _LineFacts) -> bool:
    return facts.words(line) <= _MAX_LIST_LABEL_WORDS and not facts.prose(line) and not _TERMINAL.search(line)


_MAX_LIST_LABEL_WORDS = 3


def _is_read_also_alone(line: str) -> bool:
    match = _READ_ALSO.match(line)
    return match is not None and not match.group("teaser")


def _is_lone_dateline(line: str) -> bool:
    # A place in square brackets alone ("[MOSKOW]") is read as a dateline the brackets mark, where the same
    # capitals unbracketed are read only where a paragraph is known to follow.
    dateline = parse_dateline(line, allow_bare=line.startswith("["))
    return dateline is not None and dateline.alone

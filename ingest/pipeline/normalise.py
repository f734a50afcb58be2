"""Canonical text form: one spelling for every invisible difference between copies of an article.

Two copies of one article (saved on Windows and on a Mac, pasted from a browser or from an e-mail
that wrapped it at 72 columns) must come out of here identical, so that cleaning, metadata and the
content hash do not depend on how the text travelled. Everything here is lossless for the reader:
only characters that do not show (or show as a plain space or line break) are changed, and page
elements a copy glued onto one line get their line break back (``layout``). Characters a copy spelled
as HTML entities or as mojibake are spelled as the page shows them (``repair``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ingest.pipeline.dates import find_dates
from ingest.pipeline.layout import join_split_labels, split_glued_elements
from ingest.pipeline.patterns import _CAPTION_LABEL, _SOURCE_CREDIT, read_also_match
from ingest.pipeline.repair import repair_characters

__all__ = ["normalise_text", "unwrap_hard_wrapped"]

_CRLF = re.compile(r"\r\n")
# Everything a reader sees as a line break: CR, LINE/PARAGRAPH SEPARATOR, form feed, vertical
# tab, NEXT LINE.
_LINE_BREAKS = re.compile("[\r\u2028\u2029\f\v\x85]")
# Everything a reader sees as a space: tab, NBSP (pasted from HTML) and the typographic spaces.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters: soft hyphen, zero-width (non-)joiners and spaces, direction marks and
# embeddings, word joiner, BOM. They split words for search and hashing without being seen.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# C0/C1 controls other than the newline, and lone surrogates (which cannot be encoded at all).
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")

# Hard-wrap detection. Wrapping tools break at 60-100 columns; anything from 40 to 120 is
# accepted so that narrow mail clients and wide editors are covered.
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 120
# A wrapped line is never shorter than the width minus the next word; 15 covers long words.
_WRAP_SLACK = 15
_MIN_FULL_SHARE = 0.5
# A page's own short lines (menu, byline, date, "Baca juga", tags) sit between the wrapped paragraphs and
# are followed by a line too: a third of the followed lines filled to the width, and at least a few, is
# already more than ordinary paste shows (its paragraphs run past 120 columns or end anywhere).
_MIN_FULL_SHARE_MANY = 0.3
_MIN_FULL_LINES_MANY = 3
# A theme's menu can be longer than a third of the page; then the lines of 40 columns or more are the
# measure: in a wrapped page most of them are filled to the width, in ordinary paste they end anywhere.
_MIN_FULL_SHARE_LONG = 0.6
# In text that separates paragraphs with blank lines, a short line after a sentence end is a
# separate element (a caption, a dateline), not the rest of the paragraph.
_SHORT_LINE_SHARE = 0.6
# A headline as long as a wrapped line capitalises nearly all of its long words (four letters or more).
_LONG_WORD = 4
_MIN_HEADLINE_WORDS = 5
_HEADLINE_CAPITALS = 0.8
_SENTENCE_INSIDE = re.compile(r"[.!?][ ]+[A-Z]")
_LEDE_MARKS = re.compile(r"[ ][-–—]{1,2}[ ]|[(\[]")
# A line of prose capitalises at most half of its long words (names); the rest of a headline more.
_PROSE_CAPITALS = 0.5
_SENTENCE_END = re.compile(r"""[.!?…:)\]]["'”’»)]*$""")
# A copyright line ("© 2024 …"), a bullet or a hashtag opens a line as a capital does: after a sentence end
# they start the page's footer or a list, never the rest of a wrapped sentence.
_SENTENCE_START = re.compile(r"""^["'“‘«(\[]*[\dA-Z\u00c0-\u00de©•#]""")
# A desk's sign-off on its own line under the last paragraph: "(blq/dmi)", "(ant)". A wrapped sentence
# never leaves a parenthesis of letters alone on its line without a full stop after it.
_SIGNOFF_LINE = re.compile(r"^[(\[](?:\*/)?[A-Za-z][^()\[\]\d]{0,40}[)\]]$")
# Where a wrapped paragraph's last line ends a sentence, it is the rest of the paragraph above it; a caption
# or a credit ends on its credit, a heading on a word.
_FULL_SENTENCE_END = re.compile(r"""[.!?…]["'”’»]*$""")
# Quotation marks that open and close a quotation, and those that do both (straight quotes).
_OPENING_QUOTES = "“«"
_CLOSING_QUOTES = "”»"
# A comma between words: a clause of prose ("Mengutip Reuters, Kim bertemu …"), which a headline in a page
# that sets its elements apart with blank lines seldom has.
_CLAUSE_COMMA = re.compile(r"\w,[ ]\w")
# Words of four letters or more an Indonesian headline leaves in lower case: prepositions, conjunctions.
_TITLE_LOWER_WORDS = frozenset(
    (
        "dengan", "untuk", "dari", "pada", "dalam", "atau", "oleh", "kepada", "bagi", "tentang", "terhadap",
        "sebagai", "karena", "hingga", "sejak", "serta", "tetapi", "namun", "yang", "akan", "soal", "usai",
        "jelang", "demi", "antara", "atas", "bersama", "menuju", "lewat", "melalui", "agar", "saat",
    )
)  # fmt: skip
_QUOTE_OPENERS = '"“«'
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_FIRST_CHUNK = re.compile(r"^[^\s-]+-(?=\w)|^\S+")


def normalise_text(text: str) -> str:
    """Return ``text`` in canonical form (see the module docstring for the rules)."""
    text = _characters(text)
    # A run of spaces never spans a line break: one pass over the text does every line.
    # Unwrapped before glued elements are split: a wrapping tool broke the lines as the copy had them,
    # with a stamp still glued to the first line, so that is the width its breaks are measured at.
    # A wrapping tool counted the spaces of a run ("Putin  menyambut") where the copy had them: the run's
    # length as wrapped is what says whether the next word would have fitted.
    wrapped = [line.strip() for line in text.split("\n")]
    lines = unwrap_hard_wrapped(
        [_SPACE_RUN.sub(" ", line) for line in wrapped], [len(line) for line in wrapped]
    )
    text = "\n".join(join_split_labels(split_glued_elements(lines)))
    return _BLANK_RUN.sub("\n\n", text).strip()


def _characters(text: str) -> str:
    """One spelling per character: NFC, entities and mojibake read back, plain line breaks and spaces,
    nothing invisible.

    Repeated until nothing changes: removing an invisible character can bring a base letter and a
    combining mark together, or the two halves of a misread character (which must meet before the
    non-breaking space or soft hyphen they may spell is replaced or dropped).
    """
    while True:
        fixed = repair_characters(unicodedata.normalize("NFC", text))
        fixed = _SPACES.sub(" ", _LINE_BREAKS.sub("\n", _CRLF.sub("\n", fixed)))
        fixed = unicodedata.normalize("NFC", _CONTROLS.sub("", _INVISIBLE.sub("", fixed)))
        if fixed == text:
            return fixed
        text = fixed


def unwrap_hard_wrapped(lines: Sequence[str], lengths: Sequence[int] | None = None) -> list[str]:
    """Re-join lines that a wrapping tool broke at a fixed width; leave ordinary paste untouched.

    A wrapper breaks a line exactly when the next word would not fit, so two consecutive lines
    are joined only when the first word of the second would have overflowed the first. Lines must
    already be stripped. Where a break falls after a sentence end the evidence is ambiguous (it
    may be a new paragraph in a paste without blank lines), so those are kept apart unless the rest
    shows it is one paragraph: a quotation left open above the break goes on below it (to the words
    that say who spoke), as does a parenthesis ("(Dok." / "Warta Contoh)"), and in text that separates paragraphs with blank lines, a block's last line
    that ends a sentence is the rest of its paragraph. A caption, a credit, a "Baca juga" teaser or a
    heading under a paragraph stays apart. ``lengths``: each line's length as the wrapping tool saw it
    (before runs of spaces were collapsed), when it differs.
    """
    width = _wrap_width(lines)
    if width is None:
        return list(lines)
    blank_separated = _uses_blank_lines(lines)
    # Each output line as its pieces, joined once at the end: gluing a long paragraph onto itself line
    # by line copied it again for every line (quadratic in a 2 MB wrapped text).
    out: list[list[str]] = []
    quoting = False  # whether the output line so far leaves a quotation open
    brackets = 0  # parentheses the output line so far leaves open
    for index, line in enumerate(lines):
        # A line already joined to the one above it is inside a paragraph: never a headline of its own.
        opens = bool(out) and len(out[-1]) == 1
        ends_block = index + 1 == len(lines) or not lines[index + 1]
        joint = (
            _joint(
                lines[index - 1],
                line,
                width,
                blank_separated,
                opens,
                # A teaser's quotation marks are often mismatched ("“Baca Juga: …“"): one left open there
                # carries nothing into the next line; a caption's parenthesis does ("(Dok." / "Contoh)").
                quoting=(quoting and not _page_element(out[-1][0])) or brackets > 0,
                ends_block=ends_block,
                previous_length=lengths[index - 1] if lengths is not None else None,
            )
            if index and out
            else None
        )
        if joint is None:
            out.append([line])
            quoting = _leaves_quote_open(line, False)
            brackets = max(0, line.count("(") - line.count(")"))
        else:
            out[-1] += (joint, line)
            quoting = _leaves_quote_open(line, quoting)
            brackets = max(0, brackets + line.count("(") - line.count(")"))
    return ["".join(pieces) for pieces in out]


def _leaves_quote_open(line: str, open_before: bool) -> bool:
    """Whether a quotation is open after ``line``, given whether one was open before it. Curly marks say
    which way they go; a straight double quote opens one when none is open and closes it otherwise."""
    quoting = open_before
    for char in line:
        if char in _OPENING_QUOTES:
            quoting = True
        elif char in _CLOSING_QUOTES:
            quoting = False
        elif char == '"':
            quoting = not quoting
    return quoting


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The column a wrapping tool broke this text at, or None when it does not look wrapped."""
    filled = [line for line in lines if line]
    # A line without a space (a picture's markdown, an address) cannot be broken, whatever its length: it
    # says nothing of the width the rest was wrapped at.
    breakable = [len(line) for line in filled if " " in line]
    if len(filled) < 2 or not breakable:
        return None
    width = max(breakable)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    followed = [cur for cur, nxt in zip(lines, lines[1:], strict=False) if cur and nxt]
    full = sum(1 for line in followed if len(line) >= width - _WRAP_SLACK)
    if not full:
        return None
    if full >= _MIN_FULL_SHARE * len(followed):
        return width
    if full < _MIN_FULL_LINES_MANY:
        return None
    # However many menu entries there are, the lines long enough to be prose are nearly all filled.
    prose_long = sum(1 for line in followed if len(line) >= _MIN_WRAP_WIDTH)
    if full >= _MIN_FULL_SHARE_MANY * len(followed) or full >= _MIN_FULL_SHARE_LONG * prose_long:
        return width
    return None


def _headline_shaped(line: str) -> bool:
    """Nearly every long word capitalised, the last word too, and no closing punctuation: a headline,
    never a wrapped line of prose (whose words are mostly lower case, and which may end on any word)."""
    words = line.split()
    if not words or line.endswith((".", ",", ";", ":")) or not words[-1][:1].isupper():
        return False
    # A lead's dateline dash or an abbreviation in parentheses: "Jakarta, IDN Times - AS (AS)".
    if _LEDE_MARKS.search(line):
        return False
    return len(_long_words(line)) >= _MIN_HEADLINE_WORDS and _capital_share(line) >= _HEADLINE_CAPITALS


def _rest_of_headline(line: str, width: int) -> bool:
    """Whether ``line`` can be the rest of a headline wrapped above it: capitalised words, no date, no
    sentence ending inside it, and, when it fills the width, as capitalised as a headline (a full line of
    prose that opens on names is not)."""
    share = _capital_share(line)
    if share < _PROSE_CAPITALS or _SENTENCE_INSIDE.search(line) or find_dates(line):
        return False
    return len(line) < width - _WRAP_SLACK or share >= _HEADLINE_CAPITALS


def _long_words(line: str) -> list[str]:
    return [word for word in line.split() if len(word) >= _LONG_WORD and word[0].isalpha()]


def _capital_share(line: str) -> float:
    long_words = _long_words(line)
    return sum(1 for word in long_words if word[0].isupper()) / len(long_words) if long_words else 0.0


def _uses_blank_lines(lines: Sequence[str]) -> bool:
    blanks = sum(1 for line in lines if not line)
    return blanks >= max(2, len(lines) // 10)


def _joint(
    previous: str,
    line: str,
    width: int,
    blank_separated: bool,
    opens: bool = True,
    *,
    quoting: bool = False,
    ends_block: bool = False,
    previous_length: int | None = None,
) -> str | None:
    """What to put between ``previous`` and ``line`` when they belong together, else None. ``opens``:
    ``previous`` starts a line of the output (it was not joined to the line above it); ``quoting``: the
    output line ``previous`` ends leaves a quotation or a parenthesis open; ``ends_block``: a blank line or the end of the
    text follows ``line``; ``previous_length``: the length of ``previous`` as it was wrapped."""
    if not previous or not line:
        return None
    if len(previous) > width:
        return None  # a token no wrapper could break (a picture's markdown) stands on its own line
    if _HYPHEN_END.search(previous) and line[0].isalpha():
        chunk = _FIRST_CHUNK.match(line)
        return "" if chunk and len(previous) + len(chunk.group()) > width else None
    first_word = line.split(" ", 1)[0]
    wrapped_length = max(len(previous), previous_length or 0)
    if _SIGNOFF_LINE.match(line):
        return None
    if wrapped_length + 1 + len(first_word) <= width and not _broken_early(previous, line, width, quoting):
        return None
    if (
        opens
        and not _prose_clause(previous, blank_separated)
        and _headline_shaped(previous)
        and _SENTENCE_START.match(line)
        and not _rest_of_headline(line, width)
    ):
        return None  # a headline ends where the line does: prose, a caption or its stamp starts under it
    at_sentence_break = bool(_SENTENCE_END.search(previous) and _SENTENCE_START.match(line))
    if not at_sentence_break:
        return " "
    if _page_element(line):
        return None
    if previous.endswith(":") and line[0] in _QUOTE_OPENERS:
        return " "  # "…, mengatakan:" and the quotation it introduces: one sentence
    if quoting and not _headline_shaped(line):
        return " "  # the quotation (or aside) goes on: its closing mark and who said it are below
    if not blank_separated:
        return None
    if len(line) >= _SHORT_LINE_SHARE * width:
        return " "
    # A short last line of a block that ends a sentence is the end of the paragraph a wrapper broke; a
    # short line with more of the block under it was never filled to the width, so it is an element.
    return " " if ends_block and _FULL_SENTENCE_END.search(line) and not _headline_shaped(line) else None


def _broken_early(previous: str, line: str, width: int, quoting: bool) -> bool:
    """Whether a break before a word that would have fitted may still be a wrap: a copy wrapped by hand
    (or at a column a little under its longest line) breaks early.

    Never before a teaser, a caption or a credit. Inside a quotation or a parenthesis left open
    (``quoting``) it is. Under a headline or a page element, or after a sentence end, it is not: a
    paragraph may end there, or a list or a picture start. Else it is when ``line`` goes on in lower case
    (no Indonesian paragraph opens so) or ``previous`` is filled as a wrapped line is. What the break
    then is, the rules for a wrap decide."""
    if _page_element(line):
        return False
    if quoting:
        return True
    if _page_element(previous) or _headline_shaped(previous):
        return False
    if _SENTENCE_END.search(previous):
        return False
    if line[0].islower():
        return len(previous) >= _SHORT_LINE_SHARE * width
    return len(previous) >= width - _WRAP_SLACK


def _prose_clause(line: str, blank_separated: bool) -> bool:
    """A comma between words and a long word in lower case ("Sementara itu, Departemen …"): a clause of
    prose, however many names it capitalises; a headline capitalises its words on both sides of a comma,
    all but the little words a title leaves in lower case ("… dengan Korea Utara, Ini Alasannya").
    In a page that sets its elements apart with blank lines, a comma alone is enough: its headline stands
    in a block of its own."""
    if not _CLAUSE_COMMA.search(line):
        return False
    return blank_separated or any(
        word[0].islower() and word.rstrip(",;") not in _TITLE_LOWER_WORDS for word in _long_words(line)
    )


def _page_element(line: str) -> bool:
    """A line that opens a page element of its own whatever stands above it: a "Baca juga" teaser, a
    labelled caption, a source credit."""
    return bool(read_also_match(line) or _CAPTION_LABEL.match(line) or _SOURCE_CREDIT.match(line))

"""Direct quotations in a body: where each opens and closes, and the quoted words inside.

Curly quotes pair up (“…”); a closing mark with no opening one before it opens a quote, as some outlets
write ”…”; straight double quotes ("…") alternate; a pair of backticks opens and a pair of apostrophes
closes (``…''), as text converted from some typesetting tools does. Single quotes (‘…’, '…') are not quotations here:
Indonesian writers use them for scare quotes and titles. A quotation never runs past the end of its
paragraph, unless the paragraph stops mid-sentence and the next one closes it (a page re-wrapped
inside a quotation); one left open at the end of a paragraph ends there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.suggestions.rules import ATTRIBUTION_WORDS

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT
_TEX_OPEN = "``"
_TEX_CLOSE = "''"

_WORD = re.compile(r"\w+(?:-\w+)*")
_TRAILING = " \t\n,;:"
_MIN_LOST_WORDS = 4


@dataclass(frozen=True)
class Quote:
    """``body[start:end]`` is the quoted text without its marks (and without a trailing comma).

    ``open_at`` is the index of the opening mark; ``close_at`` that of the closing mark, or the end of
    the paragraph for a quote left open.
    """

    open_at: int
    close_at: int
    start: int
    end: int
    closed: bool = True
    close_width: int = 1

    @property
    def outer_end(self) -> int:
        """Just past the closing mark."""
        return self.close_at + self.close_width if self.closed else self.close_at


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _make(
    body: str, open_at: int, close_at: int, closed: bool, open_width: int = 1, close_width: int = 1
) -> Quote | None:
    start, end = open_at + open_width, close_at
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in _TRAILING:
        end -= 1
    if end <= start:
        return None
    return Quote(
        open_at=open_at, close_at=close_at, start=start, end=end, closed=closed, close_width=close_width
    )


def find_quotes(body: str) -> list[Quote]:
    """Every double-quoted passage of ``body``, in order."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_width = 1
    index = 0
    while index < len(body):
        char = body[index]
        pair = body[index : index + 2]
        width = 2 if pair in (_TEX_OPEN, _TEX_CLOSE) else 1
        if char == "\n" and open_at is not None and _goes_on(body, open_at, open_width, index):
            index = _next_line(body, index)
            continue
        if char == "\n":
            if open_at is not None:
                quote = _left_open(body, open_at, index, open_width)
                if quote is not None:
                    quotes.append(quote)
            open_at = None
        elif pair == _TEX_CLOSE and open_at is None:
            pass  # two apostrophes with nothing open: not a quotation mark
        elif char == STRAIGHT and open_at is None and quotes and _closes_line_before(body, quotes[-1], index):
            # "Lee mengatakan, "Tawanan perang itu belum …¶"Dalam rekaman …": the mark that closes a
            # quotation slipped onto the next line, which has no other mark; it opens nothing
            pass
        elif char in CLOSING and open_at is None and _opening_lost(body, index):
            # "Kekuatan musuh … seiring berjalannya waktu,” kata utusan Kim Song …": the page lost the
            # opening mark; the quotation ran from the start of its paragraph to this attributed mark
            line_start = body.rfind("\n", 0, index) + 1
            quote = _make(body, line_start, index, True, 0, width)
            if quote is not None:
                quotes.append(quote)
        elif char in CLOSING and open_at is None and quotes and _doubled_close(body, quotes[-1], index):
            # "“Beberapa dokumen akan ditandatangani,” di antaranya …,” ujar Ushakov": the first closing
            # mark was a slip, the quotation runs on to the one its attribution follows
            last = quotes.pop()
            quote = _make(body, last.open_at, index, True, last.start - last.open_at, width)
            quotes.append(quote if quote is not None else last)
        elif char in QUOTE_MARKS or width == 2:
            if open_at is None:
                open_at, open_width = index, width
            elif pair == _TEX_OPEN or (char in OPENING and _opens(body[open_at : open_at + open_width])):
                # a stray opening mark: start again from the later one, unless the earlier quotation was
                # attributed inside before it ("“Kami mengutuk …. Kata Kirby, …. “Sebagai imbalan …")
                quote = _closed_by_attribution(body, open_at, index, open_width)
                if quote is not None:
                    quotes.append(quote)
                open_at, open_width = index, width
            else:
                quote = _make(body, open_at, index, True, open_width, width)
                if quote is not None:
                    quotes.append(quote)
                open_at = None
        index += width
    if open_at is not None:
        quote = _left_open(body, open_at, len(body), open_width)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _left_open(body: str, open_at: int, paragraph_end: int, open_width: int) -> Quote | None:
    """A quotation never closed in its paragraph. One with an attribution inside ("“Pada 27 Oktober,
    polisi …, kata HUR melalui …") lost its closing mark before that comma: it is closed there."""
    closed = _closed_by_attribution(body, open_at, paragraph_end, open_width)
    if closed is not None:
        return closed
    return _make(body, open_at, _open_phrase_end(body, open_at, paragraph_end), False, open_width)


def _closed_by_attribution(body: str, open_at: int, end: int, open_width: int) -> Quote | None:
    """A quotation left open with its attribution inside, before ``end``: closed where it begins."""
    said = _ATTRIBUTION_INSIDE.search(body, open_at + open_width, end)
    if said is None or any(mark in body[open_at + open_width : said.start()] for mark in QUOTE_MARKS):
        return None
    return _make(body, open_at, said.start(), True, open_width, 0)


_LINE_END_OPEN = re.compile(r"[\w,;\-–—]$")
_SENTENCE_END = re.compile(r"[.!?](?=[^\S\n]+[A-Z])")
_MID_SENTENCE_BEFORE = re.compile(r"[^\W\d_][^\S\n]+$")


def _open_phrase_end(body: str, open_at: int, paragraph_end: int) -> int:
    """Where a straight quotation left open at the end of its paragraph ends. One opened in the middle of
    a sentence, right after a word ("memilih untuk "mengabaikan perilaku … hukum. Sikap …"), quoted a
    phrase whose closing mark the page lost: it ends with its sentence. A quotation that opens its
    sentence or follows a colon may run on for several sentences."""
    if body[open_at] != STRAIGHT:
        return paragraph_end
    line_start = body.rfind("\n", 0, open_at) + 1
    if not _MID_SENTENCE_BEFORE.search(body[line_start:open_at]):
        return paragraph_end
    stop = _SENTENCE_END.search(body, open_at, paragraph_end)
    return stop.start() if stop else paragraph_end


# ", kata HUR" inside a quotation left open: where it should have closed. Also a full stop followed by
# the attribution as a sentence of its own, its word capitalised and a name after it (". Kata Kirby, …").
_ATTRIBUTION_INSIDE = re.compile(
    rf"(?i:,(?=[^\S\n]*(?:{'|'.join(ATTRIBUTION_WORDS)})(?:nya)?(?![\w-])))"
    rf"|(?<=[.!?])(?=[^\S\n]+(?:{'|'.join(w.capitalize() for w in ATTRIBUTION_WORDS)})[^\S\n]+[A-Z])"
)
_ATTRIBUTED_AFTER = re.compile(
    rf"[^\S\n]*,?[^\S\n]*(?:{'|'.join(ATTRIBUTION_WORDS)})(?:nya)?(?![\w-])", re.IGNORECASE
)


def _closes_line_before(body: str, last: Quote, index: int) -> bool:
    """A straight mark that opens a line with no other mark, right after a line whose straight quotation
    was left open at a full stop: that quotation's closing mark, not a new one."""
    if last.closed or body[last.open_at] != STRAIGHT or body[last.close_at : index].strip():
        return False
    if not body[last.start : last.close_at].rstrip().endswith((".", "!", "?")):
        return False
    end = body.find("\n", index)
    line = body[index + 1 : end if end >= 0 else len(body)]
    return not any(mark in line for mark in QUOTE_MARKS)


_SAID_BEFORE_MARK = re.compile(r"[\w)][.,!?…]?$")


def _opening_lost(body: str, index: int) -> bool:
    """A closing mark with nothing open, at least a few words into its paragraph, that ends a sentence or
    clause ("…waktu,”") and is followed by an attribution ("kata utusan Kim Song"), with no other
    quotation mark earlier in the paragraph: a quotation whose opening mark the page lost. A closing
    mark used as an opening one ("”Kami …”") starts its words after it and has no attribution there."""
    line_start = body.rfind("\n", 0, index) + 1
    before = body[line_start:index]
    if any(mark in before for mark in QUOTE_MARKS) or word_count(before) < _MIN_LOST_WORDS:
        return False
    if not _SAID_BEFORE_MARK.search(before.rstrip(" \t")):
        return False
    return _ATTRIBUTED_AFTER.match(body, index + 1) is not None


def _doubled_close(body: str, last: Quote, index: int) -> bool:
    """A closing mark with nothing open, an attribution after it and, before it in the same line, a
    curly quotation closed by a mark that no attribution followed."""
    if not last.closed or body[last.open_at] not in OPENING or "\n" in body[last.outer_end : index]:
        return False
    if _ATTRIBUTED_AFTER.match(body, last.outer_end) or any(
        m in body[last.outer_end : index] for m in QUOTE_MARKS
    ):
        return False
    return _ATTRIBUTED_AFTER.match(body, index + 1) is not None


def _next_line(body: str, index: int) -> int:
    while index < len(body) and body[index].isspace():
        index += 1
    return index


def _goes_on(body: str, open_at: int, open_width: int, newline_at: int) -> bool:
    """A quotation broken across lines by a re-wrapped page ("… pada tanggal 6 bulan ini,¶Rusia telah
    meluncurkan … ke Ukraina.” Di sisi lain …"): the line stops mid-sentence (a word or a comma, no
    full stop) and the next one closes the quotation before it opens any other."""
    if not _LINE_END_OPEN.search(body[open_at + open_width : newline_at].rstrip(" \t")):
        return False
    start = _next_line(body, newline_at)
    end = body.find("\n", start)
    line = body[start : end if end >= 0 else len(body)]
    straight = body[open_at] == STRAIGHT
    for at, mark in enumerate(line):
        if mark in OPENING or line.startswith(_TEX_OPEN, at):
            return False
        if mark in CLOSING or line.startswith(_TEX_CLOSE, at) or (mark == STRAIGHT and straight):
            return True
        if mark == STRAIGHT:
            return False
    return False


def _opens(mark: str) -> bool:
    return mark in OPENING or mark == _TEX_OPEN


def mask_quotes(body: str, quotes: list[Quote], filler: str = "\u2592") -> str:
    """``body`` with every quoted passage (marks included) replaced by ``filler``, offsets unchanged.

    Rules over reported speech read the masked text, so words inside a quotation are never mistaken for
    the reporter's own.
    """
    chars = list(body)
    for quote in quotes:
        for index in range(quote.open_at, min(quote.outer_end, len(chars))):
            if chars[index] != "\n":
                chars[index] = filler
    return "".join(chars)

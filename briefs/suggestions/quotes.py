"""Direct quotations in a body: where each opens and closes, and the quoted words inside.

Curly quotes pair up (“…”); a closing mark with no opening one before it opens a quote, as some outlets
write ”…”; straight double quotes ("…") alternate. Single quotes (‘…’, '…') are not quotations here:
Indonesian writers use them for scare quotes and titles. A quotation never runs past the end of its
paragraph; one left open at the end of a paragraph ends there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT

_WORD = re.compile(r"\w+(?:-\w+)*")
_TRAILING = " \t\n,;:"


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

    @property
    def outer_end(self) -> int:
        """Just past the closing mark."""
        return self.close_at + 1 if self.closed else self.close_at


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _make(body: str, open_at: int, close_at: int, closed: bool) -> Quote | None:
    start, end = open_at + 1, close_at
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in _TRAILING:
        end -= 1
    if end <= start:
        return None
    return Quote(open_at=open_at, close_at=close_at, start=start, end=end, closed=closed)


def find_quotes(body: str) -> list[Quote]:
    """Every double-quoted passage of ``body``, in order."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for index, char in enumerate(body):
        if char == "\n":
            if open_at is not None:
                quote = _make(body, open_at, index, closed=False)
                if quote is not None:
                    quotes.append(quote)
            open_at = None
            continue
        if char not in QUOTE_MARKS:
            continue
        if open_at is None:
            if char in OPENING or char in CLOSING or char == STRAIGHT:
                open_at = index
            continue
        if char in OPENING and body[open_at] in OPENING:
            open_at = index  # a stray opening mark: start again from the later one
            continue
        quote = _make(body, open_at, index, closed=True)
        if quote is not None:
            quotes.append(quote)
        open_at = None
    if open_at is not None:
        quote = _make(body, open_at, len(body), closed=False)
        if quote is not None:
            quotes.append(quote)
    return quotes


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

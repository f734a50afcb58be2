"""What a reader typed into search, made safe to query with and to show back; excerpts around the words.

Pure functions, no Django: the selector (briefs/public/read.py) queries with the terms, the template
shows the excerpts, each piece autoescaped (a match is a flag on a piece of text, never markup).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Longest query kept (characters); more is cut, not refused.
MAX_QUERY_LENGTH = 200
#: Words a query is matched by; more are ignored (each is one more condition on every row).
MAX_TERMS = 8

_SPACE = re.compile(r"\s+")
#: Quotation marks and operators a reader may type around words ("rudal" -Iran): not part of a word.
_EDGES = "\"'“”‘’„«»()[]{}<>-+*:;,.!?"


def clean_query(raw: str | None) -> str:
    """The query as typed, without control characters (NUL included), spaces collapsed, at most
    MAX_QUERY_LENGTH characters."""
    if not raw:
        return ""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw)
    return _SPACE.sub(" ", text).strip()[:MAX_QUERY_LENGTH].strip()


def query_terms(query: str) -> list[str]:
    """The words of a cleaned query, stripped of quotes and operators, each once, at most MAX_TERMS."""
    terms: list[str] = []
    for word in query.split(" "):
        term = word.strip(_EDGES)
        if term and term.casefold() not in {known.casefold() for known in terms}:
            terms.append(term)
    return terms[:MAX_TERMS]


def word_pattern(term: str) -> str:
    """The regular expression ``term`` is found by, in search and in its highlight alike: the term as
    written, as a whole word ("Korea" is found in "Korea Utara" and "Korea-Rusia", never inside "Korean"),
    as PostgreSQL's full-text search matches words. Case is the caller's flag to set."""
    return rf"(?<!\w){re.escape(term)}(?!\w)"


def _terms_pattern(terms: list[str]) -> re.Pattern[str]:
    return re.compile(
        "|".join(word_pattern(term) for term in sorted(terms, key=len, reverse=True)), re.IGNORECASE
    )


@dataclass(frozen=True)
class Piece:
    text: str
    match: bool


def highlighted(text: str, terms: list[str]) -> list[Piece]:
    """``text`` cut into pieces, the ones that are one of ``terms`` (any case, whole words) flagged."""
    if not text:
        return []
    if not terms:
        return [Piece(text, False)]
    pattern = _terms_pattern(terms)
    pieces, cursor = [], 0
    for found in pattern.finditer(text):
        if found.start() > cursor:
            pieces.append(Piece(text[cursor : found.start()], False))
        pieces.append(Piece(found.group(), True))
        cursor = found.end()
    if cursor < len(text):
        pieces.append(Piece(text[cursor:], False))
    return pieces


def excerpt(text: str, terms: list[str], *, width: int = 240) -> list[Piece]:
    """About ``width`` characters of ``text`` around its first match (a whole word, as ``highlighted``
    flags it; the text's start when none), cut at
    spaces, with "…" where text was left out."""
    text = _SPACE.sub(" ", text or "").strip()
    if len(text) <= width:
        return highlighted(text, terms)
    found = _terms_pattern(terms).search(text) if terms else None
    first = found.start() if found is not None else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    shown = ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")
    return highlighted(shown, terms)

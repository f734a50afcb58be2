"""Which wire or outlet a quoted statement is credited to: decided for the statement, not the article.

A source's ``cited_outlets`` are the names its text credits anywhere ("dilansir Reuters", "Sumber: CNA").
A statement is credited to one of them only when that name stands in the statement's own paragraph
(the body's line that holds the quote): "kata Peskov seperti dilansir kantor berita Interfax". When the
paragraph names several, the one nearest to the quote counts. A credited name that the cleaned body
does not contain at all came from a line cleaning removed, the article's source line ("Sumber: CNA/SL"):
the whole article is that outlet's reporting, so it is the credit of every statement without one of its
own. Otherwise the statement is the outlet's own reporting (no credit).

Names are matched case-insensitively as whole words, under their own spelling and the spellings in
``aliases`` (casefolded credited name → other names the text may use, e.g. "ap" → "Associated Press").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .corpus import Corpus
from .inputs import ClaimIn, SourceIn

STATEMENT = "statement"
ARTICLE = "article"


@dataclass(frozen=True, slots=True)
class Credit:
    name: str  # the credited name as the source lists it
    scope: str  # "statement" (in the quote's paragraph) or "article" (the article's source line)


@dataclass(frozen=True, slots=True)
class _SourceCredits:
    mentions: tuple[tuple[int, str], ...]  # (offset in the body, credited name), in body order
    article: Credit | None


class Credits:
    """The credit of each claim's statement, computed once per source and claim."""

    def __init__(self, corpus: Corpus, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self._corpus = corpus
        self._aliases = aliases or {}
        self._sources: dict[int, _SourceCredits] = {}
        self._claims: dict[int, Credit | None] = {}

    def of(self, claim: ClaimIn) -> Credit | None:
        try:
            return self._claims[claim.id]
        except KeyError:
            credit = self._claims[claim.id] = self._credit(claim)
            return credit

    def _credit(self, claim: ClaimIn) -> Credit | None:
        source = self._corpus.sources[claim.source_id]
        if not source.cited_outlets:
            return None
        found = self._source(source)
        span = _span(claim, source.body)
        if span is not None and found.mentions:
            start, end = span
            first = source.body.rfind("\n", 0, start) + 1
            last = source.body.find("\n", end)
            last = len(source.body) if last == -1 else last
            nearby = [
                (0 if start <= offset < end else min(abs(offset - start), abs(offset - end)), offset, name)
                for offset, name in found.mentions
                if first <= offset < last
            ]
            if nearby:
                return Credit(min(nearby)[2], STATEMENT)
        return found.article

    def _source(self, source: SourceIn) -> _SourceCredits:
        found = self._sources.get(source.id)
        if found is not None:
            return found
        spellings: dict[str, str] = {}
        for name in source.cited_outlets:
            if not name.strip():
                continue
            for spelling in (name, *self._aliases.get(name.strip().casefold(), ())):
                spellings.setdefault(spelling.strip().casefold(), name)
        mentions: list[tuple[int, str]] = []
        for offset, text in whole_words(source.body, spellings):
            cited = spellings.get(text.casefold())
            if cited is not None:
                mentions.append((offset, cited))
        mentioned = {name for _, name in mentions}
        unmentioned = [name for name in source.cited_outlets if name.strip() and name not in mentioned]
        article = Credit(unmentioned[0], ARTICLE) if unmentioned else None
        found = self._sources[source.id] = _SourceCredits(tuple(mentions), article)
        return found


# Characters that Python's case-insensitive matching takes for an ASCII letter although ``str.lower`` does
# not map them to it (dotted and dotless i, long s, Kelvin sign).
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=256)
def _whole_words_pattern(ordered: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(spelling) for spelling in ordered) + r")(?!\w)", re.IGNORECASE
    )


def whole_words(text: str, spellings: Iterable[str]) -> list[tuple[int, str]]:
    r"""Where any of ``spellings`` occurs in ``text`` as a whole word, ignoring case: (offset, the text
    matched), in text order, longer spellings first where several start at one place, never overlapping;
    exactly what scanning with the regular expression ``(?<!\w)(?:longest|…|shortest)(?!\w)`` gives.

    Scanning a long article with that expression costs a test at every character. When the spellings are
    ASCII and the text holds no character that case-insensitive matching treats specially, the places
    where a spelling can start are found with ``str.find`` in the lower-cased text instead, and the
    expression is tried at those places only."""
    ordered = tuple(sorted(dict.fromkeys(spellings), key=len, reverse=True))
    if not ordered:
        return []
    pattern = _whole_words_pattern(ordered)
    lowered = text.lower()
    if (
        not all(spelling.isascii() and spelling for spelling in ordered)
        or len(lowered) != len(text)
        or (not text.isascii() and any(odd in text for odd in _CASE_ODDITIES))
    ):
        return [(match.start(), match.group()) for match in pattern.finditer(text)]
    starts: set[int] = set()
    for spelling in ordered:
        needle = spelling.lower()
        found = lowered.find(needle)
        while found != -1:
            starts.add(found)
            found = lowered.find(needle, found + 1)
    matches = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            matches.append((start, match.group()))
            end = match.end()
    return matches


def _span(claim: ClaimIn, body: str) -> tuple[int, int] | None:
    if claim.start is not None and claim.end is not None and claim.end <= len(body):
        return claim.start, claim.end
    position = body.find(claim.quote) if claim.quote else -1
    return None if position == -1 else (position, position + len(claim.quote))

"""Split an Indonesian article body into sentences, with character offsets into the body.

Paragraphs (lines) always end a sentence. Inside a paragraph a sentence ends at ".", "!", "?" or "…"
followed by a space and a capital, a digit or an opening quote, except after an abbreviation ("Dr.",
"dll.", "Jl.", an initial) and never inside a quotation. Pages that lost the space between two sentences
("… di Ukraina.Juru bicara …") are split where a lower-case word ends and a capitalised word begins,
so that "KOMPAS.com" and "U.S." stay whole. Never inside a quotation either, so that a quote of several sentences and its
attribution stay together. Numbers ("2,5 juta", "1.000") have no space after their separator and are
never split. A leading dateline ("MOSKOW -", "Liputan6.com, Moskow -") is a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.suggestions.quotes import Quote, find_quotes

ABBREVIATIONS = frozenset(
    {
        "a.n", "bpk", "brigjen", "capt", "co", "dll", "dr", "drs", "dsb", "dst", "gen", "h", "hj", "inc",
        "ir", "jend", "jl", "jln", "kapt", "kol", "let", "letjen", "lt", "ltd", "marsekal", "mayjen", "mr",
        "mrs", "ms", "no", "nyonya", "p.m", "a.m", "prof", "pt", "sdr", "sgt", "st", "tbk", "tsb", "u.s",
        "vs", "yth",
    }
)  # fmt: skip

_BOUNDARY = re.compile(
    r"[.!?…]+[\"”’'»)]*(?=\s+[\"“„«'‘(]?[A-Z0-9])"
    r"|(?<=[\w)][a-z)])[.!?]+[\"”’]?(?=[\"“„]?[A-Z][a-z])"
)
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
# A dateline's words: capitalised, or a site's domain in lower case ("MOSKOW, sp-contoh.co.id –").
_DATELINE_WORD = r"(?:[A-Z][\w.&]*|[a-z][\w-]*(?:\.[a-z]{2,})+)"
_DATELINE = re.compile(
    rf"^(?:{_DATELINE_WORD}(?:[ ,|/]+{_DATELINE_WORD}){{0,4}}|[A-Z][\w.]*\.(?:com|co|id|net)[\w.]*,?[ \w]{{0,25}})"
    r"\s*(?:\([^)\n]{0,30}\))?\s+[-–—]{1,2}\s+(?=\S)"
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """``text == body[start:end]``; ``paragraph`` counts paragraphs from 0; ``dateline`` marks a dateline."""

    start: int
    end: int
    text: str
    paragraph: int
    dateline: bool = False


def _inside(position: int, quotes: list[Quote]) -> bool:
    return any(quote.open_at < position < quote.close_at for quote in quotes)


def _is_abbreviation(paragraph: str, dot_at: int) -> bool:
    match = _TOKEN_BEFORE.search(paragraph, 0, dot_at)
    if match is None:
        return False
    token = match.group(1).strip(".")
    if len(token) == 1 and token.isalpha():
        return token.isupper()  # an initial: "J. Kirby" (a lower-case letter is a word's broken end)
    token = token.lower()
    return token in ABBREVIATIONS


def _pieces(paragraph: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        if paragraph[boundary.start()] == "." and _is_abbreviation(paragraph, boundary.start()):
            continue
        if _inside(boundary.end() - 1, quotes):
            continue
        end = boundary.end()
        if any(quote.open_at == end - 1 for quote in quotes):
            end -= 1  # ”…akhir."Kalimat": the mark opens the next sentence's quote
        pieces.append((begin, end))
        begin = end
    pieces.append((begin, len(paragraph)))
    return pieces


def _dateline_end(paragraph: str) -> int | None:
    match = _DATELINE.match(paragraph)
    return match.end() if match is not None and match.end() < len(paragraph) else None


def split_sentences(body: str) -> list[Sentence]:
    """The sentences of ``body`` in order, stripped of surrounding whitespace, none empty."""
    sentences: list[Sentence] = []
    for number, line in enumerate(_PARAGRAPH.finditer(body)):
        offset = line.start()
        paragraph = line.group()
        local_quotes = find_quotes(paragraph)
        pieces = _pieces(paragraph, local_quotes)
        dateline_end = _dateline_end(paragraph) if number == 0 else None
        if dateline_end is not None and dateline_end < pieces[0][1]:
            pieces = [(0, dateline_end), (dateline_end, pieces[0][1]), *pieces[1:]]
        for begin, end in pieces:
            is_dateline = dateline_end is not None and begin == 0 and end == dateline_end
            while begin < end and paragraph[begin].isspace():
                begin += 1
            while end > begin and paragraph[end - 1].isspace():
                end -= 1
            if end <= begin:
                continue
            sentences.append(
                Sentence(
                    offset + begin, offset + end, body[offset + begin : offset + end], number, is_dateline
                )
            )
    return sentences

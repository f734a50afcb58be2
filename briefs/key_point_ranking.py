"""Which existing key points a claim is most likely about. Pure Python, no Django.

A quote is Indonesian and key points are written in English, so the words of the quote itself rarely
match. The score therefore leans on what survives the change of language:

- **words** (weight 0.5): the share of the key point's content words (English and Indonesian stop words
  removed, lower-cased, at least three letters) found in the claim's paraphrase and quote;
- **actors** (weight 0.3): the claim's speaker (any of its names, and its affiliation's) is a speaker of
  one of the key point's claims, or is named in its statement;
- **figures** (weight 0.2): a number of the claim (its quote, paraphrase or figures; "1.000" and "1,000"
  are the same) appears in the key point's statement or figures.

Each part lies between 0 and 1, so the score does too. Ties keep the key points' order in their brief.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WORD_WEIGHT = 0.5
ACTOR_WEIGHT = 0.3
FIGURE_WEIGHT = 0.2

_STOP_WORDS_TEXT = """
the and for that with from this was were are has have had its their they them than then into onto over
about after before between more less not but also will would been being which who whom what when where
while said says say per any all some such other own our out off via
yang dan di ke dari untuk dengan pada itu ini ada akan tidak juga atau oleh dalam kata bahwa telah sudah
karena namun serta para sebagai saat lebih kami kita mereka dia
"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,]*")


@dataclass(frozen=True)
class ClaimText:
    quote: str
    paraphrase: str = ""
    #: Every name of the speaker, and of its affiliation.
    speaker_names: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyPointText:
    id: int
    statement: str
    #: Every name of the speakers of the claims already linked to it.
    speaker_names: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ranked:
    id: int
    score: float
    words: float
    actors: float
    figures: float


def content_words(text: str) -> set[str]:
    return {word for word in (m.casefold() for m in _WORD.findall(text)) if word not in _STOP_WORDS}


def numbers(texts: Iterable[str]) -> set[str]:
    """Digits only, so the Indonesian 1.000, the English 1,000 and 1000 agree (figures are passed as
    plain numbers, without a decimal part of zeros)."""
    found = set()
    for text in texts:
        for match in _NUMBER.findall(text):
            digits = re.sub(r"\D", "", match)
            if digits:
                found.add(digits.lstrip("0") or "0")
    return found


def _folded(names: Iterable[str]) -> set[str]:
    return {" ".join(name.split()).casefold() for name in names if name.strip()}


def score(claim: ClaimText, point: KeyPointText) -> Ranked:
    point_words = content_words(point.statement)
    claim_words = content_words(f"{claim.paraphrase} {claim.quote}")
    words = len(point_words & claim_words) / len(point_words) if point_words else 0.0

    speaker = _folded(claim.speaker_names)
    statement = f" {' '.join(point.statement.split()).casefold()} "
    actors = 0.0
    if speaker & _folded(point.speaker_names):
        actors = 1.0
    elif any(f" {name} " in statement for name in speaker):
        actors = 0.5

    claim_numbers = numbers([claim.quote, claim.paraphrase, *claim.figures])
    point_numbers = numbers([point.statement, *point.figures])
    figures = len(claim_numbers & point_numbers) / len(claim_numbers) if claim_numbers else 0.0

    total = WORD_WEIGHT * words + ACTOR_WEIGHT * actors + FIGURE_WEIGHT * figures
    return Ranked(id=point.id, score=round(total, 4), words=words, actors=actors, figures=figures)


def rank_key_points(claim: ClaimText, points: Sequence[KeyPointText], *, limit: int = 3) -> list[Ranked]:
    """The `limit` key points with the highest positive score, best first (stable on ties)."""
    scored = [score(claim, point) for point in points]
    ranked = sorted(
        (entry for entry in scored if entry.score > 0), key=lambda entry: entry.score, reverse=True
    )
    return ranked[:limit]

"""Which claims are reports of one statement: the same speaker saying the same thing, quoted by several outlets.

Two claims are reports of one statement when they have the same speaker, their ``said_on`` days agree
(or at least one is unknown), and

* they state the same figures (the same non-empty set of unit, qualifier and value), or
* their quotes are the same words: equal after casefolding and collapsing everything but letters and
  digits, or, when they contain the same numbers ("1.000" = "1,000" = "1000") and the shorter quote
  has at least ``MIN_WORDS`` distinct words, at least ``CONTAINMENT`` of those occur in the other
  (translations differ in a name or an affix: "Kami mengutuk Korea Utara karena …" and "Kami mengutuk
  DPRK karena …"; "1.000 kontainer" and "2.000 kontainer" are two statements).

The relation is closed transitively. A statement is identified by its lowest claim id. Claims are compared
only within one speaker, and each distinct quote once, so a brief of many speakers costs little.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from .figures import figure_key
from .inputs import ClaimIn

MIN_WORDS = 4
CONTAINMENT = Fraction(7, 10)

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def quote_words(quote: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(quote.casefold()))


def _numbers(quote: str) -> frozenset[str]:
    return frozenset(number.replace(".", "").replace(",", "") for number in _NUMBER.findall(quote))


class _Union:
    def __init__(self, items: Sequence[int]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self.parent[high] = low


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_WORDS:
        return False
    common = len(small & large)
    return common * CONTAINMENT.denominator >= len(small) * CONTAINMENT.numerator


@dataclass(frozen=True, slots=True)
class _Wording:
    """One distinct wording (a quote's words): its set of words, and those words in the brief's order."""

    words: frozenset[str]
    ordered: tuple[str, ...]


def _wordings(word_tuples: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], _Wording]:
    """Each distinct wording once, its words ordered rarest first over all the brief's wordings (then
    alphabetically): prefix filtering is exact in any fixed order, and a rare word finds few candidates."""
    sets = {words: frozenset(words) for words in word_tuples}
    counts: dict[str, int] = defaultdict(int)
    for words in sets.values():
        for word in words:
            counts[word] += 1
    rank = {word: index for index, word in enumerate(sorted(counts, key=lambda word: (counts[word], word)))}
    return {
        words: _Wording(word_set, tuple(sorted(word_set, key=rank.__getitem__)))
        for words, word_set in sets.items()
    }


def _same_word_pairs(texts: list[_Wording]) -> list[tuple[int, int]]:
    """Every pair (i, j), i < j, of wordings that are the same words (``_same_words``), found without
    comparing every pair.

    Prefix filtering: with the words in one order (``_Wording.ordered``), a set A sharing at least
    k = ⌈CONTAINMENT·|A|⌉ words with a larger set B shares one of its first |A| − k + 1 words with it.
    Each set indexes that prefix; each set then looks its words up, which finds every smaller (or equal)
    set it may contain, and only those candidates are compared.
    """
    numerator, denominator = CONTAINMENT.numerator, CONTAINMENT.denominator
    index: dict[str, list[int]] = defaultdict(list)
    for position, text in enumerate(texts):
        size = len(text.words)
        if size < MIN_WORDS:
            continue
        needed = -(-numerator * size // denominator)
        for word in text.ordered[: size - needed + 1]:
            index[word].append(position)
    pairs: set[tuple[int, int]] = set()
    for position, text in enumerate(texts):
        words = text.words
        if len(words) < MIN_WORDS:
            continue
        candidates = {other for word in words for other in index.get(word, ()) if other != position}
        for other in candidates:
            if len(texts[other].words) <= len(words) and _same_words(words, texts[other].words):
                pairs.add((min(position, other), max(position, other)))
    return sorted(pairs)


def statement_ids(claims: Sequence[ClaimIn]) -> dict[int, int]:
    """Each claim id → the id of its statement (the lowest claim id among its reports)."""
    by_speaker: dict[int, list[ClaimIn]] = defaultdict(list)
    for claim in claims:
        by_speaker[claim.speaker.id].append(claim)
    # Many reports quote the same words: each distinct quote is split into words once, each wording's
    # numbers are read once.
    words_of: dict[str, tuple[str, ...]] = {}
    for claim in claims:
        if claim.quote not in words_of:
            words_of[claim.quote] = quote_words(claim.quote)
    wordings = _wordings(words_of.values())
    numbers_of: dict[str, frozenset[str]] = {}
    union = _Union(sorted(claim.id for claim in claims))
    for members in by_speaker.values():
        if len(members) < 2:
            continue
        # Claims with the same words (and compatible days) are joined at once; distinct wordings are
        # then compared pairwise, one representative each.
        by_text: dict[tuple[str, ...], list[ClaimIn]] = defaultdict(list)
        by_figures: dict[frozenset, list[ClaimIn]] = defaultdict(list)
        for claim in members:
            words = words_of[claim.quote]
            if words:
                by_text[words].append(claim)
            if claim.figures:
                by_figures[frozenset(figure_key(figure) for figure in claim.figures)].append(claim)
        for group in (*by_text.values(), *by_figures.values()):
            _join_compatible(group, union)
        # Only quotes with the same numbers can be the same words.
        by_numbers: dict[frozenset[str], list[tuple[_Wording, list[ClaimIn]]]] = defaultdict(list)
        for words, group in by_text.items():
            quote = group[0].quote
            numbers = numbers_of.get(quote)
            if numbers is None:
                numbers = numbers_of[quote] = _numbers(quote)
            by_numbers[numbers].append((wordings[words], group))
        for texts in by_numbers.values():
            if len(texts) < 2:
                continue
            for i, j in _same_word_pairs([wording for wording, _ in texts]):
                _join_across(texts[i][1], texts[j][1], union)
    return {claim.id: union.find(claim.id) for claim in claims}


def _by_day(group: list[ClaimIn]) -> dict:
    """The group's claim ids by ``said_on`` (None for unknown days)."""
    days: dict = defaultdict(list)
    for claim in group:
        days[claim.said_on].append(claim.id)
    return days


def _join_compatible(group: list[ClaimIn], union: _Union) -> None:
    """Join the claims of the group whose days agree: same day, or one of them unknown."""
    _join_across(group, group, union)


def _join_across(group: list[ClaimIn], others: list[ClaimIn], union: _Union) -> None:
    """Join each claim of ``group`` with each of ``others`` whose day agrees (linear in the claims)."""
    days, other_days = _by_day(group), _by_day(others)
    for day, ids in days.items():
        for other_day, other_ids in other_days.items():
            if day is None or other_day is None or day == other_day:
                first = ids[0]
                for claim_id in (*ids[1:], *other_ids):
                    union.union(first, claim_id)

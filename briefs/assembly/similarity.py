"""Near-identical article bodies: word shingles and Jaccard similarity.

A body's shingles are its runs of ``SHINGLE_WORDS`` consecutive words (casefolded ``\\w+`` tokens),
each kept as the words joined by a space; a body shorter than that is one shingle; an empty body has
none and resembles nothing. Two bodies are near-identical when the Jaccard similarity of their shingle
sets is at least ``THRESHOLD`` (0.6, compared exactly in integers).

``NearDuplicates`` finds every such pair among many bodies without comparing all pairs: each distinct
body is shingled once, and candidates come from prefix filtering (Chaudhuri et al., 2006; Xiao et al.,
PPJoin, 2008). Order all shingles globally, rarest first; two sets with Jaccard ≥ t must share a shingle
within their first ``n - ceil(t·n) + 1`` shingles. A shingle that occurs in one body only can never be
shared, so a body whose prefix holds only such shingles has no candidate at all, which is the usual case
for independently written articles. Every candidate is then checked exactly, so the result is exact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction

SHINGLE_WORDS = 3
THRESHOLD = Fraction(3, 5)

_WORD = re.compile(r"\w+")

Shingles = frozenset[str]


def shingles(text: str, size: int = SHINGLE_WORDS) -> Shingles:
    words = _WORD.findall(text.casefold())
    if not words:
        return frozenset()
    if len(words) <= size:
        return frozenset([" ".join(words)])
    return frozenset(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def jaccard(a: Shingles, b: Shingles) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _similar(a: Shingles, b: Shingles, threshold: Fraction) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    return common * threshold.denominator >= (len(a) + len(b) - common) * threshold.numerator


class NearDuplicates:
    """Which of the given bodies are near-identical. Keys are any hashable ids (source ids here).

    ``group(id)`` numbers the distinct body an id carries (ids with the same non-empty body share a
    group); ``similar_groups(group)`` are the other groups whose bodies are near-identical to it.
    """

    def __init__(self, bodies: Mapping[object, str], threshold: Fraction = THRESHOLD) -> None:
        self.threshold = threshold
        group_of_text: dict[str, int] = {}
        self._group: dict[object, int] = {}
        texts: list[str] = []
        for key, body in bodies.items():
            group = group_of_text.get(body)
            if group is None:
                group = group_of_text[body] = len(texts)
                texts.append(body)
            self._group[key] = group
        self._shingles: list[Shingles] = [shingles(text) for text in texts]
        self._empty = {group for group, shingled in enumerate(self._shingles) if not shingled}
        self._similar: list[set[int]] = [set() for _ in texts]
        for a, b in self._pairs():
            self._similar[a].add(b)
            self._similar[b].add(a)

    def group(self, key: object) -> int | None:
        """The body group of ``key``; None for an empty body, which resembles nothing."""
        group = self._group[key]
        return None if group in self._empty else group

    def similar_groups(self, group: int) -> set[int]:
        return self._similar[group]

    def similar(self, a: object, b: object) -> bool:
        ga, gb = self.group(a), self.group(b)
        return ga is not None and gb is not None and (ga == gb or gb in self._similar[ga])

    def _pairs(self) -> Iterable[tuple[int, int]]:
        sets = self._shingles
        # Shingles found in more than one body, then how many bodies have each: set operations first, so
        # the counting touches only the (usually few) repeated shingles.
        seen: set[str] = set()
        repeated: set[str] = set()
        for shingled in sets:
            repeated |= shingled & seen
            seen |= shingled
        shared = [shingled & repeated for shingled in sets]
        frequency: Counter = Counter()
        for repeated_here in shared:
            frequency.update(repeated_here)
        # The global order: rarest first, ties by text. Unique shingles would come before all of these.
        order = {s: rank for rank, s in enumerate(sorted(sorted(repeated), key=frequency.__getitem__))}
        # Speed: each body's repeated shingles become their ranks in that order and one bit mask (unique
        # shingles can never be shared, so they count in the size only); each prefix rank's postings are a
        # mask of bodies. The union of candidates is then an OR and the exact overlap of a pair a popcount:
        # bodies that share many paragraphs (syndicated copy) have many candidates, and checking each one
        # with a set intersection was most of the time of assembling a big brief.
        ranks = [sorted(map(order.__getitem__, repeated_here)) for repeated_here in shared]
        masks = [_mask(group_ranks) for group_ranks in ranks]
        sizes = [len(shingled) for shingled in sets]
        threshold = self.threshold
        numerator, denominator = threshold.numerator, threshold.denominator
        index_threshold = 2 * threshold / (1 + threshold)
        index_numerator, index_denominator = index_threshold.numerator, index_threshold.denominator
        index: dict[int, int] = {}
        # Ascending size, so every set already indexed is no larger than the one being probed.
        for group in sorted(range(len(sets)), key=sizes.__getitem__):
            size = sizes[group]
            if not size:
                continue
            min_overlap = -(-size * numerator // denominator)  # ceil(t·size), and the least size a match has
            prefix_length = size - min_overlap + 1
            unique = size - len(ranks[group])
            if prefix_length <= unique:
                continue  # the prefix is made of shingles no other body has
            prefix = ranks[group][: prefix_length - unique]
            candidates = 0
            for rank in prefix:
                candidates |= index.get(rank, 0)
            # Index a shorter prefix (AllPairs, Bayardo et al., 2007): a later body is at least as large,
            # so a match needs an overlap of at least ceil(2t/(1+t)·size) with this one, not just ceil(t·size).
            bit = 1 << group
            index_length = size - (-(-size * index_numerator // index_denominator)) + 1 - unique
            for rank in prefix[: max(0, index_length)]:
                index[rank] = index.get(rank, 0) | bit
            mask = masks[group]
            # Prefix bound: the overlap is at most what the prefix shares plus the shingles after it. The
            # prefix holds the rarest shingles, so its mask is short and the AND cheap; most candidates
            # (bodies sharing a few paragraphs) fail here without the full AND.
            prefix_mask = _mask(prefix)
            rest = size - prefix_length
            while candidates:
                lowest = candidates & -candidates
                candidates ^= lowest
                other = lowest.bit_length() - 1
                # Size filter: a set smaller than ceil(t·size) cannot reach the threshold.
                other_size = sizes[other]
                if other_size < min_overlap:
                    continue
                other_mask = masks[other]
                bound = (prefix_mask & other_mask).bit_count() + rest
                if bound * denominator < (size + other_size - bound) * numerator:
                    continue
                common = (mask & other_mask).bit_count()
                if common * denominator >= (size + other_size - common) * numerator:
                    yield other, group


def _mask(ranks: list[int]) -> int:
    """Sorted ranks as the bits of one integer (only as long as the highest rank needs)."""
    if not ranks:
        return 0
    bits = bytearray(ranks[-1] // 8 + 1)
    for rank in ranks:
        bits[rank >> 3] |= 1 << (rank & 7)
    return int.from_bytes(bits, "little")

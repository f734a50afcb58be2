"""Near-identical article bodies: word shingles and Jaccard similarity.

A body's shingles are its runs of ``SHINGLE_WORDS`` consecutive words (casefolded ``\\w+`` tokens),
each kept as the words joined by a space; a body shorter than that is one shingle; an empty body has
none and resembles nothing. Two bodies are near-identical when the Jaccard similarity of their shingle
sets is at least ``THRESHOLD`` (0.6, compared exactly in integers).

``NearDuplicates`` finds every such pair among many bodies without comparing pairs one by one. Each
distinct body is shingled once. Shingles found in exactly the same bodies form one *block* (a paragraph
that several articles carry is one block, whatever its length), weighted by its number of shingles; a
block is a bit mask of its bodies. A body's overlap with every other body at once is then the weighted
sum of its blocks' masks, added as bit-sliced integers (bit ``j`` of plane ``k`` is bit ``k`` of the
count for body ``j``), and one bit-sliced comparison with ``(num + den) · common ≥ num · (|a| + |b|)``
(Jaccard ≥ num/den, rearranged) gives all of its near-identical bodies. Every count is exact, so is the
result. A shingle that occurs in one body only is in no block, so independently written articles (which
share almost no shingles) cost almost nothing beyond their shingling, and syndicated copy costs a few
integer operations per block instead of one comparison per candidate pair.

For one new body against a large table (an import), ``sketch`` gives the body's bottom-k MinHash
sketch: the ``SKETCH_SIZE`` smallest CRC-32 values of its shingles (a fast, stable hash; two shingles
that collide only make a candidate that the exact comparison then drops). Two bodies with Jaccard similarity
J share about J·k of their sketch values (every value of the union's k smallest that both bodies
contain is in both sketches), so the stored bodies sharing at least ``MIN_SHARED_VALUES`` of them are
the only candidates worth comparing exactly (``closest``).

Pure functions: ``briefs`` (corroboration) and ``ingest`` (imports) both use them.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from fractions import Fraction

SHINGLE_WORDS = 3
THRESHOLD = Fraction(3, 5)
SKETCH_SIZE = 16
# With 16 values, a body at the threshold shares fewer than 3 of them with odds of about 1 in 1,000.
MIN_SHARED_VALUES = 3

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


def sketch(text: str, size: int = SKETCH_SIZE) -> tuple[int, ...]:
    """The ``size`` smallest hashes of the text's shingles, ascending."""
    return tuple(heapq.nsmallest(size, {zlib.crc32(shingle.encode("utf-8")) for shingle in shingles(text)}))


def estimate(a: Sequence[int], b: Sequence[int], size: int = SKETCH_SIZE) -> float:
    """The Jaccard similarity of two texts estimated from their sketches: the share of the ``size``
    smallest values of both that are in both."""
    union = heapq.nsmallest(size, set(a) | set(b))
    if not union:
        return 0.0
    mine, theirs = set(a), set(b)
    return sum(1 for value in union if value in mine and value in theirs) / len(union)


def closest(
    text: str | Shingles, candidates: Mapping[int, str | Shingles], threshold: Fraction = THRESHOLD
) -> tuple[int, float] | None:
    """The candidate (key, similarity) most similar to ``text`` with a similarity of at least
    ``threshold``, the lowest key on a tie; None when there is none. Texts may be given as their
    shingles, so that a caller comparing one candidate with many texts shingles it once."""
    mine = shingles(text) if isinstance(text, str) else text
    best: tuple[float, int] | None = None
    for key in sorted(candidates):
        given = candidates[key]
        theirs = shingles(given) if isinstance(given, str) else given
        if not _similar(mine, theirs, threshold):
            continue
        value = jaccard(mine, theirs)
        if best is None or value > best[0]:
            best = (value, key)
    return (best[1], best[0]) if best else None


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
        if not 0 < threshold <= 1:
            raise ValueError(f"a similarity threshold lies in (0, 1], not {threshold}")
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
        sizes, blocks = _line_blocks(texts)
        self._empty = {group for group, size in enumerate(sizes) if not size}
        self._similar: list[set[int]] = [set() for _ in texts]
        for a, b in _pairs(sizes, blocks, threshold):
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


def similar_pairs(sets: Iterable[Shingles], threshold: Fraction = THRESHOLD) -> Iterator[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of positions in ``sets`` whose Jaccard similarity is at least
    ``threshold`` (0 < threshold ≤ 1); an empty set resembles nothing, not even another empty set.
    ``sets`` is read once, in order."""
    postings: defaultdict[str, int] = defaultdict(int)
    sizes: list[int] = []
    for index, shingled in enumerate(sets):
        sizes.append(len(shingled))
        bit = 1 << index
        for shingle in shingled:
            postings[shingle] |= bit
    return _pairs(sizes, _blocks(postings.values()), threshold)


def _blocks(masks: Iterable[int]) -> Counter[int]:
    """Blocks: shingles found in the same bodies (two or more), as the mask of those bodies, weighted by
    how many shingles they are."""
    return Counter(mask for mask in masks if mask & (mask - 1))


def _line_blocks(texts: Sequence[str], size: int = SHINGLE_WORDS) -> tuple[list[int], Counter[int]]:
    """The shingle count of each text and the blocks of their shingles (``_blocks``), worked out line by
    line: the same as shingling every text (``shingles``), but each distinct line is shingled once.

    Syndicated copy repeats whole paragraphs, so most lines of a set of articles recur: a line's own
    shingles are found once and marked with every text that holds the line, and only the few shingles
    across a line break are found per text. Words never cross a line break (it is not a word
    character, and casefolding maps no character to one), so a text's words are its lines' words."""
    line_words: dict[str, list[str]] = {}
    line_texts: dict[str, int] = defaultdict(int)
    masks: defaultdict[str, int] = defaultdict(int)
    shingle_sets: list[list[Shingles]] = []
    for index, text in enumerate(texts):
        bit = 1 << index
        lines: dict[str, None] = {}  # the text's lines that hold words, each once
        tail: list[str] = []  # the last words before the line at hand, fewer than ``size``
        crossing: set[str] = set()
        count = 0
        for line in text.split("\n"):
            words = line_words.get(line)
            if words is None:
                words = line_words[line] = _WORD.findall(line.casefold())
            if not words:
                continue
            lines[line] = None
            count += len(words)
            if tail:
                joined = tail + words[: size - 1]
                for start in range(len(tail)):
                    if start + size <= len(joined):
                        crossing.add(" ".join(joined[start : start + size]))
            tail = (tail + words)[-(size - 1) :] if size > 1 else []
        if count <= size:
            # A short text is one shingle; an empty one has none.
            shingled = shingles(text, size)
            for shingle in shingled:
                masks[shingle] |= bit
            shingle_sets.append([shingled])
            continue
        for line in lines:
            line_texts[line] |= bit
        for shingle in crossing:
            masks[shingle] |= bit
        shingle_sets.append([frozenset(crossing), *lines])  # lines are replaced by their shingles below
    inner: dict[str, Shingles] = {}
    for line, texts_mask in line_texts.items():
        words = line_words[line]
        found = inner[line] = (
            frozenset(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))
            if len(words) >= size
            else frozenset()
        )
        for shingle in found:
            masks[shingle] |= texts_mask
    sizes = [
        len(parts[0].union(*(inner[line] for line in parts[1:]))) if len(parts) > 1 else len(parts[0])
        for parts in shingle_sets
    ]
    return sizes, _blocks(masks.values())


def _pairs(sizes: Sequence[int], blocks: Counter[int], threshold: Fraction) -> Iterator[tuple[int, int]]:
    """The pairs ``similar_pairs`` describes, from each body's shingle count and the blocks."""
    numerator, denominator = threshold.numerator, threshold.denominator
    blocks_of: list[list[tuple[int, int]]] = [[] for _ in sizes]
    for mask, weight in blocks.items():
        members = mask
        while members:
            lowest = members & -members
            members ^= lowest
            blocks_of[lowest.bit_length() - 1].append((weight, mask))
    # numerator · |b| for every body b, bit-sliced once: the right-hand side less its share of |a|.
    scaled_sizes = _planes([numerator * size for size in sizes])
    factor = numerator + denominator
    for a, blocks in enumerate(blocks_of):
        size = sizes[a]
        # The overlap is at most the shingles a shares with anyone, and must reach t·|a|.
        if sum(weight for weight, _ in blocks) * denominator < numerator * size:
            continue
        # Only bodies before a: each pair is found once, and every integer is at most a bits long.
        earlier = (1 << a) - 1
        columns: list[list[int]] = []
        for weight, mask in blocks:
            mask &= earlier
            if not mask:
                continue
            plane = 0
            while weight:
                if weight & 1:
                    while len(columns) <= plane:
                        columns.append([])
                    columns[plane].append(mask)
                weight >>= 1
                plane += 1
        if not columns:
            continue
        common = _sum(columns)
        bound = _add_constant(scaled_sizes, numerator * size, earlier)
        found = _at_least(_times(common, factor), bound, earlier)
        while found:
            lowest = found & -found
            found ^= lowest
            yield lowest.bit_length() - 1, a


# Bit-sliced arithmetic: a number per body, as a list of planes (ints); bit j of planes[k] is bit k of
# body j's number. Each operation works on every body at once.


def _planes(values: Sequence[int]) -> list[int]:
    planes = [0] * max((value.bit_length() for value in values), default=0)
    for index, value in enumerate(values):
        bit = 1 << index
        plane = 0
        while value:
            if value & 1:
                planes[plane] |= bit
            value >>= 1
            plane += 1
    return planes


def _sum(columns: list[list[int]]) -> list[int]:
    """Bit-sliced sum of masks, ``columns[k]`` holding masks worth 2**k each (carry-save adders)."""
    planes = []
    for plane, column in enumerate(columns):
        while len(column) > 1:
            x, y = column.pop(), column.pop()
            x_xor_y = x ^ y
            if column:
                z = column.pop()
                low, carry = x_xor_y ^ z, (x & y) | (z & x_xor_y)
            else:
                low, carry = x_xor_y, x & y
            column.append(low)
            if carry:
                if plane + 1 == len(columns):
                    columns.append([])
                columns[plane + 1].append(carry)
        planes.append(column[0] if column else 0)
    return planes


def _add(x: list[int], y: list[int]) -> list[int]:
    total, carry = [], 0
    for plane in range(max(len(x), len(y))):
        a = x[plane] if plane < len(x) else 0
        b = y[plane] if plane < len(y) else 0
        a_xor_b = a ^ b
        total.append(a_xor_b ^ carry)
        carry = (a & b) | (carry & a_xor_b)
    if carry:
        total.append(carry)
    return total


def _times(x: list[int], factor: int) -> list[int]:
    product: list[int] = []
    shift = 0
    while factor:
        if factor & 1:
            product = _add(product, [0] * shift + x)
        factor >>= 1
        shift += 1
    return product


def _add_constant(x: list[int], constant: int, bodies: int) -> list[int]:
    """``x`` plus the same ``constant`` for every body in the mask ``bodies``."""
    return _add(x, [bodies if constant >> plane & 1 else 0 for plane in range(constant.bit_length())])


def _at_least(x: list[int], y: list[int], bodies: int) -> int:
    """The bodies (within the mask ``bodies``) whose number in ``x`` is at least their number in ``y``."""
    greater, equal = 0, bodies
    for plane in range(max(len(x), len(y)) - 1, -1, -1):
        a = x[plane] if plane < len(x) else 0
        b = y[plane] if plane < len(y) else 0
        greater |= equal & a & ~b
        equal &= ~(a ^ b)
    return (greater | equal) & bodies

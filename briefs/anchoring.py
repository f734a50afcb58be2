"""Anchor claims to quoted spans of an article body, and re-anchor them when the body changes.

An anchor follows the W3C Web Annotation model: a TextQuoteSelector (``exact`` plus up to
``CONTEXT_CHARS`` characters of ``prefix`` and ``suffix``) and a TextPositionSelector (``start`` and
``end`` offsets into the body, ``body[start:end] == exact``).

Re-anchoring tries, in order: the old offsets (``unchanged``), the exact quote elsewhere, chosen by
its context (``moved``), then an approximate match (``fuzzy``). Anything that is not clearly the
same place is ``orphaned`` for an editor to re-anchor: a claim must never silently move to a
look-alike sentence, so the fuzzy score penalises changed figures, negations and names far more
than the plain character ratio would.

Pure Python (standard library only), so it can be used and tested without Django.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

__all__ = [
    "CONTEXT_CHARS",
    "Anchor",
    "AnchorError",
    "Reanchoring",
    "anchor_quote",
    "make_anchor",
    "reanchor",
    "reanchor_all",
    "verify",
]

CONTEXT_CHARS = 32

# --- Scoring knobs ----------------------------------------------------------------------------------
# score = QUOTE_WEIGHT * quote similarity + (1 - QUOTE_WEIGHT) * context agreement
QUOTE_WEIGHT = 0.75
# Subtracted from the quote similarity for each changed figure, negation/qualifier or name (and such a
# candidate is never accepted, whatever min_score) ...
DECISIVE_PENALTY = 0.3
# ... and for each whole word replaced, added or removed (typo fixes inside a word cost nothing extra).
WORD_PENALTY = 0.15
# A fuzzy match must beat the best distinct alternative by this much.
FUZZY_MARGIN = 0.05
# Context agreement at or above which near-ties between exact occurrences go to the nearest one.
STRONG_CONTEXT = 0.75
# Exact occurrences whose context agreement lies within this much of the best one count as ties.
TIE_STRONG = 0.05
TIE_WEAK = 0.15
# A verbatim quote at least this long (normalised characters) identifies itself, whatever its context.
SELF_IDENTIFYING_CHARS = 80
# Below this quote similarity the closest match has nothing to do with the quote.
UNRELATED_QUOTE = 0.5

# Fuzzy candidate search: k-gram seeds over the normalised, case-folded body.
_GRAM = 6
_MAX_GRAM_HITS = 32  # k-grams occurring more often than this carry no location information
_MAX_CANDIDATES = 4
# Candidates with less than this share of the best candidate's votes are noise.
_MIN_RELATIVE_SUPPORT = 0.3
# A quote occurring more often than this has only its likeliest occurrences compared in full.
_MAX_SCORED_OCCURRENCES = 50


class AnchorError(ValueError):
    """A span or a quote cannot be anchored in the body."""


@dataclass(frozen=True)
class Anchor:
    """Where a claim's quote sits: W3C TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Reanchoring:
    """The outcome of re-anchoring one claim: ``anchor`` is None exactly when ``status`` is "orphaned".

    ``score`` lies in [0, 1] (1.0 for an unchanged quote); ``reason`` is written for editors.
    """

    status: Literal["unchanged", "moved", "fuzzy", "orphaned"]
    anchor: Anchor | None
    score: float
    reason: str


# --- Normalisation ------------------------------------------------------------------------------------
# Quote marks and dashes are folded to ASCII, invisible characters dropped and whitespace runs collapsed
# to one space. Each remaining character maps to exactly one character, so offsets can be mapped back.

_CHAR_MAP: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
}
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_TRANSLATION = str.maketrans({**_CHAR_MAP, **dict.fromkeys(_INVISIBLE)})
_WHITESPACE = re.compile(r"\s+")


def _normalize(text: str) -> str:
    return _WHITESPACE.sub(" ", text.translate(_TRANSLATION))


def _fold(text: str) -> str:
    """Lower-case without changing the length (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _Text:
    """A body with its normalised form, built lazily and shared between anchors."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._norm: str | None = None
        self._folded = ""
        self._index: list[int] = []
        self._grams: dict[str, list[int]] | None = None

    def _build(self) -> None:
        out: list[str] = []
        index: list[int] = []
        in_space = False
        for i, ch in enumerate(self.raw):
            if ch in _INVISIBLE:
                continue
            if ch.isspace():
                if in_space:
                    continue
                out.append(" ")
                in_space = True
            else:
                out.append(_CHAR_MAP.get(ch, ch))
                in_space = False
            index.append(i)
        self._norm = "".join(out)
        self._folded = _fold(self._norm)
        self._index = index

    @property
    def norm(self) -> str:
        if self._norm is None:
            self._build()
        return self._norm  # type: ignore[return-value]

    @property
    def folded(self) -> str:
        if self._norm is None:
            self._build()
        return self._folded

    def raw_span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Raw offsets of the normalised span [nstart, nend)."""
        if self._norm is None:
            self._build()
        return self._index[nstart], self._index[nend - 1] + 1

    def find_normalized(self, needle: str) -> list[tuple[int, int]]:
        """Raw spans of every occurrence of a normalised needle."""
        return [self.raw_span(s, s + len(needle)) for s in _find_all(self.norm, needle)]

    def grams(self) -> dict[str, list[int]]:
        if self._grams is None:
            folded = self.folded
            grams: dict[str, list[int]] = defaultdict(list)
            for i in range(len(folded) - _GRAM + 1):
                grams[folded[i : i + _GRAM]].append(i)
            self._grams = dict(grams)
        return self._grams


def _find_all(haystack: str, needle: str, limit: int = 10_000) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of needle."""
    found: list[int] = []
    if not needle:
        return found
    i = haystack.find(needle)
    while i != -1 and len(found) < limit:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it) of a and b."""
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _ratio(a: str, b: str) -> float:
    """Ratcliff/Obershelp similarity (as difflib's ratio), matching the common ends first.

    Near-identical texts, the usual case when re-anchoring, then cost little more than a comparison.
    """
    if a == b:
        return 1.0
    head, tail = _common_ends(a, b)
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    matched = head + tail
    if middle_a and middle_b:
        matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        matched += sum(block.size for block in matcher.get_matching_blocks())
    return 2.0 * matched / (len(a) + len(b))


def _ratio_upper_bound(a: str, b: str) -> float:
    """A cheap upper bound of _ratio(a, b) (difflib's quick_ratio: shared characters, ignoring order)."""
    if not a and not b:
        return 1.0
    shared = sum((Counter(a) & Counter(b)).values())
    return 2.0 * shared / (len(a) + len(b))


# --- Making anchors -----------------------------------------------------------------------------------


def make_anchor(body: str, start: int, end: int) -> Anchor:
    """The anchor of body[start:end], with up to CONTEXT_CHARS characters of context on each side."""
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnchorError(f"the {name} offset must be a whole number, not {value!r}")
    if not 0 <= start < end <= len(body):
        raise AnchorError(
            f"offsets {start}:{end} are not a span of the body "
            f"(need 0 <= start < end <= {len(body)}, the body's length)"
        )
    exact = body[start:end]
    if not _normalize(exact).strip():
        raise AnchorError(
            f"the span {start}:{end} holds only whitespace or invisible characters; select some words"
        )
    return Anchor(
        exact=exact,
        prefix=body[max(0, start - CONTEXT_CHARS) : start],
        suffix=body[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def _preview(text: str, limit: int = 60) -> str:
    text = _normalize(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def anchor_quote(body: str, exact: str, *, hint: int | None = None) -> Anchor:
    """Anchor a quote by its words, tolerating differences in whitespace, quote marks and dashes.

    When the quote occurs several times, the occurrence nearest ``hint`` (an offset) is taken; without
    a hint that is an error. The anchor's ``exact`` is always ``body[start:end]``.
    """
    if hint is not None and (isinstance(hint, bool) or not isinstance(hint, int)):
        raise AnchorError(f"the position hint must be a whole number, not {hint!r}")
    needle = _normalize(exact).strip() if isinstance(exact, str) else ""
    if not needle:
        raise AnchorError("the quote is empty or only whitespace")
    spans = _Text(body).find_normalized(needle)
    if not spans:
        raise AnchorError(f"the quote {_preview(exact)!r} was not found in the body")
    if len(spans) > 1:
        if hint is None:
            raise AnchorError(
                f"the quote {_preview(exact)!r} occurs {len(spans)} times in the body; "
                "quote more words or say which occurrence is meant"
            )
        start, end = min(spans, key=lambda span: (abs(span[0] - hint), span[0]))
    else:
        start, end = spans[0]
    return make_anchor(body, start, end)


def verify(anchor: Anchor, body: str) -> bool:
    """Whether the anchor's exact text sits at its offsets in body."""
    return 0 <= anchor.start < anchor.end <= len(body) and body[anchor.start : anchor.end] == anchor.exact


# --- Comparing words ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+")
# fmt: off
_NUMBER_WORDS = frozenset({
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun", "seratus",
    "seribu", "sejuta", "setengah", "separuh", "persen",
})
# Short words that flip or qualify a claim (Indonesian, plus a few English ones quoted in the news).
_DECISIVE_WORDS = frozenset({
    "tidak", "tak", "tiada", "bukan", "belum", "jangan", "tanpa", "enggak", "nggak", "gak", "non", "anti",
    "kurang", "lebih", "hanya", "cuma", "sudah", "telah", "akan", "pernah", "sedang", "masih", "semua",
    "seluruh", "sebagian", "beberapa", "banyak", "sedikit", "hampir", "sekitar", "naik", "turun",
    "pertama", "terakhir", "not", "no", "never", "without", "only",
})
# fmt: on


def _is_figure(token: str) -> bool:
    return token in _NUMBER_WORDS or any(c.isdigit() for c in token)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, or limit + 1 once it is certainly above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _misspelling(a: str, b: str) -> bool:
    """Whether two (case-folded) words differ only by a typo. Short words never do: they are decisive."""
    longest = max(len(a), len(b))
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        # Short words are decisive ("tak", "dan", "ke"); only a doubled letter counts as a typo.
        short, long_ = sorted((a, b), key=len)
        return len(long_) == len(short) + 1 and any(
            long_[:i] + long_[i + 1 :] == short and long_[i] == long_[i - 1] for i in range(1, len(long_))
        )
    return _edit_distance(a, b, 1 if longest <= 7 else 2) <= (1 if longest <= 7 else 2)


def _has_counterpart(word: str, others: list[str]) -> bool:
    return any(_misspelling(word, other) for other in others)


def _classify_change(old: list[str], new: list[str]) -> str | None:
    """What a replaced run of words changes: None for a typo or re-spacing, else the kind of change."""
    old_f = [t.lower() for t in old]
    new_f = [t.lower() for t in new]
    if sorted(t for t in old_f if _is_figure(t)) != sorted(t for t in new_f if _is_figure(t)):
        return "a figure differs"
    for side, other in ((old_f, new_f), (new_f, old_f)):
        lost = Counter(t for t in side if t in _DECISIVE_WORDS) - Counter(
            t for t in other if t in _DECISIVE_WORDS
        )
        candidates = [t for t in other if t not in _DECISIVE_WORDS]
        if any(not _has_counterpart(word, candidates) for word in lost.elements()):
            return "a negation or qualifier differs"
    for side, other in ((old, new_f), (new, old_f)):
        for token in side:
            if token[:1].isupper() and not _has_counterpart(token.lower(), other):
                return "a name differs"
    if len(old_f) == len(new_f) and all(_misspelling(a, b) for a, b in zip(old_f, new_f, strict=True)):
        return None
    joined_old, joined_new = "".join(old_f), "".join(new_f)
    if joined_old and joined_new:
        limit = max(1, max(len(joined_old), len(joined_new)) // 5)
        if (
            max(len(joined_old), len(joined_new)) <= 60
            and _edit_distance(joined_old, joined_new, limit) <= limit
        ):
            return None  # words split or joined, with at most a typo
    return "words differ"


@dataclass(frozen=True)
class _Change:
    kind: str
    old: str
    new: str

    @property
    def decisive(self) -> bool:
        return self.kind != "words differ"

    def penalty(self) -> float:
        if not self.decisive:
            return WORD_PENALTY * max(1, len(self.old.split()), len(self.new.split()))
        return DECISIVE_PENALTY

    def describe(self) -> str:
        return f"{self.kind}: {self.old or '—'} → {self.new or '—'}"


def _word_changes(old: str, new: str, *, trim: str | None = None) -> list[_Change]:
    """The substantive word-level changes from old to new (both normalised text).

    ``trim`` drops the first ("start") or last ("end") word of both texts: a context window may have
    been cut in the middle of it.
    """
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    if trim == "start":
        old_tokens, new_tokens = old_tokens[1:], new_tokens[1:]
    elif trim == "end":
        old_tokens, new_tokens = old_tokens[:-1], new_tokens[:-1]
    old_folded, new_folded = [t.lower() for t in old_tokens], [t.lower() for t in new_tokens]
    # Align the common leading and trailing words first ("warrga warga" → "warga warga" is one typo,
    # not a word removed and another added), then diff what remains between them.
    shortest = min(len(old_folded), len(new_folded))
    head = 0
    while head < shortest and old_folded[head] == new_folded[head]:
        head += 1
    tail = 0
    while tail < shortest - head and old_folded[-1 - tail] == new_folded[-1 - tail]:
        tail += 1
    old_end, new_end = len(old_folded) - tail, len(new_folded) - tail
    matcher = SequenceMatcher(None, old_folded[head:old_end], new_folded[head:new_end], autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_words, new_words = old_tokens[head + i1 : head + i2], new_tokens[head + j1 : head + j2]
        kind = _classify_change(old_words, new_words)
        if kind is not None:
            changes.append(_Change(kind, " ".join(old_words), " ".join(new_words)))
    return changes


def _similarity(
    old: str, new: str, *, trim: str | None = None, ratio: float | None = None
) -> tuple[float, list[_Change]]:
    """Character similarity of two normalised texts, less the penalties of their word changes.

    ``ratio``, when given, is the already computed character ratio of the case-folded texts.
    """
    folded_old, folded_new = _fold(old), _fold(new)
    if folded_old == folded_new:
        return 1.0, []
    if ratio is None:
        ratio = _ratio(folded_old, folded_new)
    changes = _word_changes(old, new, trim=trim)
    penalty = sum(change.penalty() for change in changes)
    return max(0.0, ratio - penalty), changes


# --- Context agreement --------------------------------------------------------------------------------


def _side_agreement(stored: str, found: str, *, at_edge: bool, trim: str) -> float | None:
    """How well one side of the stored context agrees with the text found there (None: no evidence)."""
    if not stored:
        # Nothing was recorded on this side: either the quote was at the edge of the body, or the
        # context is unknown. Still being at the edge agrees; anything else tells nothing.
        return 1.0 if at_edge else None
    if stored == found:
        return 1.0
    score, _ = _similarity(
        _normalize(stored), _normalize(found), trim=trim if len(stored) >= CONTEXT_CHARS else None
    )
    return score


def _context_agreement(anchor: Anchor, body: str, start: int, end: int) -> float | None:
    """Agreement of the stored prefix/suffix with the text around body[start:end], in [0, 1].

    The better side weighs more: an insertion right next to the quote rewrites one side only, while a
    look-alike sentence elsewhere usually disagrees on both.
    """
    prefix = _side_agreement(
        anchor.prefix,
        body[max(0, start - len(anchor.prefix)) : start],
        at_edge=not body[:start].strip() if start <= CONTEXT_CHARS else False,
        trim="start",
    )
    suffix = _side_agreement(
        anchor.suffix,
        body[end : end + len(anchor.suffix)],
        at_edge=not body[end:].strip() if len(body) - end <= CONTEXT_CHARS else False,
        trim="end",
    )
    sides = [side for side in (prefix, suffix) if side is not None]
    if not sides:
        return None
    if len(sides) == 1:
        return sides[0]
    return 0.7 * max(sides) + 0.3 * min(sides)


def _context_fits(anchor: Anchor, body: str, start: int, end: int) -> bool:
    """The stored prefix/suffix (where present) still surround body[start:end] exactly."""
    before = start - len(anchor.prefix)
    return (
        before >= 0
        and body[before:start] == anchor.prefix
        and body[end : end + len(anchor.suffix)] == anchor.suffix
    )


def _adjacent_agreement(anchor: Anchor, body: str, start: int, end: int) -> int:
    """A cheap proxy of context agreement: how many characters right next to the quote still agree."""
    prefix, suffix = anchor.prefix, anchor.suffix
    found_prefix = body[max(0, start - len(prefix)) : start]
    found_suffix = body[end : end + len(suffix)]
    before, _ = _common_ends(prefix[::-1], found_prefix[::-1])
    after, _ = _common_ends(suffix, found_suffix)
    return before + after


def _combine(quote: float, context: float | None) -> float:
    if context is None:
        return quote
    return QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * context


# --- Re-anchoring -------------------------------------------------------------------------------------

_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _orphan(reason: str, score: float = 0.0) -> Reanchoring:
    return Reanchoring("orphaned", None, round(score, 4), reason)


def _ambiguous(count: int, score: float) -> Reanchoring:
    places = _COUNT_WORDS.get(count, str(count))
    return _orphan(f"the quote now matches {places} places equally well", score)


def _below(score: float, min_score: float, what: str = "closest match") -> str:
    return f"{what} scored {score:.2f}, below {min_score:.2f}"


def _choose_exact(
    anchor: Anchor, text: _Text, spans: list[tuple[int, int]], min_score: float, *, normalized: bool
) -> Reanchoring:
    """Pick among occurrences of the quote (verbatim, or equal once normalised) by their context."""
    body = text.raw
    if len(spans) > _MAX_SCORED_OCCURRENCES:  # a very common quote: score only the likeliest places
        spans = sorted(
            spans, key=lambda span: (-_adjacent_agreement(anchor, body, *span), abs(span[0] - anchor.start))
        )
        spans = spans[:_MAX_SCORED_OCCURRENCES]
    scored = [(_context_agreement(anchor, body, s, e), s, e) for s, e in spans]
    if len(scored) == 1:
        context, start, end = scored[0]
    else:
        known = [(c, s, e) for c, s, e in scored if c is not None]
        if not known:
            return _ambiguous(len(scored), QUOTE_WEIGHT)
        best = max(c for c, _, _ in known)
        tie = TIE_STRONG if best >= STRONG_CONTEXT else TIE_WEAK
        near = [(c, s, e) for c, s, e in known if c >= best - tie]
        if len(near) == 1:
            context, start, end = near[0]
        elif best >= STRONG_CONTEXT:
            context, start, end = min(near, key=lambda item: (abs(item[1] - anchor.start), item[1]))
        else:
            return _ambiguous(len(near), _combine(1.0, best))
    score = _combine(1.0, context)
    needle_length = len(_normalize(body[start:end]).strip())
    if score < min_score and needle_length < SELF_IDENTIFYING_CHARS:
        return _orphan(
            "the quoted words now appear only in a different context ("
            + _below(score, min_score, "the best match")
            + ")",
            score,
        )
    new_anchor = make_anchor(body, start, end)
    score = round(score, 4)
    if normalized:
        return Reanchoring(
            "fuzzy", new_anchor, score, "found after ignoring differences in spacing, quote marks or dashes"
        )
    if (start, end) == (anchor.start, anchor.end):
        return Reanchoring(
            "unchanged", new_anchor, score, "the quote is still at the same place; the text around it changed"
        )
    return Reanchoring("moved", new_anchor, score, f"the quote moved from offset {anchor.start} to {start}")


@dataclass(frozen=True)
class _Candidate:
    start: int  # raw offsets
    end: int
    quote: float
    context: float | None
    score: float
    changes: tuple[_Change, ...]


def _seed_spans(needle: str, prefix: str, suffix: str, text: _Text) -> list[tuple[float, int, int]]:
    """Likely normalised spans of the (changed) quote, as (support, start, end), best supported first.

    Every k-gram of the quote, and of its stored context, that occurs in the body votes for where the
    quote would start. Votes close together form a candidate; the quote's own hits in it give its span.
    """
    grams = text.grams()
    length = len(needle)
    votes: dict[int, float] = defaultdict(float)
    quote_hits: list[tuple[int, int, int]] = []  # (implied start, offset in the quote, body position)

    def vote(fragment: str, shift: int, weight: float, *, stride: int = 1, is_quote: bool = False) -> None:
        for j in range(0, len(fragment) - _GRAM + 1, stride):
            hits = grams.get(fragment[j : j + _GRAM])
            if hits is not None and len(hits) <= _MAX_GRAM_HITS:
                for position in hits:
                    votes[position - j + shift] += weight
                    if is_quote:
                        quote_hits.append((position - j, j, position))

    vote(needle, 0, 1.0, stride=max(1, length // 64), is_quote=True)
    vote(prefix, len(prefix), 0.5)
    vote(suffix, -length, 0.5)
    if not votes:
        return []
    # Sum the votes within a small tolerance of each offset (an edit shifts the diagonal a little).
    tolerance = max(3, length // 10)
    offsets = sorted(votes)
    support: list[tuple[float, int]] = []
    lo = hi = 0
    total = 0.0
    for offset in offsets:
        while hi < len(offsets) and offsets[hi] <= offset + tolerance:
            total += votes[offsets[hi]]
            hi += 1
        while offsets[lo] < offset - tolerance:
            total -= votes[offsets[lo]]
            lo += 1
        support.append((total, offset))
    support.sort(key=lambda item: (-item[0], item[1]))
    top = support[0][0]
    separation = max(tolerance + 1, length // 2)
    reach = max(tolerance, length // 4)
    chosen: list[tuple[float, int, int]] = []
    chosen_offsets: list[int] = []
    for weight, offset in support:
        if weight < max(1.5, _MIN_RELATIVE_SUPPORT * top) or len(chosen) == _MAX_CANDIDATES:
            break
        if any(abs(offset - other) < separation for other in chosen_offsets):
            continue
        chosen_offsets.append(offset)
        # The span's edges: the candidate's diagonal itself, and the quote's first and last hits on it
        # or a little off it (a word added or removed shifts the rest of the quote; a repeated word
        # adds stray hits). The edges that make the text most like the quote win.
        starts = {max(0, offset)}
        ends = {min(len(text.folded), offset + length)}
        for within in (tolerance, reach):
            near = [(j, position) for implied, j, position in quote_hits if abs(implied - offset) <= within]
            if near:
                first_j = min(j for j, _ in near)
                last_j = max(j for j, _ in near)
                starts.update(max(0, p - first_j) for j, p in near if j == first_j)
                ends.update(min(len(text.folded), p + length - last_j) for j, p in near if j == last_j)
        spans = [(start, end) for start in starts for end in ends if start < end]
        if len(spans) > 1:
            spans.sort(key=lambda span: _edge_agreement(needle, text.folded, *span), reverse=True)
        if spans:
            chosen.append((weight, *spans[0]))
    return chosen


def _edge_agreement(needle: str, folded: str, start: int, end: int) -> float:
    """How well a span's edges fit the quote: a ratio counting only the characters agreeing at its ends."""
    found = folded[start:end]
    head, tail = _common_ends(needle, found)
    return 2.0 * (head + tail) / (len(needle) + len(found))


def _tidy_span(
    folded: str, start: int, end: int, starts_word: bool, ends_word: bool
) -> tuple[int, int] | None:
    start = _snap(folded, start, starts_word, forward=True)
    end = _snap(folded, end, ends_word, forward=False)
    while start < end and folded[start] == " ":
        start += 1
    while end > start and folded[end - 1] == " ":
        end -= 1
    return (start, end) if start < end else None


def _snap(folded: str, offset: int, at_word_boundary: bool, *, forward: bool, reach: int = 3) -> int:
    """Move an offset that falls inside a word to the nearest word boundary within reach."""

    def inside(i: int) -> bool:
        return 0 < i < len(folded) and folded[i - 1].isalnum() and folded[i].isalnum()

    if not at_word_boundary or not inside(offset):
        return offset
    for distance in range(1, reach + 1):
        steps = (-distance, distance) if forward else (distance, -distance)
        for candidate in (offset + step for step in steps):
            if 0 <= candidate <= len(folded) and not inside(candidate):
                return candidate
    return offset


def _fuzzy(anchor: Anchor, text: _Text, needle: str, min_score: float) -> Reanchoring:
    body = text.raw
    folded_needle = _fold(needle)
    prefix = _fold(_normalize(anchor.prefix))
    suffix = _fold(_normalize(anchor.suffix))
    starts_word = not anchor.prefix or not (anchor.prefix[-1].isalnum() and anchor.exact[0].isalnum())
    ends_word = not anchor.suffix or not (anchor.suffix[0].isalnum() and anchor.exact[-1].isalnum())
    candidates: list[_Candidate] = []
    seen: set[tuple[int, int]] = set()
    best_score = 0.0
    for _, seed_start, seed_end in _seed_spans(folded_needle, prefix, suffix, text):
        span = _tidy_span(text.folded, seed_start, seed_end, starts_word, ends_word)
        if span is None:
            continue
        start, end = text.raw_span(*span)
        if (start, end) in seen or not body[start:end].strip():
            continue
        seen.add((start, end))
        found = text.norm[span[0] : span[1]]
        # Skip the full comparison as soon as even a perfect context could not make this candidate
        # the best one, or a rival within the margin of the best one.
        hopeless = best_score - FUZZY_MARGIN
        if candidates and _combine(_ratio_upper_bound(folded_needle, _fold(found)), 1.0) < hopeless:
            continue
        ratio = _ratio(folded_needle, _fold(found))
        if candidates and _combine(ratio, 1.0) < hopeless:
            continue
        quote, changes = _similarity(needle, found, ratio=ratio)
        if candidates and _combine(quote, 1.0) < hopeless:
            continue
        context = _context_agreement(anchor, body, start, end)
        score = _combine(quote, context)
        best_score = max(best_score, score)
        candidates.append(_Candidate(start, end, quote, context, score, tuple(changes)))
    if not candidates:
        return _orphan("the quoted words are no longer in the article")
    candidates.sort(key=lambda c: (-c.score, c.start))
    best = candidates[0]
    if best.score < min_score and best.quote < UNRELATED_QUOTE:
        return _orphan(
            f"the quoted words are no longer in the article ({_below(best.score, min_score)})", best.score
        )
    if best.score < min_score:
        detail = f"; {best.changes[0].describe()}" if best.changes else ""
        return _orphan(_below(best.score, min_score) + detail, best.score)
    decisive = [change for change in best.changes if change.decisive]
    if decisive:  # never, whatever min_score: that is a look-alike, not the quoted claim
        return _orphan(f"the closest match scored {best.score:.2f} but {decisive[0].describe()}", best.score)
    rivals = [c for c in candidates[1:] if c.end <= best.start or c.start >= best.end]
    if rivals and best.score - rivals[0].score < FUZZY_MARGIN:
        close = 1 + sum(1 for c in rivals if best.score - c.score < FUZZY_MARGIN)
        return _ambiguous(close, best.score)
    return Reanchoring(
        "fuzzy",
        make_anchor(body, best.start, best.end),
        round(best.score, 4),
        f"the quote changed slightly; the closest match scored {best.score:.2f}",
    )


def _reanchor(anchor: Anchor, text: _Text, min_score: float) -> Reanchoring:
    body = text.raw
    exact = anchor.exact
    if not exact or not _normalize(exact).strip():
        return _orphan("the claim has no quoted words to look for")
    start, end = anchor.start, anchor.end
    # 1. Still at its offsets, with its context.
    if 0 <= start < end <= len(body) and body[start:end] == exact and _context_fits(anchor, body, start, end):
        return Reanchoring(
            "unchanged", make_anchor(body, start, end), 1.0, "the quote is still at the same place"
        )
    # 2. The exact words elsewhere (or at the same place with changed context).
    spans = [(s, s + len(exact)) for s in _find_all(body, exact)]
    if spans:
        return _choose_exact(anchor, text, spans, min_score, normalized=False)
    # 3a. The same words once spacing, quote marks and dashes are normalised.
    needle = _normalize(exact).strip()
    spans = text.find_normalized(needle)
    if spans:
        return _choose_exact(anchor, text, spans, min_score, normalized=True)
    # 3b. An approximate match, or 4. orphaned.
    return _fuzzy(anchor, text, needle, min_score)


def _check_min_score(min_score: float) -> None:
    if not 0.0 <= min_score <= 1.0:
        raise ValueError(f"min_score must lie between 0 and 1, not {min_score!r}")


def reanchor(anchor: Anchor, new_body: str, *, min_score: float = 0.9) -> Reanchoring:
    """Find the anchor's quote in a changed body: unchanged, moved, fuzzy, or orphaned (anchor None)."""
    _check_min_score(min_score)
    return _reanchor(anchor, _Text(new_body), min_score)


def reanchor_all(anchors: Sequence[Anchor], new_body: str, *, min_score: float = 0.9) -> list[Reanchoring]:
    """reanchor() for many anchors into one body, sharing the body's normalised form and index."""
    _check_min_score(min_score)
    text = _Text(new_body)
    return [_reanchor(anchor, text, min_score) for anchor in anchors]

"""Near-identical sources: the fast paths give exactly what the plain definitions give.

Two shortcuts keep a big brief fast, and each is checked here against the definition it replaces, on
random inputs built to hit them: bodies made of a few shared paragraphs (syndicated copy, the worst case
for candidate pairs) and outlets that credit overlapping wires.

* ``similar_pairs`` counts every body's overlap with all the others at once, in bit-sliced integers;
  the definition compares every pair's shingle sets.
* assembly compares bodies only for key points whose statements, credits and words leave more than one
  origin; the definition joins reports by all of them and by text over every source, then marks an
  origin as joined by text when text joined reports that the rest had left apart.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.assembly import assemble
from briefs.assembly.corpus import Corpus
from briefs.assembly.credits import Credits
from briefs.assembly.statements import statement_ids
from ingest.similarity import THRESHOLD, NearDuplicates, shingles, similar_pairs

from .assembly.builders import brief, claim, key_point, source

# A few "paragraphs" that bodies share, so that many pairs overlap a lot and some pass the threshold.
PARAGRAPHS = [
    " ".join(f"w{p}x{i}" for i in range(length)) for p, length in enumerate([9, 5, 14, 3, 7, 1, 11])
]
WORDS = ["kata", "rusia", "korea", "utara", "amunisi", "w0x1", "w2x5"]

paragraph_bodies = st.lists(st.sampled_from(PARAGRAPHS), max_size=5).map("\n\n".join)
word_bodies = st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join)
bodies = st.one_of(paragraph_bodies, word_bodies)
thresholds = st.sampled_from([THRESHOLD, Fraction(1, 2), Fraction(4, 5), Fraction(1, 3), Fraction(1)])


def plainly_similar(a: str, b: str, threshold: Fraction) -> bool:
    """The definition: Jaccard similarity of the shingle sets, an empty body resembling nothing."""
    x, y = shingles(a), shingles(b)
    return bool(x and y) and Fraction(len(x & y), len(x | y)) >= threshold


@settings(max_examples=300, deadline=None)
@given(st.lists(bodies, min_size=1, max_size=70), thresholds)
def test_bit_sliced_counting_finds_exactly_the_pairs_a_full_comparison_finds(texts, threshold):
    sets = [shingles(text) for text in texts]

    found = set(similar_pairs(sets, threshold))

    assert found == {
        (i, j)
        for i, j in combinations(range(len(texts)), 2)
        if plainly_similar(texts[i], texts[j], threshold)
    }


@settings(max_examples=200, deadline=None)
@given(st.lists(bodies, min_size=2, max_size=40))
def test_near_duplicates_of_source_ids_follow_the_definition(texts):
    near = NearDuplicates({100 + i: text for i, text in enumerate(texts)})

    for i, j in combinations(range(len(texts)), 2):
        assert near.similar(100 + i, 100 + j) == plainly_similar(texts[i], texts[j], THRESHOLD)


def origins_by_definition(sources: list, claims: list) -> list[tuple[list[int], bool]]:
    """Each origin's reports and whether text joined it, straight from docs/briefs.md: reports are joined
    when they are the same statement, credit the same name, quote the same words, or stand in two
    different near-identical articles; "shared text" when text joined reports the rest left apart."""
    corpus = Corpus(claims, sources)
    statements = statement_ids(claims)
    credits = Credits(corpus)
    by_id = {s.id: s for s in sources}

    def credit(report):
        found = credits.of(report)
        return found.name.strip().casefold() if found else None

    other_edges = {
        (a.id, b.id)
        for a, b in combinations(claims, 2)
        if statements[a.id] == statements[b.id]
        or (credit(a) is not None and credit(a) == credit(b))
        or " ".join(a.quote.casefold().split()) == " ".join(b.quote.casefold().split())
    }
    text_edges = {
        (a.id, b.id)
        for a, b in combinations(claims, 2)
        if a.source_id != b.source_id
        and plainly_similar(by_id[a.source_id].body, by_id[b.source_id].body, THRESHOLD)
    }

    def components(edges):
        group = {c.id: {c.id} for c in claims}
        for a, b in edges:
            if group[a] is not group[b]:
                merged = group[a] | group[b]
                for member in merged:
                    group[member] = merged
        return {frozenset(members) for members in group.values()}

    without_text = components(other_edges)
    return sorted(
        (sorted(origin), sum(1 for part in without_text if part <= origin) > 1)
        for origin in components(other_edges | text_edges)
    )


OUTLETS = ["Liputan6.com", "detikNews", "Okezone", "Reuters", "Tribunnews"]
CREDITS = ["Reuters", "AP", "Yonhap", " reuters "]

sources_strategy = st.lists(
    st.tuples(st.sampled_from(OUTLETS), st.lists(st.sampled_from(CREDITS), max_size=2), bodies),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(sources_strategy, st.data())
def test_skipping_text_where_credits_already_merge_changes_no_origin(rows, data):
    sources = [
        source(i, outlet, cited=tuple(credits), body=body)
        for i, (outlet, credits, body) in enumerate(rows, 1)
    ]
    ids = [s.id for s in sources]
    # Two key points over overlapping subsets of the sources, so that one may need text and the other not.
    points = [data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=10)) for _ in range(2)]
    claims, linked = [], []
    for point in points:
        first = 100 * (len(linked) + 1)
        claims += [claim(first + n, source_id) for n, source_id in enumerate(point)]
        linked.append(tuple(range(first, first + len(point))))

    snapshot = assemble(brief(*(key_point(n + 1, ids) for n, ids in enumerate(linked))), claims, sources)

    by_id = {c.id: c for c in claims}
    for ids, assembled in zip(linked, snapshot["key_points"], strict=True):
        got = sorted(
            (sorted(r["claim_id"] for r in origin["reports"]), origin["shared_text"])
            for origin in assembled["corroboration"]["origins"]
        )
        assert got == origins_by_definition(sources, [by_id[i] for i in ids])

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.assembly.similarity import THRESHOLD, NearDuplicates, jaccard, shingles


def test_shingles_are_casefolded_runs_of_three_words():
    assert shingles("Korea Utara mengirim, AMUNISI.") == {"korea utara mengirim", "utara mengirim amunisi"}


def test_a_short_body_is_one_shingle_and_an_empty_one_has_none():
    assert shingles("Korea Utara") == {"korea utara"}
    assert shingles(" … ") == frozenset()


def test_jaccard_of_shingle_sets():
    a = shingles("satu dua tiga empat lima")
    b = shingles("satu dua tiga empat enam")
    assert jaccard(a, b) == 2 / 4
    assert jaccard(a, frozenset()) == 0.0


def test_identical_bodies_are_near_duplicates_and_empty_bodies_resemble_nothing():
    near = NearDuplicates({1: "satu dua tiga empat", 2: "satu dua tiga empat", 3: "", 4: ""})
    assert near.similar(1, 2)
    assert not near.similar(3, 4)
    assert near.group(3) is None


def test_the_threshold_is_inclusive():
    # 3 shared shingles of 5 in the union: exactly 0.6.
    a = "a b c d e f"  # abc bcd cde def
    b = "a b c d e g"  # abc bcd cde deg
    assert jaccard(shingles(a), shingles(b)) == 3 / 5
    assert NearDuplicates({1: a, 2: b}).similar(1, 2)


texts = st.lists(st.sampled_from("abcdef"), min_size=0, max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(texts, min_size=2, max_size=8), st.sampled_from([Fraction(3, 5), Fraction(1, 2), Fraction(4, 5)])
)
def test_prefix_filtering_finds_exactly_the_pairs_a_full_comparison_finds(bodies, threshold):
    near = NearDuplicates(dict(enumerate(bodies)), threshold)
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            a, b = shingles(bodies[i]), shingles(bodies[j])
            expected = bool(a and b) and Fraction(len(a & b), len(a | b)) >= threshold
            assert near.similar(i, j) == expected, (bodies[i], bodies[j])


def test_default_threshold_is_six_tenths():
    assert Fraction(3, 5) == THRESHOLD

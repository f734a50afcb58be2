from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.similarity import THRESHOLD, NearDuplicates, jaccard, shingles


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


def test_sketches_of_near_identical_texts_share_most_values_and_unrelated_texts_almost_none():
    from ingest.similarity import MIN_SHARED_VALUES, SKETCH_SIZE, sketch

    text = " ".join(f"kata{n} pelabuhan kontainer" for n in range(60))
    near = text.replace("kata7 ", "kata tujuh ")
    other = " ".join(f"harga{n} cabai pasar" for n in range(60))

    assert len(sketch(text)) == SKETCH_SIZE and sketch(text) == tuple(sorted(sketch(text)))
    assert len(set(sketch(text)) & set(sketch(near))) >= MIN_SHARED_VALUES
    assert len(set(sketch(text)) & set(sketch(other))) < MIN_SHARED_VALUES
    assert sketch("") == ()


def test_closest_is_the_most_similar_candidate_above_the_threshold():
    from ingest.similarity import closest

    text = " ".join(f"kata{n} pelabuhan kontainer" for n in range(60))
    candidates = {
        3: text.replace("kata7 ", "kata tujuh "),
        1: text.replace("kata7 ", "kata tujuh ").replace("kata9 ", "kata sembilan "),
        2: " ".join(f"harga{n} cabai pasar" for n in range(60)),
    }

    key, value = closest(text, candidates)
    assert key == 3 and 0.6 <= value < 1
    assert closest(text, {2: candidates[2]}) is None


def test_the_sketch_estimate_follows_the_similarity():
    from ingest.similarity import estimate, sketch

    text = " ".join(f"kata{n} pelabuhan kontainer" for n in range(60))
    near = text.replace("kata7 ", "kata tujuh ")
    other = " ".join(f"harga{n} cabai pasar" for n in range(60))

    assert estimate(sketch(text), sketch(text)) == 1.0
    assert estimate(sketch(text), sketch(near)) >= 0.6
    assert estimate(sketch(text), sketch(other)) < 0.25
    assert estimate((), ()) == 0.0


lined_texts = st.lists(
    st.lists(st.sampled_from(["a", "b", "c", "Ab", "", "x y"]), min_size=0, max_size=5).map(" ".join),
    min_size=0,
    max_size=5,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(lined_texts, min_size=2, max_size=8))
def test_bodies_shingled_line_by_line_give_the_pairs_of_whole_bodies(bodies):
    # Line by line, shared paragraphs are shingled once; a shingle may still run across a line break.
    near = NearDuplicates(dict(enumerate(bodies)))
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            a, b = shingles(bodies[i]), shingles(bodies[j])
            expected = bool(a and b) and Fraction(len(a & b), len(a | b)) >= THRESHOLD
            assert near.similar(i, j) == expected, (bodies[i], bodies[j])

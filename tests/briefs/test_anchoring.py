"""Anchoring claims to quotes in an article body, and re-anchoring them when the body changes."""

from __future__ import annotations

import random
import string
from collections import Counter

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefs.anchoring import (
    CONTEXT_CHARS,
    Anchor,
    AnchorError,
    Reanchoring,
    anchor_quote,
    make_anchor,
    reanchor,
    reanchor_all,
    verify,
)

BODY = (
    "Jakarta - Pemerintah menyatakan situasi di perbatasan tetap aman. "
    "Menurut laporan intelijen, Korea Utara mengirim 1.000 kontainer ke Rusia sejak Agustus. "
    "Pada bulan berikutnya, Korea Utara mengirim 2.000 kontainer ke Rusia melalui pelabuhan Rajin. "
    "Menteri Luar Negeri Sugiono bertemu Sergei Lavrov di Moskow pada Senin. "
    "Pemerintah tidak akan menaikkan harga BBM tahun ini, kata juru bicara."
)
FIRST_SHIPMENT = "Korea Utara mengirim 1.000 kontainer ke Rusia"
MEETING = "Menteri Luar Negeri Sugiono bertemu Sergei Lavrov"
FUEL = "Pemerintah tidak akan menaikkan harga BBM"


def assert_consistent(result: Reanchoring, body: str) -> None:
    """Whatever the status, a returned anchor quotes the body exactly, with its real context."""
    assert 0.0 <= result.score <= 1.0
    assert result.reason
    if result.status == "orphaned":
        assert result.anchor is None
        return
    anchor = result.anchor
    assert anchor is not None
    assert anchor.exact == body[anchor.start : anchor.end]
    assert verify(anchor, body)
    assert anchor == make_anchor(body, anchor.start, anchor.end)


# --- make_anchor / anchor_quote / verify -------------------------------------------------------------


def test_make_anchor_keeps_up_to_32_characters_of_context_on_each_side():
    start = BODY.index(FIRST_SHIPMENT)
    anchor = make_anchor(BODY, start, start + len(FIRST_SHIPMENT))
    assert anchor.exact == FIRST_SHIPMENT
    assert anchor.prefix == BODY[start - CONTEXT_CHARS : start]
    assert anchor.suffix == BODY[anchor.end : anchor.end + CONTEXT_CHARS]
    assert len(anchor.prefix) == len(anchor.suffix) == 32


def test_make_anchor_at_the_edges_of_the_body_has_shorter_context():
    anchor = make_anchor("Jakarta - aman.", 0, 7)
    assert (anchor.prefix, anchor.exact, anchor.suffix) == ("", "Jakarta", " - aman.")


@pytest.mark.parametrize(
    ("start", "end"), [(-1, 5), (5, 5), (7, 3), (0, len(BODY) + 1), (len(BODY), len(BODY))]
)
def test_make_anchor_rejects_out_of_range_offsets(start, end):
    with pytest.raises(AnchorError, match="not a span of the body"):
        make_anchor(BODY, start, end)


def test_make_anchor_rejects_non_integer_offsets():
    with pytest.raises(AnchorError, match="whole number"):
        make_anchor(BODY, "3", 10)  # type: ignore[arg-type]


def test_make_anchor_rejects_a_whitespace_only_span():
    body = "Satu kalimat.  \n  Kalimat lain."
    with pytest.raises(AnchorError, match="only whitespace"):
        make_anchor(body, 13, 18)


def test_anchor_quote_finds_the_exact_words():
    anchor = anchor_quote(BODY, MEETING)
    assert anchor.exact == MEETING
    assert verify(anchor, BODY)


def test_anchor_quote_tolerates_whitespace_curly_quotes_and_dashes_but_keeps_the_body_text():
    body = "Ia berkata, \u201cKami  tidak\nmundur\u201d \u2014 lalu pergi."
    anchor = anchor_quote(body, '"Kami tidak mundur" - lalu')
    assert anchor.exact == body[anchor.start : anchor.end]
    assert anchor.exact == "\u201cKami  tidak\nmundur\u201d \u2014 lalu"


def test_anchor_quote_reports_a_missing_quote():
    with pytest.raises(AnchorError, match="not found in the body"):
        anchor_quote(BODY, "Korea Selatan mengirim bantuan")


def test_anchor_quote_refuses_an_ambiguous_quote_without_a_hint():
    with pytest.raises(AnchorError, match="occurs 2 times"):
        anchor_quote(BODY, "Korea Utara mengirim")


def test_anchor_quote_takes_the_occurrence_nearest_the_hint():
    second = BODY.index("Korea Utara mengirim 2.000")
    anchor = anchor_quote(BODY, "Korea Utara mengirim", hint=second + 3)
    assert anchor.start == second
    first = anchor_quote(BODY, "Korea Utara mengirim", hint=0)
    assert first.start == BODY.index(FIRST_SHIPMENT)


@pytest.mark.parametrize("quote", ["", "   ", "\n\t", "\u200b"])
def test_anchor_quote_rejects_an_empty_or_whitespace_only_quote(quote):
    with pytest.raises(AnchorError, match="empty or only whitespace"):
        anchor_quote(BODY, quote)


def test_verify_checks_the_text_at_the_offsets():
    anchor = anchor_quote(BODY, FUEL)
    assert verify(anchor, BODY)
    assert not verify(anchor, "Tambahan. " + BODY)
    assert not verify(anchor, BODY[:20])


# --- reanchor ------------------------------------------------------------------------------------------


def test_unchanged_body_keeps_the_same_offsets():
    anchor = anchor_quote(BODY, FIRST_SHIPMENT)
    result = reanchor(anchor, BODY)
    assert result.status == "unchanged"
    assert result.anchor == anchor
    assert result.score == 1.0


def test_text_inserted_before_the_quote_moves_it_to_the_new_offsets():
    anchor = anchor_quote(BODY, MEETING)
    inserted = "Kabar terbaru: situasi berkembang cepat. "
    new_body = inserted + BODY
    result = reanchor(anchor, new_body)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.start == anchor.start + len(inserted)
    assert result.anchor.exact == MEETING
    assert_consistent(result, new_body)


def test_text_inserted_right_next_to_the_quote_still_moves_it():
    anchor = anchor_quote(BODY, MEETING)
    at = anchor.start
    new_body = BODY[:at] + "Sementara itu, " + BODY[at:]
    result = reanchor(anchor, new_body)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.start == at + len("Sementara itu, ")


def test_the_same_quote_twice_is_disambiguated_by_its_context():
    body = (
        "Di Surabaya, warga berkata harga beras naik lagi minggu ini. "
        "Di Makassar, pedagang berkata harga beras naik lagi sejak panen gagal."
    )
    quote = "harga beras naik lagi"
    second = body.rindex(quote)
    anchor = make_anchor(body, second, second + len(quote))
    new_body = "Laporan pasar. " + body
    result = reanchor(anchor, new_body)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.start == new_body.rindex(quote)
    first = make_anchor(body, body.index(quote), body.index(quote) + len(quote))
    moved_first = reanchor(first, new_body)
    assert moved_first.anchor is not None
    assert moved_first.anchor.start == new_body.index(quote)


def test_a_typo_fixed_inside_the_quote_is_found_as_fuzzy():
    old_body = BODY.replace("mengirim 1.000 kontainer", "mengrim 1.000 kontaner")
    anchor = anchor_quote(old_body, "Korea Utara mengrim 1.000 kontaner ke Rusia")
    result = reanchor(anchor, BODY)
    assert result.status == "fuzzy"
    assert result.anchor is not None
    assert result.anchor.exact == FIRST_SHIPMENT
    assert result.score >= 0.9
    assert_consistent(result, BODY)


def test_a_typo_fixed_in_a_name_is_found_as_fuzzy():
    old_body = BODY.replace("Sugiono", "Sugino")
    anchor = anchor_quote(old_body, MEETING.replace("Sugiono", "Sugino"))
    result = reanchor(anchor, BODY)
    assert result.status == "fuzzy"
    assert result.anchor is not None
    assert result.anchor.exact == MEETING


def test_whitespace_rewrap_is_found_with_exact_equal_to_the_body_slice():
    anchor = anchor_quote(BODY, FIRST_SHIPMENT)
    new_body = BODY.replace("mengirim 1.000 kontainer ke", "mengirim\n1.000  kontainer\nke")
    result = reanchor(anchor, new_body)
    assert result.status in {"fuzzy", "moved"}
    assert result.anchor is not None
    assert result.anchor.exact == "Korea Utara mengirim\n1.000  kontainer\nke Rusia"
    assert_consistent(result, new_body)


def test_curly_quotes_made_straight_are_found_with_exact_equal_to_the_body_slice():
    old_body = "Juru bicara berkata \u201ckami tidak mundur\u201d \u2013 lalu menutup rapat."
    anchor = anchor_quote(old_body, "\u201ckami tidak mundur\u201d \u2013 lalu")
    new_body = 'Juru bicara berkata "kami tidak mundur" - lalu menutup rapat.'
    result = reanchor(anchor, new_body)
    assert result.status in {"fuzzy", "moved"}
    assert result.anchor is not None
    assert result.anchor.exact == '"kami tidak mundur" - lalu'
    assert_consistent(result, new_body)


def test_deleted_sentence_is_orphaned_not_moved_to_a_look_alike_with_another_figure():
    anchor = anchor_quote(BODY, FIRST_SHIPMENT)
    new_body = BODY.replace("Menurut laporan intelijen, " + FIRST_SHIPMENT + " sejak Agustus. ", "")
    assert "Korea Utara mengirim 2.000 kontainer ke Rusia" in new_body
    result = reanchor(anchor, new_body)
    assert result.status == "orphaned"
    assert result.anchor is None
    assert "below 0.90" in result.reason
    assert "figure" in result.reason


def test_a_figure_changed_in_place_orphans_the_claim():
    anchor = anchor_quote(BODY, "Korea Utara mengirim 2.000 kontainer")
    result = reanchor(anchor, BODY.replace("2.000 kontainer", "3.000 kontainer"))
    assert result.status == "orphaned"


def test_a_look_alike_with_a_different_name_is_orphaned():
    anchor = anchor_quote(BODY, MEETING)
    result = reanchor(anchor, BODY.replace("Sugiono", "Retno"))
    assert result.status == "orphaned"
    assert "name" in result.reason


def test_a_removed_negation_is_orphaned():
    anchor = anchor_quote(BODY, FUEL)
    result = reanchor(anchor, BODY.replace("tidak akan menaikkan", "akan menaikkan"))
    assert result.status == "orphaned"
    assert "negation" in result.reason


def test_the_same_words_left_only_in_a_sentence_about_another_country_are_orphaned():
    body = (
        "Korea Utara mengirim 1.000 kontainer ke Rusia pada Agustus. "
        "Korea Selatan mengirim 1.000 kontainer ke Ukraina pada Oktober."
    )
    quote = "mengirim 1.000 kontainer"
    anchor = make_anchor(body, body.index(quote), body.index(quote) + len(quote))
    new_body = "Korea Selatan mengirim 1.000 kontainer ke Ukraina pada Oktober."
    result = reanchor(anchor, new_body)
    assert result.status == "orphaned"
    assert "different context" in result.reason


def test_two_equally_good_exact_candidates_are_orphaned_as_ambiguous():
    body = "Rapat dimulai. Ia berkata: kami akan hadir. Rapat selesai."
    anchor = anchor_quote(body, "kami akan hadir")
    new_body = "Pembukaan singkat. Ia menulis: kami akan hadir. Ia mengulang: kami akan hadir. Penutup."
    result = reanchor(anchor, new_body)
    assert result.status == "orphaned"
    assert result.reason == "the quote now matches two places equally well"


def test_two_equally_good_fuzzy_candidates_are_orphaned_as_ambiguous():
    old_body = "Awal. Ketua berkata bahwa pemerintha siap membantu warga. Akhir."
    anchor = anchor_quote(old_body, "bahwa pemerintha siap membantu warga")
    block = "Ketua berkata bahwa pemerintah siap membantu warga."
    new_body = f"Awal. {block} Akhir. Awal. {block} Akhir."
    result = reanchor(anchor, new_body)
    assert result.status == "orphaned"
    assert "equally well" in result.reason


def test_a_duplicated_paragraph_with_strong_context_goes_to_the_copy_nearest_the_old_place():
    paragraph = "Warga diminta tetap tenang dan menunggu arahan petugas setempat."
    body = f"Pengumuman pertama. {paragraph} Selesai."
    anchor = anchor_quote(body, "menunggu arahan petugas")
    new_body = f"Pengumuman pertama. {paragraph} Selesai. Pengumuman pertama. {paragraph} Selesai."
    result = reanchor(anchor, new_body)
    assert result.status == "unchanged"
    assert result.anchor is not None
    assert result.anchor.start == anchor.start


def test_a_deleted_sentence_without_look_alike_is_orphaned_in_plain_words():
    anchor = anchor_quote(BODY, FUEL)
    new_body = BODY[: BODY.index("Pemerintah tidak")]
    result = reanchor(anchor, new_body)
    assert result.status == "orphaned"
    assert result.reason.startswith("the quoted words are no longer in the article")


def test_min_score_must_be_a_fraction():
    anchor = anchor_quote(BODY, FUEL)
    with pytest.raises(ValueError, match="min_score"):
        reanchor(anchor, BODY, min_score=1.5)


def test_an_anchor_without_quoted_words_is_orphaned():
    result = reanchor(Anchor(exact=" ", prefix="", suffix="", start=0, end=1), BODY)
    assert result.status == "orphaned"
    assert result.anchor is None


def test_reanchor_all_matches_reanchor_one_by_one():
    anchors = [anchor_quote(BODY, q) for q in (FIRST_SHIPMENT, MEETING, FUEL)]
    new_body = "Pembaruan. " + BODY.replace("Sugiono", "Retno")
    results = reanchor_all(anchors, new_body)
    assert results == [reanchor(anchor, new_body) for anchor in anchors]
    assert [r.status for r in results] == ["moved", "orphaned", "moved"]


def test_a_quote_at_the_very_start_moves_when_text_is_inserted_before_it():
    anchor = anchor_quote(BODY, "Jakarta - Pemerintah menyatakan")
    assert anchor.prefix == ""
    new_body = "JAKARTA, KOMPAS - " + BODY
    result = reanchor(anchor, new_body)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.start == len("JAKARTA, KOMPAS - ")


def test_an_anchor_stored_without_context_is_still_found_when_its_quote_is_unique():
    anchor = Anchor(exact=MEETING, prefix="", suffix="", start=3, end=3 + len(MEETING))
    result = reanchor(anchor, BODY)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.exact == MEETING
    assert result.anchor.prefix  # refreshed from the body


def test_a_very_common_short_quote_resolves_to_the_occurrence_nearest_its_old_place():
    body = " ".join(["di rumah", "di pasar", "ke sekolah"] * 300)
    start = body.index("pasar", 2_000)
    anchor = make_anchor(body, start, start + len("pasar"))
    new_body = "Baru. " + body
    result = reanchor(anchor, new_body)
    assert result.status == "moved"
    assert result.anchor is not None
    assert result.anchor.start == start + len("Baru. ")


def test_a_lower_min_score_accepts_a_replaced_word_that_the_default_rejects():
    anchor = anchor_quote(BODY, FIRST_SHIPMENT)
    new_body = BODY.replace("kontainer ke Rusia sejak", "kontainer untuk Rusia sejak")
    assert reanchor(anchor, new_body).status == "orphaned"
    relaxed = reanchor(anchor, new_body, min_score=0.6)
    assert relaxed.status == "fuzzy"
    assert relaxed.anchor is not None
    assert relaxed.anchor.exact == "Korea Utara mengirim 1.000 kontainer untuk Rusia"


def test_a_figure_change_is_rejected_even_with_a_low_min_score():
    anchor = anchor_quote(BODY, FIRST_SHIPMENT)
    new_body = BODY.replace("1.000 kontainer", "7.000 kontainer")
    result = reanchor(anchor, new_body, min_score=0.5)
    assert result.status == "orphaned"
    assert "a figure differs: 1.000 → 7.000" in result.reason


def test_anchor_quote_rejects_a_non_integer_hint():
    with pytest.raises(AnchorError, match="hint"):
        anchor_quote(BODY, "Korea Utara mengirim", hint="12")  # type: ignore[arg-type]


# --- Properties ----------------------------------------------------------------------------------------

BODY_ALPHABET = string.ascii_lowercase + "  \n\u201c\u201d'\"-\u2014.,"
# Disjoint from the body's alphabet, so inserted text can never contain (part of) the quote.
INSERT_ALPHABET = string.ascii_uppercase + string.digits + "!?;:()"


@st.composite
def body_and_span(draw, alphabet=BODY_ALPHABET, max_size=160):
    body = draw(st.text(alphabet=alphabet, min_size=1, max_size=max_size))
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    try:
        make_anchor(body, start, end)
    except AnchorError:
        assume(False)  # whitespace (or invisible characters) only
    return body, start, end


@given(body_and_span(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_property_an_unchanged_body_is_unchanged_with_the_same_offsets(case):
    body, start, end = case
    anchor = make_anchor(body, start, end)
    result = reanchor(anchor, body)
    assert result.status == "unchanged"
    assert result.anchor == anchor


@given(body_and_span(), st.data())
def test_property_text_inserted_outside_the_span_shifts_the_claim(case, data):
    body, start, end = case
    exact = body[start:end]
    # A repeated quote is genuinely ambiguous under random insertions (count overlapping occurrences too).
    assume(body.find(exact, body.find(exact) + 1) == -1)
    anchor = make_anchor(body, start, end)
    inserted = data.draw(st.text(alphabet=INSERT_ALPHABET, min_size=1, max_size=60), label="inserted")
    at = data.draw(st.one_of(st.integers(0, start), st.integers(end, len(body))), label="at")
    new_body = body[:at] + inserted + body[at:]
    shift = len(inserted) if at <= start else 0
    result = reanchor(anchor, new_body)
    assert result.status in {"unchanged", "moved"}
    assert result.anchor is not None
    assert (result.anchor.start, result.anchor.end) == (start + shift, end + shift)
    assert_consistent(result, new_body)


@given(body_and_span(), st.data())
def test_property_a_found_anchor_always_quotes_the_new_body_exactly(case, data):
    body, start, end = case
    anchor = make_anchor(body, start, end)
    edit_start = data.draw(st.integers(0, len(body)), label="edit_start")
    edit_end = data.draw(st.integers(edit_start, min(len(body), edit_start + 20)), label="edit_end")
    replacement = data.draw(st.text(alphabet=BODY_ALPHABET + "XY19", max_size=20), label="replacement")
    new_body = body[:edit_start] + replacement + body[edit_end:]
    assert_consistent(reanchor(anchor, new_body), new_body)
    assert_consistent(reanchor(anchor, new_body, min_score=0.5), new_body)


# fmt: off
WORDS = [
    "pemerintah", "menteri", "warga", "harga", "beras", "bahan", "bakar", "minyak", "pelabuhan",
    "kontainer", "laporan", "intelijen", "perbatasan", "keamanan", "ekonomi", "rapat", "sidang",
    "presiden", "gubernur", "polisi", "tentara", "bantuan", "banjir", "gempa", "sekolah", "rumah",
    "sakit", "pasar", "jalan", "tol", "kereta", "bandara", "kapal", "nelayan", "petani", "buruh",
    "pajak", "anggaran",
]
NAMES = [
    "Jakarta", "Surabaya", "Medan", "Makassar", "Rusia", "Ukraina", "Korea", "Sugiono", "Retno", "Lavrov",
    "Prabowo",
]
# fmt: on


@given(
    st.lists(st.sampled_from(WORDS + NAMES + ["1.000", "2.000", "tidak", "akan"]), min_size=8, max_size=40),
    st.data(),
)
@settings(max_examples=60)
def test_property_realistic_edits_never_yield_an_inconsistent_anchor(words, data):
    body = " ".join(words) + "."
    i = data.draw(st.integers(0, len(words) - 4), label="i")
    j = data.draw(st.integers(i + 2, min(len(words), i + 8)), label="j")
    start = len(" ".join(words[:i])) + (1 if i else 0)
    end = start + len(" ".join(words[i:j]))
    anchor = make_anchor(body, start, end)
    edited = list(words)
    k = data.draw(st.integers(0, len(words) - 1), label="k")
    edited[k] = data.draw(st.sampled_from(WORDS + NAMES + ["3.000"]), label="replacement")
    new_body = " ".join(edited) + "."
    assert_consistent(reanchor(anchor, new_body), new_body)


# --- Scale ---------------------------------------------------------------------------------------------


def test_two_hundred_claims_over_a_twenty_thousand_character_body():
    """A sanity run at realistic scale (timing is benchmarked elsewhere, not asserted here)."""
    rng = random.Random(20240501)
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < 20_000:
        words = [rng.choice(WORDS + NAMES) for _ in range(rng.randint(8, 16))]
        words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(1, 999)}.{rng.randint(100, 999)}")
        sentences.append(" ".join(words).capitalize() + ".")
    body = " ".join(sentences)
    claimed = rng.sample(range(len(sentences)), 200)
    anchors = []
    for index in claimed:
        start = body.index(sentences[index])
        anchors.append(make_anchor(body, start, start + len(sentences[index]) - 1))  # without the full stop
    # An editor's pass: a paragraph added at the top, typos "fixed", sentences deleted, lines re-wrapped.
    new_sentences = list(sentences)
    retyped = set(rng.sample(range(len(sentences)), 60))
    deleted = set(rng.sample(sorted(set(range(len(sentences))) - retyped), 20))
    rewrapped = set(rng.sample(sorted(set(range(len(sentences))) - retyped - deleted), 20))
    for index in retyped:
        new_sentences[index] = new_sentences[index].replace("a", "aa", 1)
    for index in rewrapped:
        new_sentences[index] = new_sentences[index].replace(" ", "\n", 2)
    new_body = "Pembaruan redaksi: berita ini diperbarui. " + " ".join(
        s for i, s in enumerate(new_sentences) if i not in deleted
    )

    results = reanchor_all(anchors, new_body)

    assert len(results) == 200
    for index, result in zip(claimed, results, strict=True):
        assert_consistent(result, new_body)
        if index in deleted:
            assert result.status == "orphaned"
            continue
        expected_start = new_body.index(new_sentences[index])
        expected = (expected_start, expected_start + len(new_sentences[index]) - 1)
        if index in retyped or index in rewrapped:
            assert result.status in {"fuzzy", "orphaned"}
        else:
            assert result.status == "moved"
        if result.anchor is not None:
            assert (result.anchor.start, result.anchor.end) == expected
    statuses = Counter(result.status for result in results)
    assert statuses["fuzzy"] >= 70  # nearly all of the re-typed and re-wrapped claims are found

"""One statement, several reports: which claims are the same speaker saying the same thing."""

from briefs.assembly.statements import statement_ids

from .builders import KIRBY, WHITE_HOUSE, claim, figure


def test_one_quote_translated_a_little_differently_by_two_outlets_is_one_statement():
    claims = [
        claim(
            1,
            1,
            KIRBY,
            quote="Kami mengutuk Korea Utara karena menyediakan peralatan militer ini kepada Rusia",
        ),
        claim(2, 2, KIRBY, quote="Kami mengutuk DPRK karena menyediakan peralatan militer ini kepada Rusia"),
    ]

    assert statement_ids(claims) == {1: 1, 2: 1}


def test_the_same_words_from_another_speaker_or_on_another_day_are_another_statement():
    quote = "Kami akan terus memantau pengiriman senjata ke Rusia"
    claims = [
        claim(1, 1, KIRBY, quote=quote, said_on="2023-10-13"),
        claim(2, 2, WHITE_HOUSE, quote=quote, said_on="2023-10-13"),
        claim(3, 3, KIRBY, quote=quote, said_on="2023-11-02"),
        claim(4, 4, KIRBY, quote=quote),  # no day: could be either, joins them
    ]

    assert statement_ids(claims[:3]) == {1: 1, 2: 2, 3: 3}
    assert statement_ids(claims) == {1: 1, 2: 2, 3: 1, 4: 1}


def test_different_numbers_make_different_statements_even_in_the_same_words():
    claims = [
        claim(1, 1, WHITE_HOUSE, quote="Korea Utara telah mengirim lebih dari 1.000 kontainer ke Rusia"),
        claim(2, 2, WHITE_HOUSE, quote="Korea Utara telah mengirim lebih dari 2.000 kontainer ke Rusia"),
        claim(3, 3, WHITE_HOUSE, quote="Korea Utara telah mengirim lebih dari 1000 kontainer ke Rusia"),
    ]

    assert statement_ids(claims) == {1: 1, 2: 2, 3: 1}


def test_the_same_figures_make_one_statement_whatever_the_wording():
    more = (figure("1000", qualifier="more_than"),)
    claims = [
        claim(1, 1, WHITE_HOUSE, quote="lebih dari seribu kontainer", figures=more, said_on="2023-10-13"),
        claim(2, 2, WHITE_HOUSE, quote="Gedung Putih mengklaim pengiriman besar", figures=more),
    ]

    assert statement_ids(claims) == {1: 1, 2: 1}


def test_short_quotes_must_be_identical_to_be_one_statement():
    claims = [
        claim(1, 1, KIRBY, quote="kerja sama erat"),
        claim(2, 2, KIRBY, quote="kerja sama lebih erat"),
        claim(3, 3, KIRBY, quote="Kerja sama  erat!"),
    ]

    assert statement_ids(claims) == {1: 1, 2: 2, 3: 1}


def test_the_candidate_filter_finds_exactly_the_pairs_a_full_comparison_finds():
    import random

    from briefs.assembly.statements import _same_word_pairs, _same_words, _wordings

    rng = random.Random(3)
    vocabulary = [f"kata{i}" for i in range(40)]
    texts = [frozenset(rng.sample(vocabulary, rng.randint(1, 12))) for _ in range(300)]
    texts += [frozenset(list(text)[:-1]) for text in texts[:60]]  # near copies

    wordings = _wordings(tuple(sorted(text)) for text in texts)

    assert _same_word_pairs([wordings[tuple(sorted(text))] for text in texts]) == sorted(
        (i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if _same_words(texts[i], texts[j])
    )

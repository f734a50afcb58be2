"""Splitting bodies into sentences with offsets."""

from __future__ import annotations

from briefs.suggestions.sentences import split_sentences


def texts(body):
    return [s.text for s in split_sentences(body)]


def test_offsets_point_into_the_body():
    body = "Satu kalimat. Kalimat kedua!\n\nParagraf baru?"
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text


def test_splits_on_end_punctuation_and_paragraphs():
    assert texts("Kirby tiba pagi ini. Dia langsung bicara.\n\nLalu ia pergi") == [
        "Kirby tiba pagi ini.",
        "Dia langsung bicara.",
        "Lalu ia pergi",
    ]


def test_paragraph_numbers_count_lines():
    assert [s.paragraph for s in split_sentences("A satu. B dua.\n\nC tiga.")] == [0, 0, 1]


def test_decimals_and_thousands_do_not_end_a_sentence():
    assert texts("Produksi naik menjadi 2,5 juta peluru dan 1.000 kontainer. Angka itu besar.") == [
        "Produksi naik menjadi 2,5 juta peluru dan 1.000 kontainer.",
        "Angka itu besar.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert texts("Dr. Lee bertemu Prof. Kim di Jl. Merdeka dll. kemarin. J. Kirby hadir.") == [
        "Dr. Lee bertemu Prof. Kim di Jl. Merdeka dll. kemarin.",
        "J. Kirby hadir.",
    ]


def test_a_quote_of_several_sentences_stays_with_its_attribution():
    body = '"Kami siap. Kami tidak takut," kata Kim. Lalu rapat selesai.'
    assert texts(body) == ['"Kami siap. Kami tidak takut," kata Kim.', "Lalu rapat selesai."]


def test_curly_quotes_spanning_sentences_are_respected():
    body = "“Ini penting. Sangat penting.” Rapat ditutup."
    assert texts(body) == ["“Ini penting. Sangat penting.”", "Rapat ditutup."]


def test_leading_dateline_is_a_sentence_of_its_own():
    sentences = split_sentences("JAKARTA - Menteri tiba. Dia bicara.")
    assert [(s.text, s.dateline) for s in sentences] == [
        ("JAKARTA -", True),
        ("Menteri tiba.", False),
        ("Dia bicara.", False),
    ]
    assert split_sentences("Kompas.com, Seoul - Pejabat tiba.")[0].text == "Kompas.com, Seoul -"


def test_a_dash_later_in_the_body_is_not_a_dateline():
    assert [s.dateline for s in split_sentences("Pertama.\n\nSEOUL - bukan dateline.")] == [False, False]


def test_empty_and_blank_bodies_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_sentences_glued_without_a_space_are_split_where_a_capitalised_word_begins():
    assert texts(
        "Kapal itu tiba di Rajin.Juru bicara pelabuhan menolak berkomentar. Lihat KOMPAS.com hari ini."
    ) == [
        "Kapal itu tiba di Rajin.",
        "Juru bicara pelabuhan menolak berkomentar.",
        "Lihat KOMPAS.com hari ini.",
    ]


def test_a_glued_quote_opening_the_next_sentence_stays_with_it():
    assert texts('Laporan itu terbit (AS)."Kami tidak tahu," kata dia.Pejabat lain diam.') == [
        "Laporan itu terbit (AS).",
        '"Kami tidak tahu," kata dia.',
        "Pejabat lain diam.",
    ]


def test_a_dateline_with_the_sites_domain_in_lower_case_is_a_sentence_of_its_own():
    sentences = split_sentences("ANKARA, kabar-contoh.co.id – Menurut Kremlin, itu keliru.")
    assert [(s.text, s.dateline) for s in sentences] == [
        ("ANKARA, kabar-contoh.co.id –", True),
        ("Menurut Kremlin, itu keliru.", False),
    ]

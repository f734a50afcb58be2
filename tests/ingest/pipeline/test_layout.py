"""Page elements a copy glued onto one line get their own lines back, and a credit label split from its
value is joined to it, before classification."""

from ingest.pipeline.layout import join_split_labels, split_glued_elements
from ingest.pipeline.normalise import normalise_text


def test_a_stored_copys_stamp_is_split_from_the_line_it_opens():
    assert split_glued_elements(["date 2022-03 Foto : Kabar News"]) == ["date 2022-03", "Foto : Kabar News"]


def test_a_header_time_glued_to_the_dateline_is_split_after_its_zone():
    line = "Kabar.com - 03/02/2021, 08:40 WIBSURABAYA, KABAR.COM - Warga menyambut jembatan baru."
    assert split_glued_elements([line]) == [
        "Kabar.com - 03/02/2021, 08:40 WIB",
        "SURABAYA, KABAR.COM - Warga menyambut jembatan baru.",
    ]


def test_ordinary_lines_are_left_alone():
    lines = ["Pukul 08.40 WIB warga sudah berkumpul.", "Data 2021-03 menunjukkan kenaikan", "date"]
    assert split_glued_elements(lines) == lines


def test_splitting_is_part_of_normalising_and_happens_once():
    text = " date 2022-03 Foto : Kabar News\n\nIsi berita."
    once = normalise_text(text)
    assert once == "date 2022-03\nFoto : Kabar News\n\nIsi berita."
    assert normalise_text(once) == once


def test_a_credit_label_alone_on_its_line_is_joined_to_its_value():
    lines = ["Sumber :", "• Kantor Berita Contoh", "Editor:", "Ani Wijaya", "Photo :", "  • Dok. Warga"]
    assert join_split_labels([line.strip() for line in lines]) == [
        "Sumber : Kantor Berita Contoh",
        "Editor: Ani Wijaya",
        "Photo : Dok. Warga",
    ]


def test_a_label_is_not_joined_to_a_sentence_or_a_blank_line():
    lines = ["Sumber:", "Pejabat kementerian mengatakan hal itu kepada wartawan.", "Editor:", "", "Ani"]
    assert join_split_labels(lines) == lines
    assert join_split_labels(join_split_labels(["Foto:", "Ani"])) == ["Foto: Ani"]

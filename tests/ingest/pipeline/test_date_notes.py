"""The importer's date notes read in the page's language: every sentence the pipeline writes is known."""

import re

import pytest
from django.utils import translation

from ingest.date_notes import known_clauses, localise_date_note
from tests.ingest.pipeline.test_metadata import P2, P3, _meta

#: Pages that make the pipeline write each kind of note (the tests in test_metadata.py say why).
PAGES = {
    "display date": [
        "Kamis, 2 Oktober 2025",
        "Judul Berita Yang Cukup Panjang Sekali",
        "JAKARTA - " + P2,
        P3,
        "Pemerintah mengumumkan kebijakan itu pertama kali pada Kamis (3/11/2022) malam.",
    ],
    "lede": ["Liputan6.com, Moskow - Kremlin pada Selasa (17/10/2023), menolak tuduhan itu.", P2],
    "inferred year": [
        "Washington | EGINDO.co – Gedung Putih mengatakan hal itu pada Jumat (13 Oktober).",
        P2,
    ],
    "no date": [P2, P3],
    # Round r6b: the body's latest day in full, after the lede's or when the lede dates nothing.
    "later body day": [
        "Pemerintah menandatangani nota kesepahaman pada Selasa (5/11/2024).",
        P2,
        '"Ini peluang," kata Rudi dalam wawancara, Jumat (15/11/2024).',
    ],
    "contradicted lede": [
        "Pemerintah mengumumkan uji coba itu pada Rabu (11/1/2023) di ibu kota.",
        P2,
        "Setelah upaya kedua yang gagal pada Agustus 2023, uji coba ketiga digelar.",
    ],
    "body day": [
        "Kedua negara berambisi memperluas kerja sama di bidang antariksa, terutama peluncuran satelit cuaca"
        " dan pelatihan bagi para insinyur muda yang selama ini belajar di luar negeri.",
        P2 + " " + P3,
        "Menteri menerima kunjungan delegasi itu, Rabu (13/11/2024), di ibu kota.",
    ],
}


@pytest.mark.parametrize("page", PAGES)
def test_every_note_the_pipeline_writes_reads_in_indonesian(profiles, page):
    note = _meta(PAGES[page], profiles).published_at_note

    assert all(known_clauses(note)), note
    with translation.override("id"):
        indonesian = localise_date_note(note)
    assert indonesian != note
    # The article's own words stay as written.
    for quoted in re.findall(r"(?<!\w)'(.+?)'(?!\w)", note):
        assert quoted in indonesian


def test_a_note_reads_as_written_in_english_and_an_unknown_clause_is_kept():
    note = "'Senin, 16 Okt 2023' in the page header; time not given; a sentence the pipeline learnt later"
    with translation.override("en"):
        assert localise_date_note(note) == (
            "“Senin, 16 Okt 2023” in the page header; time not given; a sentence the pipeline learnt later"
        )
    with translation.override("id"):
        assert localise_date_note(note).endswith("; a sentence the pipeline learnt later")

"""A page whose lead opens with a dateline in square brackets, imported whole (snippets written for the test)."""

from __future__ import annotations

import pytest

from ingest.pipeline import load_default_profiles, process_article

PROFILES = load_default_profiles()
LEAD = (
    "Korea Utara kembali meluncurkan rudal balistik jarak pendek ke Laut Timur pada Selasa pagi, menurut "
    "militer Korea Selatan."
)
PAGE = """Korea Utara Luncurkan Rudal ke Laut Timur

Penulis: Andi Pratama | Selasa, 14 Mei 2024 09:12 WIB

[Foto: Peluncuran rudal di pinggiran Pyongyang. (Dok. Kabar Contoh)]

{lead}

Kepala Staf Gabungan Korea Selatan mengatakan rudal itu terbang sekitar 300 kilometer sebelum jatuh ke laut.

[ADVERTISEMENT]

[Video]

Peluncuran itu terjadi sehari setelah latihan militer gabungan kedua negara dimulai.
"""


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (f"[SEOUL] – {LEAD}", "Seoul"),
        (f"[MOSKOW] – {LEAD}", "Moskow"),
        (f"[MOSKOW]\n\n{LEAD}", "Moskow"),
        (f"[SEOUL]\n{LEAD}", "Seoul"),
    ],
)
def test_the_bracketed_dateline_is_the_dateline_and_opens_the_lead(lead, place):
    article = process_article(PAGE.format(lead=lead), profiles=PROFILES)

    assert article.metadata.dateline == place
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith(f"[{place.upper()}]") and paragraphs[0].endswith(LEAD)
    # The bracketed labels are page furniture, never the dateline, and take no paragraph with them.
    assert (
        paragraphs[-1]
        == "Peluncuran itu terjadi sehari setelah latihan militer gabungan kedua negara dimulai."
    )
    removed = {line.text: line.reason for line in article.removed}
    assert removed["[ADVERTISEMENT]"] == "advertisement"
    assert (
        "[Video]" in removed
        and "[Foto: Peluncuran rudal di pinggiran Pyongyang. (Dok. Kabar Contoh)]" in removed
    )


def test_a_bracketed_label_above_an_undated_lead_is_not_its_dateline():
    article = process_article(PAGE.format(lead=f"[Foto]\n\n{LEAD}"), profiles=PROFILES)

    assert article.metadata.dateline is None
    assert article.body.split("\n\n")[0] == LEAD

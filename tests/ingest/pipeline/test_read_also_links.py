"""A "Baca juga" link set off by quotation marks, arrows or brackets is a link to another story.

Themes print the teaser in quotation marks ("“Baca Juga: …”") or after an arrow ("» Baca juga: …"). In
quotation marks it is a link only with its colon: a quote that opens with the verb "baca" ("“Baca dulu
aturannya,” kata …") is the article's.
"""

from datetime import date

import pytest

from ingest.pipeline import process_article

REF = date(2024, 11, 20)
LEAD = (
    "SUKAMAJU - Ratusan warga Desa Sukamaju menggelar panen raya bersama Bupati pada Sabtu (16/11/2024), "
    "menandai musim tanam yang berhasil setelah kemarau panjang."
)
BODY = "Bupati Hartono mengatakan hasil panen tahun ini naik dua kali lipat dibandingkan tahun lalu."


def _body(line, profiles):
    text = "\n".join(["Warga Sukamaju Gelar Panen Raya", LEAD, line, BODY])
    return process_article(text, profiles=profiles, reference_date=REF).body


@pytest.mark.parametrize(
    "line",
    [
        "“Baca Juga: Harga Cabai di Pasar Induk Naik Lagi Menjelang Akhir Tahun”",
        '"Baca juga: Nelayan Pesisir Utara Keluhkan Solar Langka"',
        "» Baca Juga: Jalan Desa Rusak Parah Setelah Hujan Deras",
        ">> Baca juga: Bupati Resmikan Pasar Baru di Kecamatan Timur",
    ],
)
def test_a_quoted_or_arrowed_read_also_link_is_removed(line, profiles):
    assert "Baca" not in _body(line, profiles)


@pytest.mark.parametrize(
    "line",
    [
        "“Baca dulu aturannya sebelum bertanya kepada petugas,” kata Hartono kepada para petani.",
        '"Baca buku panduan itu setiap malam," ujar kepala desa di hadapan warga.',
    ],
)
def test_a_quote_that_opens_with_the_verb_baca_stays(line, profiles):
    assert line in _body(line, profiles)

"""Round r7b: families of misses the r6a and r7b pages showed, each on snippets written for the test."""

from datetime import date

import pytest

from ingest.pipeline import process_article

REF = date(2024, 11, 20)
URL = "https://kabarcontoh.com/berita/contoh-artikel"
TITLE = "Pejabat Sebut Kerja Sama Kedua Negara Makin Erat"
FILLER = "Kedua negara juga membahas kerja sama di bidang perdagangan dan pendidikan tinggi."


def _cited(lines, profiles):
    text = "\n".join([TITLE, *lines, FILLER])
    return process_article(text, profiles=profiles, url=URL, reference_date=REF).metadata.cited_outlets


# Family 1: "mengutip X yang mengatakan": a person quoted, not an outlet's copy taken.
@pytest.mark.parametrize(
    "line",
    [
        "Pejabat itu tidak dapat memastikan angkanya, namun mengutip Darmono yang mengatakan gudang itu penuh.",
        "Laporan itu dilansir Hartawan, yang menegaskan bahwa kiriman kedua sudah berangkat pekan lalu.",
        "Juru bicara kementerian mengutip Suryadi yang juga menyatakan bahwa jalur kereta dibuka kembali.",
    ],
)
def test_a_name_that_goes_on_to_say_something_is_a_person_not_a_credit(line, profiles):
    assert _cited([line], profiles) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An outlet that reports stays a credit.
        ("Kabar itu mengutip Reuters yang melaporkan bahwa kapal itu berlabuh di utara.", "Reuters"),
        # A registry outlet stays a credit even when the verb is a person's.
        ("Keterangan itu mengutip Yonhap yang mengatakan bahwa latihan ditunda.", "Yonhap"),
        # An unknown outlet without a saying verb after it stays a credit.
        ("Hal itu dilansir Harian Contoh Raya pada Selasa malam.", "Harian Contoh Raya"),
    ],
)
def test_outlets_after_the_same_cue_are_still_credited(line, expected, profiles):
    assert expected in _cited([line], profiles)


# Family 2: a registry outlet that compiled what the article gives is credited.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TASS telah mengumpulkan pernyataan utama presiden setelah pertemuan itu.", "TASS"),
        ("Reuters menghimpun keterangan dari tiga pejabat yang hadir dalam rapat itu.", "Reuters"),
        ("AFP merangkum isi pidato sang menteri dalam lima pokok.", "AFP"),
    ],
)
def test_an_outlet_that_compiled_the_statements_is_credited(line, expected, profiles):
    assert expected in _cited([line], profiles)


def test_a_person_who_compiles_is_no_credit(profiles):
    line = "Darmono telah mengumpulkan bantuan dari warga untuk para pengungsi."
    assert _cited([line], profiles) == ()


# Family 3: a site that credits itself under its name misspelt by a letter credits no one.
@pytest.mark.parametrize(
    "line",
    [
        "Menurut laporan dari Kabarconto dan sumber lain, jalur itu ditutup sejak pagi.",
        "Menurut analisis Kabarcontoh, kerja sama itu akan berlanjut tahun depan.",
        "Seperti dilaporkan Kabarkontoh sebelumnya, gudang itu dijaga ketat.",
    ],
)
def test_the_sites_own_name_misspelt_is_no_credit(line, profiles):
    assert _cited([line], profiles) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two letters apart: another outlet.
        ("Menurut laporan dari Kabarcontah Raya, jalur itu ditutup sejak pagi.", "Kabarcontah Raya"),
        ("Seperti dilaporkan Kabarkota, gudang itu dijaga ketat.", "Kabarkota"),
        # A registry outlet is never the site's own misspelling.
        ("Seperti dilaporkan Reuters, gudang itu dijaga ketat.", "Reuters"),
    ],
)
def test_other_names_stay_credits(line, expected, profiles):
    assert expected in _cited([line], profiles)

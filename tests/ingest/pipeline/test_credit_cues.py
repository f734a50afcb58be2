"""How a crediting construction reads around an outlet's name.

- a place written after a registry outlet's name says whose outlet it is, and the reporting verb after the
  place still credits the outlet ("Kantor Berita Pusat Korea Utara melaporkan", "Yonhap Korea Selatan
  melaporkan");
- "Melaporkan dari X," opening its sentence with no subject is the credit's formula, as "Dilansir dari X," is;
  with a subject ("Koresponden kami melaporkan dari …") it says where, not whose;
- a media noun's description may end with the outlet's country ("platform berita pemerintah Ukraina X",
  "media Rusia X"): the outlet is X, not "Ukraina X";
- a name after a crediting cue that goes on to say something is a person quoted, with or without "yang"
  ("mengutip Hartono mengatakan bahwa …").
"""

import pytest

from ingest.pipeline.citations import find_citations


def _cited(text, profiles):
    return find_citations([(0, text)], profiles=profiles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kantor Berita Pusat Korea Utara melaporkan bahwa pertemuan itu berlangsung hangat.", ("KCNA",)),
        ("Yonhap Korea Selatan melaporkan bahwa kapal itu berlabuh di pelabuhan timur.", ("Yonhap",)),
        ("Kantor Berita Sentral Korea Utara telah melaporkan bahwa uji coba itu berhasil.", ("KCNA",)),
    ],
)
def test_a_place_after_a_registry_outlets_name_keeps_its_reporting_verb(text, expected, profiles):
    assert _cited(text, profiles) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A place after a name with no reporting verb: nothing credited.
        "Yonhap Korea Selatan pernah menjadi tempat magang para wartawan muda dari Jakarta.",
        # A person after the place, then a saying verb: the person speaks.
        "Presiden Korea Selatan Yoon mengatakan bahwa kapal itu berlabuh di pelabuhan timur.",
    ],
)
def test_a_place_without_the_outlets_verb_credits_nothing(text, profiles):
    assert _cited(text, profiles) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Melaporkan dari Kabar Timur, Minggu (3/3/2024), menteri itu mengatakan jalur dibuka.",
            ("Kabar Timur",),
        ),
        (
            "Menurut laporan platform berita pemerintah Ukraina Warta24, gaji itu tetap milik negara.",
            ("Warta24",),
        ),
        ("Pejabat itu, mengutip media Rusia Izvestia, menyebut kapal sudah berangkat.", ("Izvestia",)),
        ("Menurut laporan kantor berita Korea Selatan Newsis, latihan itu ditunda.", ("Newsis",)),
    ],
)
def test_a_credit_formula_or_a_described_outlet_credits_the_outlet(text, expected, profiles):
    assert _cited(text, profiles) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject that reports from somewhere: where, not whose.
        ("Koresponden kami melaporkan dari Gedung Putih bahwa rapat sudah usai.", ()),
        # The country alone after the description: no outlet is named.
        ("Hal itu disampaikan menurut laporan media pemerintah Korea Utara pada Sabtu (22/3/2025).", ()),
        # A city's paper keeps the city in its name.
        ("Pejabat itu menolak berkomentar, dilansir dari harian Jakarta Globe.", ("Jakarta Globe",)),
        # A registry name that opens with a country stays whole.
        ("Pejabat itu menolak berkomentar, mengutip surat kabar Korea Times.", ("Korea Times",)),
    ],
)
def test_a_report_from_a_place_or_a_citys_paper_is_left_as_it_was(text, expected, profiles):
    assert _cited(text, profiles) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Badan tersebut mengutip Hartono mengatakan bahwa uji coba itu membuktikan kesiapan pasukan.",
        "Laporan itu dilansir Darmono menegaskan bahwa kiriman kedua sudah berangkat.",
        "Surat kabar itu mengutip Suryadi, menambahkan bahwa jalur kereta dibuka kembali.",
    ],
)
def test_a_name_that_goes_on_to_say_something_without_yang_is_a_person(text, profiles):
    assert _cited(text, profiles) == ()


def test_an_outlet_that_reports_after_the_cue_stays_a_credit(profiles):
    assert _cited("Kabar itu mengutip Reuters melaporkan bahwa kapal itu berlabuh.", profiles) == ("Reuters",)


# A registry outlet that "says" something reports it: its copy is what the article gives.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KCNA Korea Utara mengatakan kedua pemimpin membahas kerja sama pelabuhan.", ("KCNA",)),
        ("Yonhap mengatakan latihan gabungan itu ditunda hingga pekan depan.", ("Yonhap",)),
        ("AFP menyatakan bahwa delegasi itu tiba pada Senin malam di bandara.", ("AFP",)),
    ],
)
def test_a_registry_outlet_that_says_something_is_credited(text, expected, profiles):
    assert _cited(text, profiles) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hartono mengatakan kedua pemimpin membahas kerja sama pelabuhan.",
        "Presiden Korea Selatan menyatakan bahwa latihan gabungan itu ditunda.",
    ],
)
def test_a_person_or_an_office_that_says_something_credits_nothing(text, profiles):
    assert _cited(text, profiles) == ()

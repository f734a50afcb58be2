import pytest

from ingest.pipeline.dateline import parse_dateline

PARAGRAPH = "Pemerintah mengumumkan kebijakan baru yang akan berlaku mulai bulan depan."


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        (f"MOSKOW - {PARAGRAPH}", "Moskow", None),
        (f"Liputan6.com, Moskow - {PARAGRAPH}", "Moskow", "Liputan6.com"),
        (f"TRIBUNNEWS.COM - {PARAGRAPH}", None, "TRIBUNNEWS.COM"),
        (f"Washington | EGINDO.co – {PARAGRAPH}", "Washington", "EGINDO.co"),
        (f"WASHINGTON (AP) — {PARAGRAPH}", "Washington", "AP"),
        (f"Jakarta, CNN Indonesia -- {PARAGRAPH}", "Jakarta", "CNN Indonesia"),
        (f"NEW YORK DC — {PARAGRAPH}", "New York DC", None),
    ],
)
def test_datelines_in_house_styles(line, place, outlet):
    parsed = parse_dateline(line, known_names={"cnn indonesia"})
    assert parsed is not None
    assert (parsed.place, parsed.outlet) == (place, outlet)
    assert parsed.rest == PARAGRAPH


def test_dateline_alone_on_its_line():
    parsed = parse_dateline("Washington DC -")
    assert parsed is not None and parsed.alone and parsed.place == "Washington DC"


@pytest.mark.parametrize(
    "line",
    [
        "Salsabila Puteri , Jurnalis-Jum'at, 27 Oktober 2023 |17:33 WIB",
        "Novi Christiastuti - detikNews",
        "Korea Utara adalah satu-satunya negara - Republik Donetsk - di wilayah itu yang diakui.",
        "Update Perang Rusia Ukraina - AS Kecam Korea Utara Soal Amunisi",
        f"Menurut Kirby - {PARAGRAPH}",
        PARAGRAPH,
    ],
)
def test_things_that_are_not_datelines(line):
    assert parse_dateline(line) is None


def test_colon_datelines_are_read_only_when_asked():
    line = f"Surabaya: {PARAGRAPH}"
    assert parse_dateline(line) is None
    assert parse_dateline(line, allow_colon=True).place == "Surabaya"


@pytest.mark.parametrize(
    "line",
    [
        f"Catatan: {PARAGRAPH}",
        "Gubernur: Jembatan Baru Dibuka Bulan Depan untuk Semua Warga Kota",  # a headline, not a sentence
        f'Budi: "{PARAGRAPH}"',  # a quote
        "Menurut dia: pemerintah akan mengumumkan kebijakan itu pekan depan di kantor walikota.",
    ],
)
def test_colon_lines_that_are_no_dateline(line):
    assert parse_dateline(line, allow_colon=True) is None


def test_the_place_after_the_outlets_dash():
    parsed = parse_dateline(f"KABARKITA.CO.ID - SURABAYA. {PARAGRAPH}")
    assert (parsed.place, parsed.outlet) == ("Surabaya", "KABARKITA.CO.ID")


def test_an_outlet_after_the_comma():
    parsed = parse_dateline(f"SURABAYA, KABAR.TV - {PARAGRAPH}")
    assert (parsed.place, parsed.outlet) == ("Surabaya", "KABAR.TV")


def test_the_publishers_name_is_not_a_place():
    keys = frozenset({"kabarkita"})
    # Unknown without the publisher's names, the name after the place is still no part of the place.
    assert parse_dateline(f"Surabaya, Kabar Kita - {PARAGRAPH}").place == "Surabaya"
    parsed = parse_dateline(f"Surabaya, Kabar Kita - {PARAGRAPH}", publisher_keys=keys)
    assert (parsed.place, parsed.outlet) == ("Surabaya", "Kabar Kita")
    # A regional edition: the publisher's name and the region, and no place of the news.
    regional = parse_dateline(f"KABARKITA Malang – {PARAGRAPH}", publisher_keys=keys)
    assert (regional.place, regional.outlet) == (None, "KABARKITA Malang")


def test_a_place_in_capitals_alone_on_its_line_is_read_only_when_asked():
    assert parse_dateline("ANKARA") is None
    assert parse_dateline("ANKARA", allow_bare=True).place == "Ankara"
    assert parse_dateline("KUALA LUMPUR", allow_bare=True).place == "Kuala Lumpur"
    for label in ("TERBARU", "BERITA TERKINI", "GOOGLE NEWS", "AB", "Ankara"):
        assert parse_dateline(label, allow_bare=True) is None, label


def test_a_headline_ending_on_a_quoted_phrase_is_no_colon_dateline():
    line = "Ankara: Turki siap menengahi pembicaraan kedua negara ‘bila diminta’"
    assert parse_dateline(line, allow_colon=True) is None


def test_a_caption_label_in_capitals_of_four_words_is_no_place():
    line = "PRESIDEN RESMIKAN JALAN TOL - Tangkap layar siaran pers memperlihatkan presiden menggunting pita."
    assert parse_dateline(line) is None


def test_a_place_in_capitals_then_a_comma_and_the_time_is_a_wire_dateline_when_asked():
    line = "ANKARA, pada Selasa (3/2), menyatakan siap menjadi tuan rumah perundingan lanjutan kedua negara."
    assert parse_dateline(line) is None
    assert parse_dateline(line, allow_bare=True).place == "Ankara"
    assert (
        parse_dateline("Ankara, pada Selasa (3/2), menyatakan siap menjadi tuan rumah.", allow_bare=True)
        is None
    )


def test_a_place_in_capitals_that_lost_its_dash_before_the_lead_is_read_when_asked():
    line = "ANKARA Juru bicara kementerian mengatakan pada Selasa bahwa perundingan akan dilanjutkan pekan depan."
    assert parse_dateline(line) is None
    assert parse_dateline(line, allow_bare=True).place == "Ankara"
    assert (
        parse_dateline(
            "KCNA Melaporkan bahwa uji coba itu berhasil dan disaksikan para pejabat.", allow_bare=True
        )
        is None
    )


def test_the_place_is_the_first_one_named_and_not_its_country_or_an_unknown_outlet():
    assert parse_dateline(f"SEOUL, KOREA SELATAN - {PARAGRAPH}").place == "Seoul"
    assert parse_dateline(f"BEIJING, Kabar Harian - {PARAGRAPH}").place == "Beijing"
    assert parse_dateline(f"Tangerang Selatan, Kabar Kita - {PARAGRAPH}").place == "Tangerang Selatan"


@pytest.mark.parametrize(
    ("prefix", "place", "outlet"),
    [
        # An outlet the registry lacks, alone or beside the city it filed from.
        ("NUSAKINI", None, "NUSAKINI"),
        ("WARTA PRIANGAN", None, "WARTA PRIANGAN"),
        ("Bandung Insider", None, "Bandung Insider"),
        ("NUSAKINI, Jakarta", "Jakarta", "NUSAKINI"),
        ("Kyiv, NUSAKINI", "Kyiv", "NUSAKINI"),
        # A town the gazetteer lacks, qualified by its region or beside the outlet's own name.
        ("CIBODAS, JAWA BARAT", "Cibodas", None),
        ("CIBODAS, KABAR.TV", "Cibodas", "KABAR.TV"),
        # Places the gazetteer knows, with a qualifier or an abbreviation.
        ("MOSKWA", "Moskwa", None),
        ("JAKARTA UTARA", "Jakarta Utara", None),
        ("WASHINGTON DC", "Washington DC", None),
    ],
)
def test_a_name_the_gazetteer_lacks_is_the_outlet_unless_a_region_or_an_outlet_is_beside_it(
    prefix, place, outlet
):
    parsed = parse_dateline(f"{prefix} – {PARAGRAPH}")
    assert (parsed.place, parsed.outlet) == (place, outlet)


# Datelines some sites set in square brackets; the snippets are written for the tests.
@pytest.mark.parametrize(
    ("line", "place", "rest"),
    [
        (f"[SEOUL] – {PARAGRAPH}", "Seoul", PARAGRAPH),
        (f"[SEOUL] - {PARAGRAPH}", "Seoul", PARAGRAPH),
        (f"[Moskow] — {PARAGRAPH}", "Moskow", PARAGRAPH),
        (f"[SEOUL, KOREA SELATAN] – {PARAGRAPH}", "Seoul", PARAGRAPH),
        (f"[MOSKOW] {PARAGRAPH}", "Moskow", PARAGRAPH),
        ("[MOSKOW]", "Moskow", ""),
    ],
)
def test_a_dateline_in_square_brackets(line, place, rest):
    parsed = parse_dateline(line, allow_bare=True)
    assert parsed is not None
    assert (parsed.place, parsed.outlet, parsed.rest) == (place, None, rest)


@pytest.mark.parametrize(
    "line",
    [
        "[Foto: Warga menonton siaran peluncuran rudal di stasiun Seoul]",
        f"[Foto: Dok. Contoh] {PARAGRAPH}",
        "[Video]",
        "[VIDEO]",
        f"[Video] – {PARAGRAPH}",
        "[ADVERTISEMENT]",
        "[Iklan]",
        "[Gambas:Video Contoh]",
        f"[EKSKLUSIF] – {PARAGRAPH}",
        f"[BREAKING] {PARAGRAPH}",
        f"[Baca juga] {PARAGRAPH}",
        f"[1/3] {PARAGRAPH}",
    ],
)
def test_labels_in_square_brackets_are_no_dateline(line):
    assert parse_dateline(line, allow_bare=True) is None


def test_a_bracketed_place_alone_needs_a_caller_that_checks_a_paragraph_follows():
    # Alone on its line a bracketed place could be a topic tag; only the lead's caller asks.
    assert parse_dateline("[MOSKOW]") is None

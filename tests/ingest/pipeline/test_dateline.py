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

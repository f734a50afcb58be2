"""Round r5b, phase 2: a dateline that lost its dash, found on an r4b page, on snippets written for the test."""

from datetime import date

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.dateline import parse_dateline, squash

REF = date(2025, 12, 31)
TITLE = "Utusan Itu Sebut Sanksi Baru Akan Gagal"
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
URL = "https://kabarcontoh.com/utusan-sebut-sanksi-gagal/"
REST = "Duta besar negara itu mengecam upaya negara-negara Barat untuk membentuk kelompok pemantau baru."


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (f"Pyongyang, Kabar Contoh {REST}", "Pyongyang"),
        (f"MOSKOW, KABARCONTOH.COM {REST}", "Moskow"),
        (f"Seoul, Kabarcontoh {REST}", "Seoul"),
    ],
)
def test_a_place_then_the_publishers_name_run_into_the_lead_is_a_dateline(lede, place, profiles):
    article = process_article(
        "\n".join([TITLE, lede, P2, P3]), profiles=profiles, url=URL, reference_date=REF
    )
    assert article.metadata.dateline == place
    assert article.metadata.cited_outlets == ()


@pytest.mark.parametrize(
    "lede",
    [
        # A name that is not the publisher's: a sentence listing places.
        f"Pyongyang, Moskow dan Beijing {REST}",
        # A place the gazetteer does not know.
        f"Desa Contoh, Kabar Contoh {REST}",
    ],
)
def test_a_place_and_a_comma_without_the_publishers_name_is_no_such_dateline(lede):
    parsed = parse_dateline(lede, publisher_keys={squash("Kabar Contoh")})
    assert parsed is None or parsed.place != "Pyongyang"
    assert parsed is None or parsed.place != "Desa Contoh"

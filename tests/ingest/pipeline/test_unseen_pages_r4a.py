"""Rules found missing on a fourth set of pages nobody had read (the r4a- articles of the development
corpus), each shown on a short snippet written for the test, with the look-alike it must leave alone."""

from datetime import date, timedelta, timezone

from ingest.pipeline import process_article
from ingest.pipeline.repair import repair_characters

WIB = timezone(timedelta(hours=7))
REF = date(2025, 12, 31)
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu."
P4 = "Para pengusaha berharap aturan itu tidak berubah lagi setelah diterbitkan oleh pemerintah pusat."
LEDE = "Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
# A page of a site the registry does not know.
URL = "https://kabarcontoh.com/berita/jembatan-baru"


def _article(lines, profiles, url=URL):
    return process_article("\n".join(lines), profiles=profiles, url=url, reference_date=REF)


# --- characters -------------------------------------------------------------------------------------


def test_a_no_break_space_read_as_gbk_is_a_space_outside_chinese_text():
    assert repair_characters("TRIBUNNEWS.COM -聽Pemerintah pulang ke聽Jakarta") == (
        "TRIBUNNEWS.COM -\u00a0Pemerintah pulang ke\u00a0Jakarta"
    )
    # Between ideographs it is the word "listen", and a page's Chinese banner stays as it is.
    assert repair_characters("他聽說了 bet365足球") == "他聽說了 bet365足球"


def test_a_copy_signed_through_a_gbk_space_credits_the_outlet_that_signs_it(profiles):
    lede = "TRIBUNNEWS.COM -聽Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu."
    meta = _article(["Jembatan Baru Akan Dibangun Tahun Depan", lede, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("Tribunnews",)
    assert meta.dateline is None

"""Rules found missing on a third set of pages nobody had read (the r3- articles of the development
corpus), each shown on a short snippet written for the test."""

from datetime import date, datetime, timedelta, timezone

from ingest.pipeline import process_article

WIB = timezone(timedelta(hours=7))
REF = date(2025, 12, 31)
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu."


def _article(lines, profiles, url=None):
    return process_article("\n".join(lines), profiles=profiles, url=url, reference_date=REF)


# --- clutter ----------------------------------------------------------------------------------------


def test_an_archive_photo_caption_is_not_the_lead_and_gives_no_dateline(profiles):
    caption = "Arsip - Menteri Ani (kiri) berjabat tangan dengan Duta Besar Budi (kanan). (ANTARA/XYZ/ab/cd)"
    lede = (
        "Kabarkita.com - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
    )
    article = _article(["Jembatan Baru Akan Dibangun Tahun Depan", caption, lede, P2, P3], profiles)
    assert "Menteri Ani (kiri)" not in article.body
    assert article.metadata.dateline is None
    assert article.metadata.published_at == datetime(2024, 11, 12, tzinfo=WIB)


def test_markup_left_by_a_stored_copy_is_removed(profiles):
    lede = "Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
    article = _article(
        [lede, "![]() |", P2, "* * *", "![foto jembatan](https://example.org/a.jpg)", P3], profiles
    )
    assert "![" not in article.body and "* * *" not in article.body
    assert P2 in article.body and P3 in article.body


def test_a_social_handle_and_age_under_a_post_is_removed(profiles):
    lede = "Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
    long = P2 + " " + P3 + " Para pengusaha berharap aturan itu tidak berubah lagi setelah diterbitkan."
    article = _article([lede, long, "@KABARKITA1 tahun1Y"], profiles)
    assert "@KABARKITA" not in article.body
    assert long in article.body


# --- citations --------------------------------------------------------------------------------------


def test_a_wire_glued_to_the_next_word_is_credited(profiles):
    lede = "Jakarta - Pasukan itu kembali ke garis depan. Dilansir Afpkabar ini muncul setelah serangan baru."
    meta = _article([lede, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("AFP",)


def test_a_word_that_only_opens_like_a_wire_is_no_credit(profiles):
    # "Apakah" opens with AP (too short to be glued on), "Anthony" with Antara's sign-off code "ANT".
    for name in ("Apakah", "Anthony"):
        lede = f"Jakarta - Dilansir {name}, rencana itu belum matang untuk dijalankan tahun ini."
        meta = _article([lede, P2, P3], profiles).metadata
        assert not {"AP", "Antara"} & set(meta.cited_outlets), name


def test_a_wire_acronym_with_two_letters_swapped_is_that_wire(profiles):
    quote = '"Perjanjian itu berlaku mulai hari ini," demikian laporan KNCA, dikutip dari Antara.'
    meta = _article(
        ["Jakarta - Korea Utara meratifikasi perjanjian itu pada Senin.", quote, P2], profiles
    ).metadata
    assert set(meta.cited_outlets) == {"KCNA", "Antara"}


def test_a_capitalised_media_noun_before_the_agency_is_not_a_credit(profiles):
    lede = "Jakarta - Dilansir Kantor berita resmi Korut, KCNA, perjanjian itu telah diratifikasi pada Senin."
    meta = _article([lede, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("KCNA",)


def test_a_paper_named_in_the_closing_sign_off_is_credited(profiles):
    last = "Pejabat itu mengatakan pengiriman akan berlanjut hingga akhir tahun depan. (Moscow Times/B-3)"
    meta = _article(
        ["Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana itu.", P2, last], profiles
    ).metadata
    assert [name.removeprefix("The ") for name in meta.cited_outlets] == ["Moscow Times"]


def test_a_writers_name_in_the_closing_sign_off_is_not_credited(profiles):
    last = "Pejabat itu mengatakan pengiriman akan berlanjut hingga akhir tahun depan. (Ani Wijaya/abc)"
    meta = _article(
        ["Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana itu.", P2, last], profiles
    ).metadata
    assert meta.cited_outlets == ()


def test_a_broadcasters_indonesian_service_is_the_broadcaster(profiles):
    lede = "BBC Indonesia mengabarkan, kedua pemimpin akan membahas masalah nuklir di semenanjung Korea."
    meta = _article([lede, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("BBC",)

"""Round r6b: families of misses the r6b pages showed, each on snippets written for the test."""

from datetime import date

import pytest

from ingest.pipeline import process_article

REF = date(2024, 11, 20)
URL = "https://kabarcontoh.com/berita/contoh-artikel"
TITLE = "Pejabat Sebut Kerja Sama Kedua Negara Makin Erat"
FILLER = "Kedua negara juga membahas kerja sama di bidang perdagangan dan pendidikan tinggi."
FILLER2 = "Para pengusaha menyambut baik rencana itu karena membuka pasar yang lebih luas."


def _article(lines, profiles, url=URL):
    return process_article("\n".join(lines), profiles=profiles, url=url, reference_date=REF)


def _day(article):
    published = article.metadata.published_at
    return published.date() if published is not None else None


# Family 1: no stamp on the page; the body dates the news it reports later than the lede dates an event.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The lede dates the event the report is about; the report was seen later.
        (
            [
                TITLE,
                "Serpihan roket yang jatuh di kota pelabuhan itu pada 3 Maret lalu berasal dari gudang lama.",
                "Hal ini menurut laporan tim pemeriksa yang dilihat AFP, Kamis (18/4/2024).",
                FILLER,
                FILLER2,
            ],
            date(2024, 4, 18),
        ),
        # The lede dates a signing; the analyst the page quotes spoke two weeks later.
        (
            [
                TITLE,
                "Pemerintah kedua negara menandatangani nota kesepahaman pada Selasa (5/11/2024).",
                FILLER,
                FILLER2,
                "Pengamat Rudi Hartanto menilai langkah itu tepat untuk memperluas jangkauan diplomasi.",
                '"Ini peluang bagi kedua pihak," kata Rudi dalam wawancara radio, Jumat (15/11/2024).',
            ],
            date(2024, 11, 15),
        ),
        # The lede dates nothing; the third paragraph dates the visit the page reports.
        (
            [
                TITLE,
                "Sejak lama kedua negara berambisi memperluas kerja sama di bidang antariksa.",
                FILLER,
                "Menteri Luar Negeri menerima kunjungan delegasi itu, Rabu (13/11/2024), di ibu kota.",
                FILLER2,
            ],
            date(2024, 11, 13),
        ),
    ],
    ids=["report-seen-later", "quote-given-later", "lede-undated"],
)
def test_the_latest_day_the_body_dates_news_in_full_dates_an_unstamped_page(lines, expected, profiles):
    article = _article(lines, profiles)
    assert _day(article) == expected
    for line in lines[1:]:
        assert line in article.body


def test_a_body_day_is_a_guess_to_confirm_when_the_lede_dates_nothing(profiles):
    lines = [
        TITLE,
        "Sejak lama kedua negara berambisi memperluas kerja sama di bidang antariksa, terutama peluncuran"
        " satelit cuaca dan pelatihan bagi para insinyur muda yang selama ini belajar di luar negeri.",
        "Dua peluncuran sebelumnya gagal karena masalah teknis pada roket pendorong, sehingga pemerintah"
        " mencari mitra yang mau berbagi pengalaman dan peralatan uji di darat.",
        "Menteri Luar Negeri menerima kunjungan delegasi itu, Rabu (13/11/2024), di ibu kota.",
    ]
    article = _article(lines, profiles)
    assert _day(article) == date(2024, 11, 13)
    assert article.metadata.published_at_confidence < 0.5


@pytest.mark.parametrize(
    "later",
    [
        # What is still to come is not news yet.
        "Kedua menteri akan bertemu lagi di Jakarta pada Senin (18/11/2024).",
        "Pertemuan lanjutan dijadwalkan berlangsung Senin (18/11/2024) di Jakarta.",
        # A weekday that is not the day's own (18 November 2024 was a Monday) is a typo.
        "Delegasi itu kembali ke negaranya pada Rabu (18/11/2024).",
        # A day after the import cannot be news the page reported.
        "Delegasi itu kembali ke negaranya pada Kamis (28/11/2024).",
    ],
    ids=["akan", "dijadwalkan", "wrong-weekday", "after-import"],
)
def test_a_later_day_that_is_no_news_leaves_the_ledes_day(later, profiles):
    lines = [
        TITLE,
        "Pemerintah kedua negara menandatangani nota kesepahaman pada Selasa (5/11/2024).",
        FILLER,
        later,
        FILLER2,
    ]
    article = _article(lines, profiles)
    assert _day(article) == date(2024, 11, 5)


def test_a_printed_stamp_still_beats_a_later_body_day(profiles):
    lines = [
        TITLE,
        "Selasa, 12 November 2024 | 10:15 WIB",
        "Pemerintah kedua negara menandatangani nota kesepahaman pada Selasa (5/11/2024).",
        FILLER,
        '"Ini peluang bagi kedua pihak," kata Rudi dalam wawancara radio, Jumat (15/11/2024).',
    ]
    article = _article(lines, profiles)
    assert _day(article) == date(2024, 11, 12)


# Family 2: the dateline alone on its line as "Outlet, Place" (or "Place, Outlet"), with no dash.
LEAD = (
    "Pemimpin kedua negara akan menghadiri parade militer besar-besaran di ibu kota pekan depan untuk"
    " memperingati akhir perang."
)
LEAD2 = "Parade tersebut merupakan kunjungan pertama pemimpin itu ke luar negeri dalam enam tahun terakhir."


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("Kabarsatu, Jakarta", "Jakarta", "Kabarsatu"),
        ("Jakarta, Kabarcontoh.com", "Jakarta", "kabarcontoh.com"),
        ("SURABAYA, Harian Contoh", "Surabaya", "Harian Contoh"),
        ("KabarNusaTV, Medan", "Medan", "KabarNusaTV"),
    ],
)
def test_an_outlet_and_a_place_alone_on_a_line_above_the_lead_are_its_dateline(line, place, outlet, profiles):
    lines = ["Foto: Istimewa", "Penulis: Ani Wijaya", line, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)
    assert article.metadata.dateline == place
    # A page without its headline: the dateline line is not taken for one.
    assert article.metadata.title != line
    # Pasted without its address, the page is proposed under the name its dateline gives.
    assert article.metadata.new_outlet is not None
    assert outlet.casefold() in (
        article.metadata.new_outlet.name.casefold(),
        article.metadata.new_outlet.domain,
    )
    assert LEAD in article.body


@pytest.mark.parametrize(
    "line", ["Putin, Kim", "Berita, Jakarta", "Moskow, Rusia", "Ani Wijaya, Budi Santoso"]
)
def test_two_names_with_a_comma_that_are_not_an_outlet_and_a_place_are_no_dateline(line, profiles):
    lines = ["Pemimpin Dua Negara Dijadwalkan Hadiri Parade di Ibu Kota", line, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)
    assert article.metadata.dateline is None


# Family 3: a day whose year only its weekday gives keeps the latest such year (the rule), and is
# a guess when the page's address is filed under another month.
YEARLESS = "Jakarta - Pemerintah kedua negara menandatangani nota kesepahaman pada Jumat (13/9) di ibu kota."


@pytest.mark.parametrize(
    ("lines", "url", "confirmed"),
    [
        ([TITLE, YEARLESS, FILLER, FILLER2], None, True),
        (
            [TITLE, YEARLESS, FILLER, FILLER2],
            "https://kabarcontoh.com/2023/01/berita/nota-kesepahaman",
            False,
        ),
        ([TITLE, YEARLESS, FILLER, FILLER2], "https://kabarcontoh.com/2024/09/berita/nota-kesepahaman", True),
        (
            [
                TITLE,
                YEARLESS,
                "Nota itu menindaklanjuti pertemuan kedua menteri pada Maret 2024 di Jakarta.",
                FILLER2,
            ],
            None,
            True,
        ),
    ],
    ids=["nothing-agrees", "address-disagrees", "address-agrees", "year-written"],
)
def test_a_year_from_the_weekday_alone_is_a_guess_only_when_the_address_disagrees(
    lines, url, confirmed, profiles
):
    article = process_article("\n".join(lines), profiles=profiles, url=url, reference_date=REF)
    assert article.metadata.published_at is not None
    if url is None or "2024/09" in url:
        assert _day(article) == date(2024, 9, 13)
    assert (article.metadata.published_at_confidence >= 0.5) is confirmed


# Family 4: a site's tagline under its name, on a page pasted without its address, is no headline.
HEADLINE = "Kerja Sama Antariksa Disepakati"


@pytest.mark.parametrize(
    "tagline",
    [
        "Berita Indonesia Terbaru Hari Ini | Today's Latest Indonesia News",
        "Portal Berita Terkini dan Terpercaya",
        "Kabar Terbaru, Tajam dan Akurat",
        "Situs Berita Online Terupdate Hari Ini",
    ],
)
def test_a_sites_tagline_above_the_headline_is_not_taken_for_it(tagline, profiles):
    lines = ["Kabar Contoh", tagline, HEADLINE, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)
    assert article.metadata.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["Berita Terbaru Soal Rudal Korea Utara di Ukraina", "Update Terbaru Perang Ukraina Hari Ini"],
)
def test_a_headline_about_news_with_a_tagline_word_is_still_a_headline(headline, profiles):
    lines = [headline, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)
    assert article.metadata.title == headline


# Family 5: a lede's day that the text contradicts, reporting as past what came months after it.
@pytest.mark.parametrize(
    ("lede", "later", "contradicted"),
    [
        (
            "Jakarta - Anggota parlemen mengatakan pada Rabu (11/1/2023) bahwa uji coba itu gagal lagi.",
            "Setelah upaya kedua yang gagal pada Agustus 2023, pemerintah menunda peluncuran berikutnya.",
            True,
        ),
        (
            "Jakarta - Menteri pada Kamis (2/2/2023) menyebut perjanjian itu sudah berlaku.",
            "Perjanjian itu ditandatangani kedua negara pada 15 Juni 2023 di ibu kota.",
            True,
        ),
        (
            "Jakarta - Pemerintah pada Senin (6/3/2023) mengumumkan hasil penyelidikan awal.",
            "Laporan lengkapnya diserahkan kepada parlemen pada Juni 2023.",
            True,
        ),
        # Still to come: no contradiction.
        (
            "Jakarta - Anggota parlemen mengatakan pada Rabu (11/1/2023) bahwa uji coba itu gagal lagi.",
            "Pemerintah akan mencoba peluncuran berikutnya pada Agustus 2023.",
            False,
        ),
        # A few weeks later is the same story's news, not a contradiction.
        (
            "Jakarta - Anggota parlemen mengatakan pada Rabu (11/1/2023) bahwa uji coba itu gagal lagi.",
            "Hasil penyelidikan diserahkan kepada parlemen pada Februari 2023.",
            False,
        ),
    ],
    ids=["months-later-failure", "signed-later", "report-later", "future", "weeks-later"],
)
def test_a_ledes_day_the_text_contradicts_is_a_guess(lede, later, contradicted, profiles):
    lines = [TITLE, lede, FILLER, later, FILLER2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)
    assert article.metadata.published_at is not None
    assert (article.metadata.published_at_confidence < 0.5) is contradicted

"""Headlines: the families of layouts a page's title comes in, each on snippets written for the test."""

from datetime import date

import pytest

from ingest.pipeline import process_article
from tests.ingest.pipeline.helpers import reader

REF = date(2025, 12, 31)
LEDE = (
    "Sekretaris jenderal itu berada di Seoul untuk meminta dukungan militer yang lebih besar bagi sekutunya."
)
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
URL = "https://kabarcontoh.com/id/p=12345"

_article = reader(reference_date=REF, url=URL)


@pytest.mark.parametrize(
    "headline",
    [
        'Stoltenberg minta bantuan Seoul: "Amunisi sangat dibutuhkan"',
        'Putin: "Kami tidak akan mundur dari wilayah itu"',
        'Kim Yo Jong sebut tuduhan Washington "tidak masuk akal"',
        "Menlu Korsel soal kapal kargo: “Kami memantau dengan ketat”",
    ],
)
def test_a_sentence_case_headline_that_ends_on_the_words_it_quotes_is_the_headline(headline, profiles):
    article = _article([headline, "", LEDE, "", P2, "", P3], profiles)
    assert article.metadata.title == headline
    assert headline not in article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        'Menurut dia, keputusan itu diambil setelah rapat panjang dan menurutnya "sangat berbahaya bagi kawasan"',
        '"Kami tidak akan mundur," kata Putin kepada wartawan di Moskow pada Selasa.',
        'Ia menyebut langkah itu sebagai "provokasi yang disengaja."',
    ],
)
def test_a_paragraph_that_closes_a_quotation_stays_in_the_body(paragraph, profiles):
    article = _article(
        ["Judul Berita Tentang Jembatan Baru di Kota", "", LEDE, "", paragraph, "", P2, "", P3], profiles
    )
    assert paragraph in article.body


HEADLINE = "Jalur Kereta Api Dua Negara Mulai Hidup Lagi"


@pytest.mark.parametrize(
    "trail",
    [
        f"HomeAnalisa Angkutan{HEADLINE}",
        f"BerandaDuniaAsia{HEADLINE}",
        f"HOMEInternasional{HEADLINE}",
        f"IndeksBerita Terkini{HEADLINE}",
    ],
)
def test_a_breadcrumb_copied_without_its_separators_is_no_headline(trail, profiles):
    article = _article([trail, "", HEADLINE, "", LEDE, "", P2, "", P3], profiles)
    assert article.metadata.title == HEADLINE
    assert trail not in article.body


@pytest.mark.parametrize(
    "line", ["Homeland Security menyatakan kesiapan penuh.", "Indeks Harga Konsumen Naik Lagi"]
)
def test_a_line_that_only_opens_with_home_or_indeks_is_no_breadcrumb(line, profiles):
    from ingest.pipeline.classify import _GLUED_BREADCRUMB

    assert _GLUED_BREADCRUMB.match(line) is None


# --- a site's tagline under its name, on a page pasted without its address, is no headline ------------------


TAGLINE_REF = date(2024, 11, 20)
SITE_HEADLINE = "Kerja Sama Antariksa Disepakati"
LEAD = (
    "Pemimpin kedua negara akan menghadiri parade militer besar-besaran di ibu kota pekan depan untuk"
    " memperingati akhir perang."
)
LEAD2 = "Parade tersebut merupakan kunjungan pertama pemimpin itu ke luar negeri dalam enam tahun terakhir."


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
    lines = ["Kabar Contoh", tagline, SITE_HEADLINE, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=TAGLINE_REF)
    assert article.metadata.title == SITE_HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["Berita Terbaru Soal Rudal Korea Utara di Ukraina", "Update Terbaru Perang Ukraina Hari Ini"],
)
def test_a_headline_about_news_with_a_tagline_word_is_still_a_headline(headline, profiles):
    lines = [headline, LEAD, LEAD2]
    article = process_article("\n".join(lines), profiles=profiles, reference_date=TAGLINE_REF)
    assert article.metadata.title == headline

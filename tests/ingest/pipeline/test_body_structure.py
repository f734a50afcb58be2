"""Furniture no rule names, told from the article by its shape among the article's lines."""

from __future__ import annotations

from ingest.pipeline.classify import classify_lines

LEAD = (
    "SEOUL - Kementerian Unifikasi Korea Selatan pada Senin mengatakan kereta barang melintas lebih sering."
)
P1 = "Citra satelit menunjukkan gerbong tertutup menumpuk di stasiun perbatasan sejak awal bulan lalu."
P2 = "Para analis menilai lonjakan itu berkaitan dengan pesanan amunisi yang belum pernah diumumkan."
P3 = "Pejabat kementerian menolak merinci isi gerbong, namun berjanji memantau jalur itu setiap hari."


def _reasons(lines, profiles):
    return {
        label.text: (label.kind, label.reason)
        for label in classify_lines(lines, profiles=profiles)
        if label.text
    }


def test_headlines_in_a_row_between_paragraphs_are_a_list_of_links(profiles):
    got = _reasons(
        [
            LEAD,
            "",
            P1,
            "",
            "Harga Cabai Turun Menjelang Akhir Pekan",
            "Banjir Rendam Ratusan Rumah di Pesisir",
            "",
            P2,
        ],
        profiles,
    )

    assert got["Harga Cabai Turun Menjelang Akhir Pekan"][0] == "clutter"
    assert got["Banjir Rendam Ratusan Rumah di Pesisir"][0] == "clutter"
    assert got[P2] == ("content", "paragraph")


def test_a_single_heading_over_a_paragraph_stays_in_the_article(profiles):
    got = _reasons([LEAD, "", P1, "", "Jalur Kereta Makin Sibuk", "", P2, "", P3], profiles)

    assert got["Jalur Kereta Makin Sibuk"] == ("content", "subheading")


def test_a_heading_with_no_paragraph_after_it_heads_nothing(profiles):
    got = _reasons([LEAD, "", P1, "", P2, "", "Pasar Saham Asia Dibuka Menguat Pagi Ini"], profiles)

    assert got["Pasar Saham Asia Dibuka Menguat Pagi Ini"][0] == "clutter"
    assert got[P2][0] == "content"


def test_a_few_words_that_are_neither_sentence_nor_heading_are_a_widget_label(profiles):
    got = _reasons(
        [LEAD, "", "toggle_menu night_mode", "", P1, "", "dengarkan versi suara", "", P2], profiles
    )

    assert got["toggle_menu night_mode"][0] == "clutter"
    assert got["dengarkan versi suara"][0] == "clutter"


def test_short_lines_of_the_article_itself_stay(profiles):
    # A short sentence, a short heading and a line that ends a quote are the article's.
    lines = [LEAD, "", "Ia membantah.", "", "Latar Belakang", "", P1, "", "tegasnya.", "", P2]
    got = _reasons(lines, profiles)

    for line in ("Ia membantah.", "Latar Belakang", "tegasnya."):
        assert got[line][0] == "content", line


def test_a_headline_between_paragraphs_that_names_nothing_under_it_links_elsewhere(profiles):
    teaser = "Harga Emas Dunia Melonjak Usai Pengumuman Suku Bunga"
    heading = "Gerbong Tertutup di Stasiun Perbatasan Menumpuk"
    lines = [LEAD, "", P2, "", teaser, "", P3, "", heading, "", P1]
    got = _reasons(lines, profiles)

    assert got[teaser][0] == "clutter"
    # A heading that names what the paragraph under it is about heads it.
    assert got[heading] == ("content", "subheading")


def test_a_short_heading_stays_even_when_the_paragraph_words_it_differently(profiles):
    got = _reasons([LEAD, "", P1, "", "Tuduhan Washington", "", P2, "", P3], profiles)

    assert got["Tuduhan Washington"] == ("content", "subheading")


def test_words_that_are_no_sentence_above_a_photo_credit_are_its_caption(profiles):
    caption = "Gerbong barang di stasiun Tumangang, Sabtu, 4 Mei 2024"
    got = _reasons([LEAD, "", P1, "", caption, "", "Foto: Kantor Berita Contoh", P2, "", P3], profiles)

    assert got[caption] == ("clutter", "photo_caption")
    assert got[P2][0] == "content"


def test_a_copy_cut_off_mid_sentence_keeps_its_last_words(profiles):
    got = _reasons([LEAD, "", P1, "", P2, "", "Kendati demikian, pa"], profiles)

    assert got["Kendati demikian, pa"][0] == "content"


def test_below_the_last_sentence_lines_that_are_no_sentence_are_the_footer(profiles):
    tagline = "portal kabar harian seputar kota dan desa"
    got = _reasons(
        [LEAD, "", P1, "", P2, "", "Kabar Pilihan", tagline, "Kamis, 2 Oktober 2025", "Berita Lain"], profiles
    )

    assert got[tagline][0] == "clutter"
    assert got["Kabar Pilihan"][0] == "clutter"
    assert got[P2][0] == "content"


def test_a_short_closing_sentence_of_the_article_is_no_footer(profiles):
    got = _reasons([LEAD, "", P1, "", P2, "", "Semoga bermanfaat."], profiles)

    assert got["Semoga bermanfaat."][0] == "content"


def test_a_copy_cut_off_below_a_teaser_keeps_the_opening_of_its_last_sentence(profiles):
    cut = "Kementerian juga menyebut bahwa pemantauan jalur kereta akan diperluas ke wila"
    got = _reasons([LEAD, "", P1, "", P2, "", "Baca juga: Harga Cabai Naik Menjelang Lebaran", cut], profiles)

    assert got[cut][0] == "content"


def test_a_box_of_questions_is_told_with_a_blank_line_after_every_line(profiles):
    item = "Kapan kereta barang mulai melintas? Sebagai informasi, jalur itu dibuka kembali pada 2019."
    got = _reasons([LEAD, "", P1, "", "-", "", item, "", P2], profiles)

    assert got[item][0] == "clutter"
    assert got[P2][0] == "content"


def test_a_line_that_is_no_sentence_and_printed_twice_is_the_pages(profiles):
    title = "Kereta Barang Korea Utara Makin Sering Melintas"
    lines = [title, "Senin, 4 Maret 2024 10:00 WIB", "", LEAD, "", P1, "", title, "", P2, "", P3]
    got = {label.index: label.kind for label in classify_lines(lines, profiles=profiles)}

    assert got[7] == "clutter"  # the headline again, in the body
    assert got[0] == "header" and got[9] == "content"


def test_the_short_lines_of_a_list_the_article_introduces_are_the_articles(profiles):
    items = ["Rusia", "Korea Utara", "Belarus", "Suriah"]
    lines = [LEAD, "", P1, "", "Negara yang menolak resolusi itu:", *items, "", P2, "", P3]
    got = _reasons(lines, profiles)

    for item in items:
        assert got[item][0] == "content", item


def test_headlines_under_a_box_label_with_a_colon_are_still_a_list_of_links(profiles):
    teasers = ["Harga Cabai Turun Menjelang Akhir Pekan Ini", "Banjir Rendam Ratusan Rumah di Pesisir Utara"]
    got = _reasons([LEAD, "", P1, "", "Artikel Pilihan:", *teasers, "", P2, "", P3], profiles)

    for teaser in teasers:
        assert got[teaser][0] == "clutter", teaser


def test_headings_and_items_an_article_writes_stay(profiles):
    lines = [LEAD, "", P1, "", "1. Kereta barang", "2. Truk militer", "", P2, "", "Kronologi", "", P3]
    lines += ["", "Apa Artinya Bagi Semenanjung Itu", "", P1.replace("Citra", "Foto")]
    got = _reasons(lines, profiles)

    for line in ("1. Kereta barang", "2. Truk militer", "Kronologi", "Apa Artinya Bagi Semenanjung Itu"):
        assert got[line][0] == "content", line


def test_the_articles_last_sentence_without_its_full_stop_is_no_footer(profiles):
    unfinished = "Hal itu disampaikan juru bicara kementerian kepada wartawan di Seoul"
    got = _reasons([LEAD, "", P1, "", P2, "", unfinished, "", "Tags: Korea Utara, Rusia"], profiles)

    assert got[unfinished][0] == "content"

import pytest

from ingest.pipeline.bylines import parse_byline, parse_credits
from ingest.pipeline.classify import classify_lines, slug_words

P1 = "Pemerintah mengumumkan kebijakan baru yang akan berlaku mulai bulan depan bagi semua warga."
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu."


def _labels(text, profiles):
    return classify_lines(text.split("\n"), profiles=profiles)


def _by_text(text, profiles):
    return {label.text: (label.kind, label.reason) for label in _labels(text, profiles) if label.text}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Iklan", "advertisement"),
        ("Hide Ads", "advertisement"),
        ("Scroll to Top", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "scroll_prompt"),
        ("Baca juga: Harga Beras Naik Lagi di Pasar Induk", "read_also"),
        ("Baca Juga : Banjir Rendam Ratusan Rumah Warga", "read_also"),
        ("Baca Juga", "read_also"),
        ("- Baca Juga: Harga Cabai Turun Menjelang Lebaran", "read_also"),
        ("• Baca juga: Jalan Tol Baru Dibuka Pekan Depan", "read_also"),
        ("[Gambas:Video 20detik]", "video_embed"),
        ("Saksikan juga 'Menteri Resmikan Jembatan Baru':", "video_embed"),
        ("Simak video 'Banjir di Kota':", "video_embed"),
        ("Bagikan :", "share_widget"),
        ("+ There are no comments", "comment_widget"),
        ("Add yours", "comment_widget"),
        ("Share", "share_widget"),
        ("Follow WhatsApp Channel Contoh untuk update berita terbaru setiap hari", "share_widget"),
        ("Cek berita lain di Google News dan ikuti WhatsApp channel contoh.com", "share_widget"),
        ("A", "font_size_widget"),
        ("AA", "font_size_widget"),
        ("Berita Terkait", "related_list"),
        ("Berita Terkini", "related_list"),
        ("Rekomendasi untuk Anda", "related_list"),
        ("Telusuri berita news lainnya", "related_list"),
        ("© 2025 Contoh.com. All Rights Reserved", "copyright"),
        ("Copyright 2024 Media Contoh", "copyright"),
        ("Halaman 2 dari 2", "pagination"),
        ("Halaman: 1 2 3", "pagination"),
        (
            "Dilarang mengambil dan/atau menayangkan ulang isi artikel ini untuk akun komersial tanpa seizin redaksi.",
            "copyright",
        ),
        (
            "Warga menonton pawai budaya di alun-alun, Sabtu (4/5/2024). ANTARA FOTO/Ani Wijaya/abc.",
            "photo_caption",
        ),
        ("Simak berita selengkapnya di halaman selanjutnya.", "pagination"),
        ("Sumber: Contoh.com", "source_credit"),
        ("Sumber : ABC/XY", "source_credit"),
        ("(abc/xyz)", "signoff"),
        ("(Budi Santoso)", "signoff"),
        ("(Contoh.com/Ani)", "signoff"),
        ("Foto: Dok. Kementerian", "photo_credit"),
        ("Tangkap layar siaran Kementerian Pertahanan", "photo_credit"),
        (
            "WARGA PADATI ALUN ALUN - Ribuan warga berkumpul menyaksikan pawai budaya di pusat kota",
            "photo_caption",
        ),
        ("AFP", "photo_credit"),
        ("REUTERS/Kim Hong-Ji", "photo_credit"),
        ("AFP PHOTO/KEMENTERIAN LUAR NEGERI |", "photo_credit"),
    ],
)
def test_clutter_lines_inside_the_article_are_recognised(line, reason, profiles):
    later = [P3, P1.replace("Pemerintah", "Gubernur"), P2.replace("usaha", "pasar")]
    text = "\n".join([f"JAKARTA - {P1}", P2, line, *later])
    labels = _by_text(text, profiles)
    assert labels[line] == ("clutter", reason)
    # The article goes on after the clutter line: nothing of it is lost.
    assert all(labels[paragraph][0] == "content" for paragraph in later)


def test_baca_juga_teaser_is_clutter(profiles):
    text = "\n".join([f"JAKARTA - {P1}", "Baca juga:", "Harga Cabai Rawit Melonjak Jelang Hari Raya", P2])
    labels = _by_text(text, profiles)
    assert labels["Harga Cabai Rawit Melonjak Jelang Hari Raya"] == ("clutter", "read_also")
    assert labels[P2] == ("content", "paragraph")


def test_paragraph_after_a_lone_baca_juga_is_kept(profiles):
    text = "\n".join([f"JAKARTA - {P1}", "Baca Juga", P2])
    assert _by_text(text, profiles)[P2][0] == "content"


def test_in_article_subheading_is_content(profiles):
    text = "\n".join([f"JAKARTA - {P1}", P2, "Reaksi Pengusaha", P3])
    assert _by_text(text, profiles)["Reaksi Pengusaha"] == ("content", "subheading")


def test_repeated_caption_is_clutter_in_both_copies(profiles):
    caption = "Warga mengantre bantuan beras di kantor kelurahan, Senin (3/4/2023) pagi."
    text = "\n".join([f"JAKARTA - {P1}", P2, caption, f"{caption} (Foto: Dok. Contoh)", P3])
    labels = _by_text(text, profiles)
    assert labels[caption] == ("clutter", "photo_caption")
    assert labels[f"{caption} (Foto: Dok. Contoh)"] == ("clutter", "photo_caption")
    assert labels[P3][0] == "content"


def test_caption_with_credit_is_clutter(profiles):
    caption = "Presiden meninjau lokasi banjir di Bekasi (dok. Reuters)"
    text = "\n".join([f"JAKARTA - {P1}", caption, P2])
    assert _by_text(text, profiles)[caption] == ("clutter", "photo_caption")


def test_header_block_before_the_dateline_lead(profiles):
    text = "\n".join(
        [
            "Senin, 3 April 2023",
            "",
            "Ekonomi Bisnis",
            "",
            "Pemerintah Umumkan Kebijakan Baru Untuk Pelaku Usaha Kecil",
            "",
            "Pemerintah mengumumkan kebijakan baru. Kebijakan itu berlaku bulan depan.",
            "Penulis: Ani Wijaya",
            "Editor: Budi",
            "AFP",
            "Suasana rapat kabinet di Istana Negara, Jakarta, pada Senin pagi.",
            "",
            f"JAKARTA - {P1}",
            P2,
        ]
    )
    labels = _by_text(text, profiles)
    assert labels["Senin, 3 April 2023"] == ("header", "page_date")
    assert labels["Ekonomi Bisnis"] == ("clutter", "section_label")
    assert labels["Pemerintah Umumkan Kebijakan Baru Untuk Pelaku Usaha Kecil"] == ("header", "title")
    assert labels["Pemerintah mengumumkan kebijakan baru. Kebijakan itu berlaku bulan depan."] == (
        "header",
        "standfirst",
    )
    assert labels["Penulis: Ani Wijaya"] == ("header", "byline")
    assert labels["Editor: Budi"] == ("header", "byline")
    assert labels["AFP"] == ("clutter", "photo_credit")
    assert labels["Suasana rapat kabinet di Istana Negara, Jakarta, pada Senin pagi."] == (
        "header",
        "photo_caption",
    )
    assert labels[f"JAKARTA - {P1}"] == ("content", "lead")


def test_duplicate_title_with_inline_tags(profiles):
    text = "\n".join(
        [
            "Update Banjir Jakarta Hari Ini Rendam Ratusan Rumah",
            "<i>Update</i> Banjir Jakarta Hari Ini Rendam Ratusan Rumah",
            f"JAKARTA - {P1}",
        ]
    )
    labels = _by_text(text, profiles)
    assert labels["Update Banjir Jakarta Hari Ini Rendam Ratusan Rumah"] == ("header", "title")
    assert labels["<i>Update</i> Banjir Jakarta Hari Ini Rendam Ratusan Rumah"] == (
        "header",
        "duplicate_title",
    )


def test_lone_dateline_line_is_content(profiles):
    text = "\n".join(["Judul Berita Yang Cukup Panjang", "Washington DC -", "", P1, P2])
    labels = _by_text(text, profiles)
    assert labels["Washington DC -"] == ("content", "dateline")
    assert labels["Judul Berita Yang Cukup Panjang"] == ("header", "title")


def test_without_dateline_the_lead_is_the_first_paragraph_after_the_header(profiles):
    text = "\n".join(["Judul Berita Yang Cukup Panjang", "Oleh Ani Wijaya", P1, P2, P3])
    labels = _by_text(text, profiles)
    assert labels["Judul Berita Yang Cukup Panjang"] == ("header", "title")
    assert labels["Oleh Ani Wijaya"] == ("header", "byline")
    assert labels[P1] == ("content", "lead")


def test_text_without_header_is_all_content(profiles):
    labels = _labels("\n".join([P1, P2, P3]), profiles)
    assert [label.kind for label in labels] == ["content"] * 3


def test_footer_after_signoff_is_clutter(profiles):
    promo = "Ajang penghargaan persembahan kami untuk tokoh inspiratif di seluruh negeri."
    article = [f"JAKARTA - {P1}", P2, P1.replace("Pemerintah", "Gubernur"), P2.replace("usaha", "pasar"), P3]
    text = "\n".join([*article, "(abc/xyz)", "Penghargaan Tokoh 2025", promo, "Selengkapnya"])
    labels = _by_text(text, profiles)
    assert labels["Penghargaan Tokoh 2025"] == ("clutter", "promo")
    assert labels[promo] == ("clutter", "promo")
    assert labels[P3][0] == "content"


def test_signoff_like_line_early_in_the_article_does_not_end_it(profiles):
    text = "\n".join([f"JAKARTA - {P1}", "(bersambung)", P2, P3, P1.replace("Pemerintah", "Gubernur")])
    labels = _by_text(text, profiles)
    assert labels[P3][0] == "content"


def test_every_line_gets_exactly_one_label(profiles):
    lines = ["", "Advertisement", f"JAKARTA - {P1}", "", P2]
    labels = classify_lines(lines, profiles=profiles)
    assert [label.index for label in labels] == list(range(len(lines)))
    assert [label.text for label in labels] == lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Penulis: Ani Wijaya", ("author", ("Ani Wijaya",))),
        ("Reporter: Ani Wijaya dan Budi Santoso", ("author", ("Ani Wijaya", "Budi Santoso"))),
        ("Editor: Budi", ("editor", ("Budi",))),
        ("Pewarta: Ani Wijaya", ("author", ("Ani Wijaya",))),
        ("Pewarta mencatat kenaikan harga", None),
        ("Oleh Ani Wijaya, Budi Santoso", ("author", ("Ani Wijaya", "Budi Santoso"))),
        ("Ani Wijaya - detikNews", ("author", ("Ani Wijaya",))),
        ("Ani Wijaya , Jurnalis-Senin, 3 April 2023 |10:00 WIB", ("author", ("Ani Wijaya",))),
        ("Oleh karena itu, pemerintah bertindak", None),
        ("Editor menilai kebijakan itu tepat", None),
    ],
)
def test_byline_forms(line, expected):
    assert parse_byline(line) == expected


# --- page layouts met on outlets nobody tuned the rules to --------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Kabar.com - 03/02/2021, 08:40 WIB",
        "Rabu, 3 Februari 2021, 08:40 WITA Follow",
        "Rabu, 03 Februari 2021 / 08:40 WIB",
        "03 February 2021 08:40",
    ],
)
def test_header_stamps_with_an_outlet_a_widget_or_a_slash_are_page_dates(stamp, profiles):
    text = "\n".join(["Jembatan Baru Dibuka untuk Warga Kota", stamp, "SURABAYA - " + P1, P2])
    assert _by_text(text, profiles)[stamp] == ("header", "page_date")


def test_a_stamp_with_a_reporter_is_a_byline_with_the_name_in_name_case(profiles):
    stamp = "RABU, 03 FEBRUARI 2021 | 08:40 WIB | LAPORAN: SITI AMINAH PUTRI"
    assert parse_byline(stamp) == ("author", ("Siti Aminah Putri",))
    text = "\n".join(["Jembatan Baru Dibuka untuk Warga Kota", stamp, P1, P2])
    assert _by_text(text, profiles)[stamp] == ("header", "byline")


def test_one_credit_line_with_a_writer_and_an_editor():
    assert parse_credits("Penulis : Siti Aminah Editor : Budi Santoso") == [
        ("author", ("Siti Aminah",)),
        ("editor", ("Budi Santoso",)),
    ]


def test_a_labelled_caption_is_never_the_headline_however_it_ends(profiles):
    caption = (
        "Foto: Wali Kota Surabaya meninjau jembatan lama yang rusak akibat banjir pada musim hujan tahun lalu "
        "bersama para pejabat dinas pekerjaan umum."
    )
    text = "\n".join([caption, "Jembatan Baru Dibuka untuk Warga Kota", "SURABAYA - " + P1, P2])
    labels = _by_text(text, profiles)
    assert labels[caption][1] == "photo_caption"
    assert labels["Jembatan Baru Dibuka untuk Warga Kota"] == ("header", "title")


def test_the_headline_above_the_stamp_beats_a_long_caption_with_a_slash_credit(profiles):
    caption = (
        "Wali Kota Surabaya meninjau jembatan lama yang rusak bersama para pejabat pada 3 Februari 2021/Kabar"
    )
    headline = "Wali Kota: Jembatan Baru Akan Dibuka untuk Semua Warga Kota Bulan Depan"
    text = "\n".join(["Berita", caption, "Daerah", headline, "RABU, 03 FEBRUARI 2021 | 08:40 WIB", P1, P2])
    labels = _by_text(text, profiles)
    assert labels[headline] == ("header", "title")
    assert labels[caption][1] == "photo_caption"


@pytest.mark.parametrize(
    "note",
    [
        "Catatan redaksi: artikel ini diperbarui dengan tanggapan dinas pekerjaan umum.",
        "Ralat: sebelumnya tertulis jembatan dibuka bulan ini, yang benar bulan depan.",
        "Update 14.30 WIB: dinas pekerjaan umum membenarkan anggaran sudah cair.",
        "Artikel ini telah mengalami perubahan judul pada Kamis pagi.",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_editorial_notes_and_corrections_are_article_content_wherever_they_sit(note, where, profiles):
    lines = ["Jembatan Baru Dibuka untuk Warga Kota", "SURABAYA - " + P1, P2, P3, "(abc/def)"]
    position = {"top": 1, "middle": 3, "end": len(lines)}[where]
    lines.insert(position, note)
    assert _by_text("\n".join(lines), profiles)[note] == ("content", "correction")


def test_a_headline_that_opens_with_update_is_no_correction(profiles):
    headline = "Update Banjir Surabaya: Jembatan Lama Ditutup Sementara"
    text = "\n".join([headline, "SURABAYA - " + P1, P2])
    assert _by_text(text, profiles)[headline] == ("header", "title")


def test_a_related_list_with_section_names_and_ages_is_clutter(profiles):
    items = [
        "Berita Terkait",
        "Daerah",
        "2 hari lalu",
        "Harga Cabai Naik Lagi di Pasar Induk Kota",
        "Daerah",
        "3 hari lalu",
        "Banjir Rendam Ratusan Rumah di Pinggir Sungai",
    ]
    text = "\n".join(["SURABAYA - " + P1, P2, P3, *items])
    labels = _by_text(text, profiles)
    assert all(labels[item][0] == "clutter" for item in items)
    assert labels[P3] == ("content", "paragraph")


def test_a_page_two_excerpt_keeps_its_paragraphs_when_an_editor_line_ends_it(profiles):
    body = [
        "Warga menyambut baik rencana itu karena jembatan lama sudah rusak sejak musim hujan tahun lalu.",
        "Wali kota menegaskan bahwa anggaran untuk proyek tersebut sudah disetujui oleh dewan kota.",
        "Pekerjaan fisik dijadwalkan dimulai pada awal bulan depan dan selesai sebelum akhir tahun.",
    ]
    lines = [
        "Jembatan Baru Dibuka untuk Warga Kota",
        "Siti Aminah",
        "Wali kota meninjau jembatan lama (Foto: Kabar)",
        *body,
        "Editor : Budi Santoso",
        "Artikel Terkait",
        "Daerah",
        "Harga Cabai Naik Lagi di Pasar Induk Kota",
        "Login to enjoy more features and let the fun begin.",
    ]
    labels = _by_text("\n".join(lines), profiles)
    assert [labels[line][0] for line in body] == ["content"] * 3
    assert labels["Login to enjoy more features and let the fun begin."][0] == "clutter"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Komentar (0)", "comment_widget"),
        ("0 Komentar", "comment_widget"),
        ("Tautan sumber", "comment_widget"),
        ("Bagaimana tanggapan anda mengenai artikel ini? Senang", "comment_widget"),
        ("Copyrights(C) Kabar Media 2024", "copyright"),
        ("Sumber AFP", "source_credit"),
        (
            "Simak berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu untuk akses berita Kabar.",
            "share_widget",
        ),
    ],
)
def test_more_clutter_lines(line, reason, profiles):
    labels = _labels("\n".join(["SURABAYA - " + P1, P2, P3, line]), profiles)
    assert labels[-1].reason == reason


def test_a_time_stamp_below_the_article_is_a_page_date_not_content(profiles):
    text = "\n".join(["SURABAYA - " + P1, P2, P3, "2021/02/03 08:40 KST", "Copyrights(C) Kabar Media"])
    assert _by_text(text, profiles)["2021/02/03 08:40 KST"] == ("header", "page_date")


def test_the_headline_the_address_spells_out_beats_another_articles_headline(profiles):
    other = "Harga Cabai Naik Dua Kali Lipat di Pasar Induk Kota Menjelang Akhir Pekan Panjang"
    headline = "Jembatan Baru Dibuka untuk Warga"
    text = "\n".join([other, headline, "SURABAYA - " + P1, P2])
    without = classify_lines(text.split("\n"), profiles=profiles)
    with_url = classify_lines(
        text.split("\n"),
        profiles=profiles,
        url="https://kabar.id/daerah/123/jembatan-baru-dibuka-untuk-warga",
    )

    assert [label.text for label in without if label.reason == "title"] == [other]
    assert [label.text for label in with_url if label.reason == "title"] == [headline]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "https://kabar.id/read/2021/1/2/123/jembatan-baru-dibuka-untuk-warga",
            {"jembatan", "baru", "dibuka", "untuk", "warga"},
        ),
        ("https://kabar.id/news/read/419639.html", set()),
        ("https://kabar.id/berita/s1j5im335/harga-cabai-naik-lagi", {"harga", "cabai", "naik", "lagi"}),
        (None, set()),
    ],
)
def test_slug_words(url, words):
    assert slug_words(url) == words


@pytest.mark.parametrize(
    "line", ["Lihat Foto", "Dengarkan berita ini", "Loading...", "#KoreaUtara #Rusia", "Laporkan iklan"]
)
def test_page_widgets_are_clutter(line, profiles):
    labels = _labels("\n".join(["SURABAYA - " + P1, P2, line, P3]), profiles)
    assert labels[2].kind == "clutter"


@pytest.mark.parametrize("stamp", ["Update: 12/05/2024 10:15 WIB", "Diperbarui: Senin, 13 Mei 2024 • 10:15"])
def test_an_update_stamp_is_a_page_date_not_a_correction(stamp, profiles):
    text = "\n".join(["Jembatan Baru Dibuka untuk Warga Kota", stamp, "SURABAYA - " + P1, P2])
    assert _by_text(text, profiles)[stamp] == ("header", "page_date")


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut dia, laporan lengkapnya akan diserahkan kepada parlemen pekan depan.",
        "Ia menambahkan bahwa anggaran untuk program itu belum disetujui.",
        '"Kami masih menunggu jawaban resmi dari mereka," ujarnya.',
    ],
)
def test_article_sentence_below_a_promo_line_is_not_swallowed_by_the_footer(sentence, profiles):
    # The article goes on under a "join our channel" promo: a sentence that leans on someone named above
    # cannot be a footer's headline or promo, so the footer does not start before it.
    article = [f"JAKARTA - {P1}", P2, P1.replace("Pemerintah", "Gubernur"), P3]
    promo = "Dapatkan update berita pilihan setiap hari, gabung di kanal Telegram kami"
    labels = _by_text("\n".join([*article, promo, sentence, "(abc/xyz)"]), profiles)
    assert labels[sentence] == ("content", "paragraph")
    assert labels[promo][0] == "clutter"


def test_a_box_of_bulleted_questions_about_other_stories_is_clutter_and_a_question_paragraph_is_not(profiles):
    box = [
        "-",
        "Kapan jembatan baru itu dibuka? Sebagai informasi, jembatan itu dibuka untuk umum pada Senin pagi.",
        "-",
        "Di mana pasar induk terbesar berada? Pasar itu terletak di pinggir kota dekat terminal.",
    ]
    question = (
        "Apakah harga akan turun lagi? Para pedagang memperkirakan harga stabil hingga akhir bulan depan."
    )
    text = "\n".join([f"JAKARTA - {P1}", P2, *box, question, P3])
    labels = _by_text(text, profiles)
    assert all(labels[line][0] == "clutter" for line in box)
    assert labels[question][0] == "content"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("4 Min Read", "page_ui"),
        ("3 menit baca", "page_ui"),
        ("Search", "page_ui"),
        ("Have an existing account? Sign In", "page_ui"),
        ("Font ResizerAa", "page_ui"),
        ("Dengarkan materinya", "page_ui"),
        ("Versi audio ini dibuat oleh mesin. Kirim masukan Anda", "page_ui"),
        ("Beranda > Blog > Daerah > Jembatan Baru Dibuka untuk Warga Kota", "breadcrumb"),
    ],
)
def test_theme_controls_and_breadcrumbs_are_clutter(line, reason, profiles):
    later = [P3, P1.replace("Pemerintah", "Gubernur"), P2.replace("usaha", "pasar")]
    text = "\n".join([f"JAKARTA - {P1}", P2, line, *later])
    labels = _by_text(text, profiles)
    assert labels[line] == ("clutter", reason)
    assert all(labels[paragraph][0] == "content" for paragraph in later)


def test_a_site_banner_a_reading_bar_and_menu_entries_are_never_the_headline(profiles):
    header = [
        "Kabarkita.id - Portal Berita Anak Muda Kota",
        "• Olahraga & Hiburan",
        "Reading: Jembatan Baru Dibuka untuk Warga Kota",
        "Jembatan Baru Dibuka untuk Warga Kota",
        "Ani Wijaya",
    ]
    labels = _by_text("\n".join([*header, P1, P2, P3]), profiles)
    assert labels["Jembatan Baru Dibuka untuk Warga Kota"] == ("header", "title")


def test_gallery_captions_closed_by_a_photo_credit_are_the_article(profiles):
    first = "Wali kota meninjau jembatan yang baru selesai dibangun di tepi sungai, pada Senin (3/3/2025). (AFP via Getty Images)"
    second = "Dalam kunjungannya, wali kota memuji para pekerja yang menyelesaikan proyek lebih cepat dari jadwal. (AFP via Getty Images)"
    labels = _by_text("\n".join([first, second, P3]), profiles)
    assert labels[first][0] == labels[second][0] == "content"


def _title(lines, profiles, url):
    found = [
        label.text for label in classify_lines(lines, profiles=profiles, url=url) if label.reason == "title"
    ]
    return found[0] if found else None


def test_when_the_address_names_a_headline_the_copy_lacks_no_other_line_is_taken_for_it(profiles):
    url = "https://kabarcontoh.id/dunia/pemerintah-umumkan-kebijakan-baru-bagi-pelaku-usaha"
    caption = "Suasana Rapat Kabinet di Istana Negara"
    lines = [caption, "Foto: Dok. Istana", f"JAKARTA - {P1}", P2, P3]

    assert _title(lines, profiles, url) is None
    # The headline itself, reworded a little, is still the headline.
    headline = "Pemerintah Umumkan Kebijakan Baru Bagi Para Pelaku Usaha"
    assert _title([headline, "Senin, 4 Maret 2024", f"JAKARTA - {P1}", P2, P3], profiles, url) == headline


def test_an_address_in_other_words_than_the_page_does_not_decide_the_headline(profiles):
    url = "https://kabarcontoh.id/world/government-announces-new-business-policy-today"
    headline = "Pemerintah Umumkan Kebijakan Baru Bagi Para Pelaku Usaha"
    assert _title([headline, "Senin, 4 Maret 2024", f"JAKARTA - {P1}", P2, P3], profiles, url) == headline

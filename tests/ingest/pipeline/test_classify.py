import pytest

from ingest.pipeline.classify import classify_lines, parse_byline

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
        ("[Gambas:Video 20detik]", "video_embed"),
        ("Saksikan juga 'Menteri Resmikan Jembatan Baru':", "video_embed"),
        ("Simak video 'Banjir di Kota':", "video_embed"),
        ("Bagikan :", "share_widget"),
        ("Share", "share_widget"),
        ("Follow WhatsApp Channel Contoh untuk update berita terbaru setiap hari", "share_widget"),
        ("A", "font_size_widget"),
        ("AA", "font_size_widget"),
        ("Berita Terkait", "related_list"),
        ("Berita Terkini", "related_list"),
        ("Rekomendasi untuk Anda", "related_list"),
        ("Telusuri berita news lainnya", "related_list"),
        ("© 2025 Contoh.com. All Rights Reserved", "copyright"),
        ("Copyright 2024 Media Contoh", "copyright"),
        ("Halaman 2 dari 2", "pagination"),
        ("Simak berita selengkapnya di halaman selanjutnya.", "pagination"),
        ("Sumber: Contoh.com", "source_credit"),
        ("Sumber : ABC/XY", "source_credit"),
        ("(abc/xyz)", "signoff"),
        ("(Budi Santoso)", "signoff"),
        ("(Contoh.com/Ani)", "signoff"),
        ("Foto: Dok. Kementerian", "photo_credit"),
        ("AFP", "photo_credit"),
        ("REUTERS/Kim Hong-Ji", "photo_credit"),
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
        ("Oleh Ani Wijaya, Budi Santoso", ("author", ("Ani Wijaya", "Budi Santoso"))),
        ("Ani Wijaya - detikNews", ("author", ("Ani Wijaya",))),
        ("Ani Wijaya , Jurnalis-Senin, 3 April 2023 |10:00 WIB", ("author", ("Ani Wijaya",))),
        ("Oleh karena itu, pemerintah bertindak", None),
        ("Editor menilai kebijakan itu tepat", None),
    ],
)
def test_byline_forms(line, expected):
    assert parse_byline(line) == expected

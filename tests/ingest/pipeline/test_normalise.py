import textwrap
import unicodedata

from ingest.pipeline.normalise import normalise_text, unwrap_hard_wrapped

PARAGRAPHS = [
    "Kementerian Luar Negeri menyatakan bahwa pertemuan kedua negara berlangsung tertutup dan "
    "membahas kerja sama ekonomi, keamanan maritim, serta pertukaran pelajar di tahun mendatang.",
    "Juru bicara kementerian menolak memberikan rincian tambahan tentang hasil pertemuan, namun "
    "mengatakan bahwa kedua pihak sepakat untuk bertemu lagi dalam waktu dekat di ibu kota.",
    "Para pengamat menilai pertemuan itu sebagai tanda membaiknya hubungan setelah bertahun-tahun "
    "ketegangan diplomatik yang dipicu oleh sengketa perbatasan dan perdagangan.",
]


def test_line_breaks_of_every_platform_become_newlines():
    assert normalise_text("a\r\nb\rc\u2028d\u2029e\ff") == "a\nb\nc\nd\ne\nf"


def test_unicode_spaces_and_tabs_become_single_spaces():
    assert normalise_text("a\u00a0b\tc\u2009\u3000d   e") == "a b c d e"


def test_invisible_characters_and_controls_are_removed():
    assert normalise_text("\ufeffse\u00adma\u200bngat\x07 \x85x") == "semangat\nx"


def test_lines_are_stripped_and_blank_runs_collapse_to_one_blank_line():
    assert normalise_text("  \n  a  \n\n\n\n  b \n\n") == "a\n\nb"


def test_text_is_nfc():
    assert normalise_text(unicodedata.normalize("NFD", "café Tōkyō")) == "café Tōkyō"


def test_lone_surrogates_are_dropped():
    assert normalise_text("a\ud800b") == "ab"


def test_normal_paste_is_not_unwrapped():
    text = "\n".join(PARAGRAPHS)
    assert normalise_text(text) == text


def test_short_header_lines_are_not_unwrapped():
    lines = ["Judul Berita Hari Ini", "Penulis: Ani", "Editor: Budi", "", *PARAGRAPHS]
    assert unwrap_hard_wrapped(lines) == lines


def _wrapped(paragraphs: list[str], width: int, blank: bool) -> str:
    separator = "\n\n" if blank else "\n"
    return separator.join(textwrap.fill(p, width) for p in paragraphs)


def test_hard_wrapped_paragraphs_are_rejoined():
    original = "\n\n".join(PARAGRAPHS)
    for width in (60, 72, 80, 100):
        assert normalise_text(_wrapped(PARAGRAPHS, width, blank=True)) == original


def test_words_broken_at_hyphens_are_rejoined_without_a_space():
    paragraph = "Negara-negara anggota menyetujui " * 6 + "non-proliferasi nuklir bersama-sama."
    wrapped = textwrap.fill(paragraph.strip(), 40)
    assert any(line.endswith("-") for line in wrapped.split("\n"))
    assert normalise_text(wrapped + "\n\n" + wrapped) == paragraph.strip() + "\n\n" + paragraph.strip()


def test_wrapped_text_without_blank_lines_keeps_paragraphs_apart():
    result = normalise_text(_wrapped(PARAGRAPHS, 72, blank=False))
    assert " ".join(result.split()) == " ".join(" ".join(PARAGRAPHS).split())
    # Breaks after a sentence end stay breaks: never glue two paragraphs together.
    for paragraph in PARAGRAPHS[1:]:
        assert any(line.startswith(paragraph[:20]) for line in result.split("\n"))


def test_wrapped_page_with_many_short_header_lines_is_still_rejoined():
    # A page copied with its menu, byline, date, share and tag lines, then wrapped at 70 columns with no
    # blank lines: the short lines outnumber the full ones, the paragraphs must still come back whole.
    header = ["Beranda > Dunia", "Judul Berita Hari Ini", "Oleh: Ani", "Senin, 4 Maret 2024 09:10 WIB"]
    footer = ["Baca juga: Berita Lain", "Editor: Budi", "Tags: Diplomasi", "Bagikan:"]
    wrapped = "\n".join([*header, *(textwrap.fill(p, 70) for p in PARAGRAPHS), *footer])
    assert normalise_text(wrapped).split("\n") == [*header, *PARAGRAPHS, *footer]


def test_a_wrapped_page_whose_menu_outnumbers_its_paragraph_lines_is_still_rejoined():
    menu = ["• Beranda", "• Dunia", "• Nasional", "• Ekonomi", "• Olahraga", "• Gaya Hidup"] * 4
    wrapped = "\n".join([*menu, "", *(textwrap.fill(p, 72) + "\n" for p in PARAGRAPHS)])
    assert normalise_text(wrapped).split("\n\n")[1:] == PARAGRAPHS


def test_a_long_headline_is_not_glued_to_the_prose_under_it():
    headline = "Kementerian Luar Negeri Bantah Tuduhan Pengiriman Senjata Lewat Pelabuhan"
    wrapped = "\n".join([headline, textwrap.fill(PARAGRAPHS[0], 74), "", textwrap.fill(PARAGRAPHS[1], 74)])
    assert normalise_text(wrapped).split("\n")[:2] == [headline, PARAGRAPHS[0]]


def test_a_headline_wrapped_over_two_lines_is_one_line_again():
    headline = "Kementerian Luar Negeri Bantah Tuduhan Pengiriman Senjata Lewat Pelabuhan Rajin di Utara"
    text = "\n\n".join([textwrap.fill(headline, 72), *(textwrap.fill(p, 72) for p in PARAGRAPHS)])
    assert normalise_text(text).split("\n\n") == [headline, *PARAGRAPHS]


def test_a_sign_off_under_a_wrapped_last_paragraph_stays_on_its_line():
    # The paragraph's last line is filled to 70 columns: "(ani/bud)" would have fitted nowhere on it.
    last = (
        "Juru bicara kementerian menolak memberikan rincian tambahan tentang hasil pertemuan, namun "
        "mengatakan bahwa kedua pihak sepakat untuk bertemu lagi dalam waktu dekat di ibu kota negara "
        "tetangga mereka itu."
    )
    assert len(textwrap.wrap(last, 72)[-1]) == 70
    text = "\n\n".join([textwrap.fill(PARAGRAPHS[0], 72), textwrap.fill(last, 72) + "\n(ani/bud)"])
    assert normalise_text(text).split("\n\n")[1].split("\n") == [last, "(ani/bud)"]


def test_a_stamp_glued_to_a_wrapped_first_line_is_split_off_after_rejoining():
    text = textwrap.fill("date 2023-09 " + PARAGRAPHS[0], 72) + "\n\n" + textwrap.fill(PARAGRAPHS[1], 72)
    assert normalise_text(text).split("\n") == ["date 2023-09", PARAGRAPHS[0], "", PARAGRAPHS[1]]


def test_a_wrapped_dateline_lead_is_rejoined_though_its_first_line_is_capitalised():
    lead = (
        "Jakarta, Kabar Kita - Amerika Serikat (AS), pada Kamis (30/3/2023), mengaku memiliki bukti baru "
        "bahwa Rusia melakukan kontak dengan Korea Utara untuk menambah jumlah senjata."
    )
    text = "\n\n".join([textwrap.fill(lead, 60), textwrap.fill(PARAGRAPHS[0], 60)])
    assert normalise_text(text).split("\n\n") == [lead, PARAGRAPHS[0]]


def test_a_headline_is_not_glued_to_its_stamp_a_caption_or_prose_that_opens_on_names():
    headline = "Putin Dan Kim Bertemu Pertama Kalinya di Kota Pelabuhan Rusia"
    stamp = "Kamis, 14 September 2023, 18:55 WITA"
    caption = "ILUSTRASI. Kim Jong Un dan putrinya. KCNA via REUTERS"
    prose = (
        "Presiden Rusia Vladimir Putin melakukan pembicaraan dengan pemimpin Korea Utara dan menyebut "
        "pertemuan itu akan membantu upaya bersama."
    )
    for under in (stamp, caption, prose):
        text = "\n".join([headline, textwrap.fill(under, 64), "", textwrap.fill(PARAGRAPHS[1], 64)])
        assert normalise_text(text).split("\n")[:2] == [headline, under], under

"""Entities and mojibake from a copy's travels are read back as the characters the page shows."""

from __future__ import annotations

from ingest.pipeline import process_article
from ingest.pipeline.outlets import load_default_profiles
from ingest.pipeline.repair import repair_characters, repair_mojibake, unescape_entities


def misread(text: str) -> str:
    """UTF-8 read as Windows-1252, the five bytes it leaves undefined kept as Latin-1 controls."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


def misread_latin1(text: str) -> str:
    """UTF-8 read as Latin-1 (ISO-8859-1): the bytes 0x80-0x9F become C1 control characters."""
    return text.encode().decode("latin-1")


def test_utf8_read_as_latin1_is_read_again_as_utf8():
    text = "“Latihan ini rutin,” kata juru bicara – René di Yogyakarta…"
    broken = misread_latin1(text)
    assert "\x80" in broken and "\x9c" in broken  # the C1 controls the tester's copy carried
    assert repair_mojibake(broken) == text


def test_a_copy_misread_twice_is_read_back_layer_by_layer():
    text = "“Kami siap,” ujar Andrés – café"
    for twice in (
        misread_latin1(misread_latin1(text)),
        misread(misread(text)),
        misread_latin1(misread(text)),
        misread(misread_latin1(text)),
    ):
        assert repair_mojibake(twice) == text


def test_correct_text_with_accents_and_latin_capitals_stays():
    for text in (
        "Menteri Désiré Doué bertemu Ângela di Jakarta.",
        "Kafe milik Hélène Â. Costa dibuka “hari ini” – kata dia.",
        "Ekspor ke Côte d’Ivoire naik 5%; harga ±€3 per kilo.",
        "Pemain asal São Paulo, João Félix, mencetak gol ke-2.",
    ):
        assert repair_characters(text) == text


def test_entities_from_a_copy_of_the_page_source_become_their_characters():
    assert (
        unescape_entities("&ldquo;Kami siap,&rdquo; kata dia &#8211; dan AT&amp;T")
        == "“Kami siap,” kata dia – dan AT&T"
    )
    assert unescape_entities("&amp;quot;dua kali&amp;quot;") == '"dua kali"'  # escaped twice


def test_an_ampersand_that_is_no_entity_is_left_alone():
    text = "PT Maju & Jaya; R&D; harga &copy tanpa titik koma"
    assert unescape_entities(text) == text


def test_utf8_read_as_windows_1252_is_read_again_as_utf8():
    broken = misread("“Tidak ada bukti,” kata Peskov – café")
    assert repair_mojibake(broken) == "“Tidak ada bukti,” kata Peskov – café"


def test_letters_that_only_look_like_mojibake_stay():
    for text in ("Â la carte", "Ã  propos", "naïve façade", "São Tomé"):
        assert repair_mojibake(text) == text


def test_repairing_twice_changes_nothing_more():
    text = "&amp;amp; â€œyaâ€\x9d"
    once = repair_characters(text)
    assert repair_characters(once) == once


def test_a_mojibake_copy_gives_the_dateline_and_quotes_of_the_original():
    page = (
        "Kremlin Tepis Kabar Kiriman Amunisi\n\n"
        "MOSKOW – Juru bicara Kremlin Dmitry Peskov pada Selasa (17/10/2023) mengatakan bahwa kabar "
        "itu “tidak berdasar”, seperti dilansir AFP.\n\n"
        "Ia menambahkan bahwa hubungan kedua negara tetap berkembang sesuai hukum internasional."
    )
    profiles = load_default_profiles()
    original = process_article(page, profiles=profiles)
    copy = process_article(misread(page), profiles=profiles)

    assert copy.body == original.body
    assert copy.metadata.dateline == original.metadata.dateline == "Moskow"


def test_a_latin1_mojibake_copy_cleans_like_the_original():
    page = (
        "Latihan Gabungan Digelar di Laut Timur\n\n"
        "TOKYO – Tiga negara menggelar latihan udara bersama pada Rabu (6/11/2024), kata pejabat.\n\n"
        "“Latihan ini menunjukkan tekad kami,” kata seorang menteri kepada wartawan setempat."
    )
    profiles = load_default_profiles()
    original = process_article(page, profiles=profiles)
    for copy_text in (misread_latin1(page), misread_latin1(misread_latin1(page))):
        copy = process_article(copy_text, profiles=profiles)
        assert copy.body == original.body
        assert copy.metadata.title == original.metadata.title


def test_a_no_break_space_read_as_gbk_is_a_space_outside_chinese_text():
    assert repair_characters("TRIBUNNEWS.COM -聽Pemerintah pulang ke聽Jakarta") == (
        "TRIBUNNEWS.COM -\u00a0Pemerintah pulang ke\u00a0Jakarta"
    )
    assert repair_characters("Jakarta聽聽Pemerintah") == "Jakarta\u00a0\u00a0Pemerintah"
    # Between ideographs it is the word "listen", and a page's Chinese banner stays as it is.
    assert repair_characters("他聽說了 bet365足球") == "他聽說了 bet365足球"

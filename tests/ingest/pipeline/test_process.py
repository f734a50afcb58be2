import codecs
import hashlib
import textwrap
import unicodedata

import pytest

from ingest.pipeline import clean_text, content_hash, decode_bytes, process_article
from ingest.pipeline.errors import IngestError

PAGE = "\n".join(
    [
        "Advertisement",
        "Judul Berita Kebijakan Baru Untuk Pelaku Usaha",
        "",
        "Penulis: Ani Wijaya",
        "Editor: Budi",
        "",
        "JAKARTA - Pemerintah mengumumkan kebijakan baru yang akan berlaku mulai bulan depan bagi warga.",
        "",
        "Baca juga: Harga Beras Naik Lagi di Pasar Induk",
        "",
        "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum.",
        "",
        "Dampak Bagi Pedagang",
        "",
        "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan.",
        "",
        "(Budi Santoso)",
        "",
        "Berita Terkait",
        "© 2025 Contoh Media",
    ]
)
BODY = (
    "JAKARTA - Pemerintah mengumumkan kebijakan baru yang akan berlaku mulai bulan depan bagi warga.\n\n"
    "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum.\n\n"
    "Dampak Bagi Pedagang\n\n"
    "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
)


def test_body_is_the_content_lines_joined_by_blank_lines(profiles):
    article = process_article(PAGE, profiles=profiles)
    assert article.body == BODY
    assert article.raw_text == PAGE


def test_removed_lines_keep_their_line_numbers_and_reasons(profiles):
    article = process_article(PAGE, profiles=profiles)
    removed = {line.text: (line.line_no, line.kind, line.reason) for line in article.removed}
    assert removed["Advertisement"] == (1, "clutter", "advertisement")
    assert removed["Penulis: Ani Wijaya"] == (4, "header", "byline")
    assert removed["Baca juga: Harga Beras Naik Lagi di Pasar Induk"][2] == "read_also"
    assert removed["(Budi Santoso)"][2] == "signoff"
    assert all(line.text for line in article.removed)


def test_content_hash_is_sha256_of_whitespace_collapsed_body(profiles):
    article = process_article(PAGE, profiles=profiles)
    expected = hashlib.sha256(" ".join(BODY.split()).encode("utf-8")).hexdigest()
    assert article.content_hash == expected == content_hash(BODY)


def test_cleaning_is_idempotent(profiles):
    article = process_article(PAGE, profiles=profiles)
    assert process_article(article.body, profiles=profiles).body == article.body


def test_copies_differing_in_layout_hash_alike(profiles):
    expected = process_article(PAGE, profiles=profiles).content_hash
    wrapped = "\n".join(textwrap.fill(line, 72) if line else "" for line in PAGE.split("\n"))
    variants = [
        PAGE.replace("\n", "\r\n"),
        "\ufeff" + PAGE,
        PAGE.replace("\n", "   \n"),
        unicodedata.normalize("NFD", PAGE),
        wrapped,
        decode_bytes(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")).text,
    ]
    for variant in variants:
        assert process_article(variant, profiles=profiles).content_hash == expected


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\ufeff"])
def test_empty_text_is_rejected(text, profiles):
    with pytest.raises(IngestError) as caught:
        process_article(text, profiles=profiles)
    assert caught.value.code == "empty"


def test_text_of_only_clutter_is_rejected(profiles):
    with pytest.raises(IngestError) as caught:
        process_article("Advertisement\nBaca Juga\nShare\n© 2025 Contoh", profiles=profiles)
    assert caught.value.code == "no_content"


def test_oversized_text_is_rejected(profiles):
    with pytest.raises(IngestError) as caught:
        process_article("a" * 2_000_001, profiles=profiles)
    assert caught.value.code == "too_large"


def test_clean_text_uses_the_default_registry():
    assert clean_text(PAGE) == BODY

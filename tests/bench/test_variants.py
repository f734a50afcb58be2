"""The travelled copies `make eval --variants` scores: the words stay, only their spelling changes."""

from __future__ import annotations

from bench.variants import VARIANTS, crlf, entities, mojibake, nbsp, spaced, unspaced, wrapped
from ingest.pipeline.normalise import normalise_text

PAGE = (
    "Kremlin Tepis Kabar Kiriman Amunisi\n\n"
    "MOSKOW – Juru bicara Kremlin pada Selasa mengatakan bahwa “tidak ada bukti apa pun” mengenai "
    "pengiriman amunisi dari Pyongyang, seperti dilansir kantor berita AFP & Reuters.\n\n"
    "Baca juga: Kapal Barang Kembali Sandar di Rajin"
)


def test_a_wrapped_copy_breaks_long_lines_at_72_columns_and_keeps_every_word():
    copy = wrapped(PAGE)

    assert max(len(line) for line in copy.split("\n")) <= 72
    assert copy.split() == PAGE.split()
    assert "\n\n" in copy  # paragraphs still apart


def test_each_copy_reads_as_the_stored_text_once_normalised():
    for name, transform in VARIANTS.items():
        copy = transform(PAGE)
        assert copy != PAGE or name == "spaced", name  # the page already has a blank line after each line
        assert normalise_text(copy).split() == normalise_text(PAGE).split(), name


def test_the_spelling_changes_are_the_ones_copies_show():
    assert "\r\n" in crlf(PAGE) and "\n" not in crlf(PAGE).replace("\r\n", "")
    assert "\u00a0–" in nbsp(PAGE)
    assert "&ldquo;tidak" in entities(PAGE) and "AFP &amp; Reuters" in entities(PAGE)
    assert "â€œtidak" in mojibake(PAGE)
    assert "\n\n" not in unspaced(PAGE) and spaced(unspaced(PAGE)) == PAGE

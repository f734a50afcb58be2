"""A caption closed by a short credit tag in brackets ("[ist]", "(net)", "(repro)") is a caption, not a headline.

Pages print the picture's caption under it, often the headline again with the credit's short form appended:
"istimewa" (a handout) as "[ist]", a picture taken from the web as "(net)". Without the tag read as a credit
the caption, being headline-shaped, can be taken for the headline.
"""

from datetime import date

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.classify import classify_lines

REF = date(2024, 11, 20)
HEADLINE = "Warga Desa Sukamaju Gelar Panen Raya Bersama Bupati"
LEAD = (
    "SUKAMAJU - Ratusan warga Desa Sukamaju menggelar panen raya bersama Bupati pada Sabtu (16/11/2024), "
    "menandai musim tanam yang berhasil setelah kemarau panjang."
)
BODY = "Bupati Hartono mengatakan hasil panen tahun ini naik dua kali lipat dibandingkan tahun lalu."


@pytest.mark.parametrize(
    "caption",
    [
        f"{HEADLINE} [ist]",
        f"{HEADLINE} (Ist.)",
        "Bupati Hartono memotong padi di sawah warga (net)",
        "Petani memanen padi di Desa Sukamaju [repro]",
        "Unggahan Bupati Hartono tentang panen raya (tangkapan layar)",
    ],
)
def test_a_caption_closed_by_a_short_credit_tag_is_no_headline(caption, profiles):
    text = "\n".join([HEADLINE, "", "Redaksi", "", caption, "", LEAD, "", BODY])

    article = process_article(text, profiles=profiles, reference_date=REF)

    assert article.metadata.title == HEADLINE
    assert caption not in article.body
    labels = classify_lines(text.split("\n"), profiles=profiles)
    assert labels[4].reason == "photo_caption"


@pytest.mark.parametrize(
    "line",
    [
        # A headline that ends with a place in brackets: "Ist" is only a tag as a word of its own.
        "Warga Turki Rayakan Kemenangan Tim Nasional (Istanbul)",
        # A paragraph with a bracketed aside of another kind.
        "Bupati menyebut panen ini yang terbaik sejak lima tahun terakhir (naik dua kali lipat).",
    ],
)
def test_brackets_that_are_no_credit_tag_leave_the_line_alone(line, profiles):
    labels = classify_lines([HEADLINE, "", line, "", LEAD, "", BODY], profiles=profiles)

    assert labels[2].reason not in {"photo_caption", "photo_credit"}

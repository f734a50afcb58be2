"""What a platform that translates its posts by machine prints around them is the page's, not the article's.

The language chooser's prompt and heading, the notice that a machine translated the post, the link back to
the original and the post's language label. A translation people made, reported in the article, stays.
"""

from datetime import date

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.classify import classify_lines

REF = date(2024, 11, 20)
HEADLINE = "Kerja Sama Dua Negara di Pelabuhan Timur Makin Erat Setelah Kunjungan Menteri"
LEAD = (
    "Pada tanggal 3 Maret 2024, menteri luar negeri kedua negara bertemu di pelabuhan timur dan "
    "menandatangani perjanjian kerja sama baru di bidang perdagangan."
)
BODY = "Menteri Hartono mengatakan perjanjian itu membuka jalur pelayaran baru bagi para nelayan."


@pytest.mark.parametrize(
    "line",
    [
        "Try using it in your preferred language.",
        "Ini adalah postingan yang diterjemahkan oleh AI.",
        "Artikel ini diterjemahkan secara otomatis.",
        "Terjemahan otomatis oleh Google",
        "This article was machine-translated.",
        "Pilih Bahasa",
        "Select language",
        "Lihat teks asli",
        "• Bahasa penulisan: Bahasa Jepang",
    ],
)
def test_a_machine_translation_notice_or_language_chooser_is_clutter(line, profiles):
    labels = classify_lines([line, "", HEADLINE, "", LEAD, "", BODY], profiles=profiles)

    assert labels[0].reason == "translation_notice"


def test_with_the_notices_gone_the_headline_between_the_menus_is_read(profiles):
    lines = [
        "Try using it in your preferred language.",
        "",
        "Ini adalah postingan yang diterjemahkan oleh AI.",
        "",
        HEADLINE,
        "",
        "• Bahasa penulisan: Bahasa Jepang",
        "",
        "Pilih Bahasa",
        "",
        LEAD,
        "",
        BODY,
    ]

    article = process_article("\n".join(lines), profiles=profiles, reference_date=REF)

    assert article.metadata.title == HEADLINE
    assert article.body.startswith("Pada tanggal 3 Maret 2024")
    assert "diterjemahkan" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        # A translation people made, reported in the article.
        "Dokumen itu diterjemahkan oleh penerjemah resmi kementerian sebelum dibagikan kepada wartawan.",
        "Pidato menteri diterjemahkan ke bahasa Rusia oleh staf kedutaan di Jakarta.",
        # Choosing words is no language menu.
        "Ia memilih bahasa yang lugas dalam pidatonya di depan para nelayan.",
        "Kim translated the letter himself before sending it to the minister.",
    ],
)
def test_a_translation_the_article_reports_stays(line, profiles):
    labels = classify_lines([HEADLINE, "", LEAD, "", line, "", BODY], profiles=profiles)

    assert labels[4].reason != "translation_notice"
    assert labels[4].kind == "content"

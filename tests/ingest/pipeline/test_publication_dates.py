"""A page's publication date: the stamps Indonesian pages print and the days its text gives, audited on
snippets written for the test."""

from datetime import date, datetime, timedelta, timezone

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.dates import find_dates

WIB = timezone(timedelta(hours=7))
REF = date(2024, 11, 20)
TITLE = "Pemerintah Umumkan Rencana Jembatan Baru"
LEDE = "Jakarta - Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu."
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
URL = "https://kabarcontoh.com/berita/jembatan-baru"


def _article(lines, profiles):
    return process_article("\n".join(lines), profiles=profiles, url=URL, reference_date=REF)


@pytest.mark.parametrize(
    ("stamp", "day", "author"),
    [
        ("Oleh Ani Wijaya pada 11 November 2024", 11, "Ani Wijaya"),
        ("Ditulis oleh Ani Wijaya | 11 November 2024", 11, "Ani Wijaya"),
        ("Diposting oleh Budi Santoso pada Senin, 11 November 2024", 11, "Budi Santoso"),
        ("Posted by Rina Lestari on 12 November 2024", 12, "Rina Lestari"),
    ],
)
def test_a_byline_that_dates_the_article_after_pada_or_a_bar_gives_both_the_writer_and_the_day(
    stamp, day, author, profiles
):
    article = _article([TITLE, stamp, LEDE, P2, P3], profiles)
    assert article.metadata.published_at == datetime(2024, 11, day, tzinfo=WIB)
    assert article.metadata.byline == (author,)
    assert stamp not in article.body


@pytest.mark.parametrize(
    "stamp",
    [
        "Dipublikasikan pada 12 November 2024",
        "Diterbitkan pada Selasa, 12 November 2024",
        "Diunggah pada 12 Nov 2024",
        "Dirilis pada 12/11/2024",
    ],
)
@pytest.mark.parametrize("where", ["header", "footer"])
def test_a_publication_stamp_with_pada_before_its_date_is_the_pages_date_above_or_below(
    stamp, where, profiles
):
    lines = [TITLE, stamp, LEDE, P2, P3] if where == "header" else [TITLE, LEDE, P2, P3, stamp]
    article = _article(lines, profiles)
    assert article.metadata.published_at is not None
    assert article.metadata.published_at.date() == date(2024, 11, 12)
    assert stamp not in article.body


def test_pada_inside_a_sentence_still_keeps_the_sentence(profiles):
    sentence = "Rapat itu digelar pada 12 November 2024 di gedung parlemen dan dihadiri banyak pihak."
    article = _article([TITLE, LEDE, sentence, P2, P3], profiles)
    assert sentence in article.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.11.2024 22:15", (2024, 11, 11, 22)),
        ("Selasa, 12.11.2024", (2024, 11, 12, None)),
        ("Diperbarui 1.5.2024 08.30 WIB", (2024, 5, 1, 8)),
    ],
)
def test_a_day_written_with_dots_between_day_month_and_year_is_a_date(text, expected):
    (mention,) = find_dates(text)
    assert (mention.year, mention.month, mention.day, mention.hour) == expected


@pytest.mark.parametrize("text", ["harga Rp 1.250.000", "sebanyak 12.500.2024 orang", "pukul 10.15 WIB"])
def test_a_number_with_thousands_dots_or_a_clock_time_is_no_dotted_date(text):
    assert [mention for mention in find_dates(text) if mention.precision == "day"] == []


LATER = date(2024, 11, 25)


def _dated(lines, profiles):
    metadata = process_article("\n".join(lines), profiles=profiles, url=URL, reference_date=LATER).metadata
    return metadata.published_at, metadata.published_at_confidence


@pytest.mark.parametrize(
    "stamp",
    [
        "Selasa, 12 November 2024 10:15 WIB",
        "12 Nov 2024, 10:15",
        "Ani Wijaya · 12 Nov 2024 10:15 WIB",
    ],
)
def test_the_sites_date_above_the_headline_gives_way_to_the_articles_stamp_below_it(stamp, profiles):
    published, confidence = _dated(["Senin, 25 November 2024", "Menu", TITLE, stamp, LEDE, P2, P3], profiles)
    assert published == datetime(2024, 11, 12, 10, 15, tzinfo=WIB)
    assert confidence >= 0.5


@pytest.mark.parametrize("label", ["Berita Terkait", "Baca Juga:", "Artikel Lainnya"])
def test_the_dates_of_a_list_of_other_stories_below_the_article_are_not_its_date(label, profiles):
    lines = [
        TITLE,
        LEDE,
        P2,
        P3,
        label,
        "Jembatan Lama Dibongkar",
        "3 Januari 2024",
        "Harga Cabai Naik",
        "5 Januari 2024",
    ]
    published, confidence = _dated(lines, profiles)
    assert published is None or confidence < 0.5


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Jakarta, 12 November 2024", datetime(2024, 11, 12, tzinfo=WIB)),
        ("Seoul, 12 Nov 2024", datetime(2024, 11, 12, tzinfo=WIB)),
        ("Moskow, Selasa 12 November 2024 10:15 WIB", datetime(2024, 11, 12, 10, 15, tzinfo=WIB)),
    ],
)
def test_a_place_and_the_day_under_the_headline_date_the_article(stamp, expected, profiles):
    article = process_article(
        "\n".join([TITLE, stamp, LEDE, P2, P3]), profiles=profiles, url=URL, reference_date=LATER
    )
    assert article.metadata.published_at == expected
    assert stamp not in article.body

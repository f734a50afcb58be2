from datetime import date, datetime, timedelta, timezone

import pytest

from ingest.pipeline.dates import find_dates, mention_to_datetime

REF = date(2025, 11, 1)
WIB = timezone(timedelta(hours=7))


def _one(text, reference=REF):
    mentions = find_dates(text, reference_date=reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "ymd", "weekday"),
    [
        ("Kamis, 2 Oktober 2025", (2025, 10, 2), 3),
        ("Selasa (17/10/2023)", (2023, 10, 17), 1),
        ("Selasa, 13 Jun 2023", (2023, 6, 13), 1),
        ("13/06/2023", (2023, 6, 13), None),
        ("2023-06-13", (2023, 6, 13), None),
        ("Sabtu (14 Oktober 2023)", (2023, 10, 14), 5),
        ("October 13, 2023", (2023, 10, 13), None),
        ("Rabu, 1 Peb 2023", (2023, 2, 1), 2),
        ("Minggu, 5 Nop 2023", (2023, 11, 5), 6),
        ("Ahad, 5 Agt 2023", (2023, 8, 5), 6),
    ],
)
def test_full_dates_in_indonesian_and_english_forms(text, ymd, weekday):
    mention = _one(text)
    assert (mention.year, mention.month, mention.day) == ymd
    assert mention.weekday == weekday
    assert mention.precision == "day"
    assert mention.year_source == "explicit"
    assert mention.text == text


@pytest.mark.parametrize("text", ["Jum'at, 27 Oktober 2023 |17:33 WIB", "Jum’at, 27 Oktober 2023 17.33 WIB"])
def test_time_and_wib_zone_are_read(text):
    mention = _one(text)
    assert (mention.hour, mention.minute, mention.utc_offset_minutes, mention.weekday) == (17, 33, 420, 4)
    resolved = mention_to_datetime(mention)
    assert resolved.time_known
    assert resolved.value == datetime(2023, 10, 27, 17, 33, tzinfo=WIB)


@pytest.mark.parametrize(("zone", "hours"), [("WIB", 7), ("WITA", 8), ("WIT", 9)])
def test_indonesian_time_zones(zone, hours):
    assert _one(f"Senin, 2 Januari 2023 08:00 {zone}").utc_offset_minutes == hours * 60


def test_iso_timestamp_with_offset():
    mention = _one("2023-06-13T12:57:00+07:00")
    assert mention_to_datetime(mention).value == datetime(2023, 6, 13, 12, 57, tzinfo=WIB)


def test_weekday_infers_missing_year():
    mention = _one("Jumat (13 Oktober)")
    assert (mention.year, mention.year_source) == (2023, "weekday")


def test_weekday_inference_respects_the_reference_date():
    # 13 October is a Friday in 2023 and 2017; before 2023 the most recent is 2017.
    assert _one("Jumat (13/10)", reference=date(2022, 1, 1)).year == 2017


def test_numeric_day_month_with_weekday_infers_year():
    mention = _one("Senin (12/6)")
    assert (mention.year, mention.month, mention.day) == (2023, 6, 12)


def test_yearless_date_borrows_year_from_nearest_full_date():
    mentions = find_dates(
        "Pada Selasa (17/10/2023) ... dikirim antara 7 September-1 Oktober.", reference_date=REF
    )
    assert [(m.year, m.month, m.day, m.year_source) for m in mentions] == [
        (2023, 10, 17, "explicit"),
        (2023, 9, 7, "context"),
        (2023, 10, 1, "context"),
    ]


def test_month_precision_mentions():
    mentions = find_dates("Pada bulan September 2022 dan pada Agustus, serta sejak 2017.", reference_date=REF)
    assert [(m.precision, m.year, m.month) for m in mentions] == [
        ("month", 2022, 9),
        ("month", 2022, 8),
        ("year", 2017, 1),
    ]


def test_date_only_mention_becomes_midnight_in_default_zone_with_unknown_time():
    resolved = mention_to_datetime(_one("13/06/2023"))
    assert resolved.value == datetime(2023, 6, 13, tzinfo=WIB)
    assert resolved.time_known is False


def test_mention_without_year_has_no_datetime():
    mention = _one("pada 7 September")
    assert mention.year is None
    assert mention_to_datetime(mention) is None


@pytest.mark.parametrize(
    "text",
    ["1.000 kontainer", "sekitar 290 km", "2,5 juta peluru", "pukul 17.33", "31/02/2023", "kata mei"],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, reference_date=REF) == []


def test_offsets_point_into_the_text():
    text = "Gedung Putih pada Jumat (13/10) mengatakan"
    mention = _one(text)
    assert text[mention.start : mention.end] == "Jumat (13/10)"


def test_a_time_after_a_slash_belongs_to_the_date():
    mention = _one("Rabu, 14 Mei 2025 / 09:40 WIB")
    assert (mention.day, mention.hour, mention.minute, mention.utc_offset_minutes) == (14, 9, 40, 420)


def test_year_first_stamps_and_korean_time():
    mention = _one("2024/02/09 18:05 KST")
    assert mention_to_datetime(mention).value == datetime(
        2024, 2, 9, 18, 5, tzinfo=timezone(timedelta(hours=9))
    )


def test_a_stored_copys_month_stamp_is_a_month():
    mention = _one("date 2021-07")
    assert (mention.precision, mention.year, mention.month, mention.day) == ("month", 2021, 7, None)


@pytest.mark.parametrize("text", ["versi 2023.5 dirilis", "musim 2023/2024", "sekitar 2024.10 ton"])
def test_year_first_lookalikes_are_not_dates(text):
    assert [m for m in find_dates(text, reference_date=REF) if m.precision == "day"] == []


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("December 21, 2024, 2:09 PM", 14, 9),
        ("Dec 21, 2024 at 12:30 am", 0, 30),
        ("21 Desember 2024 11:30 a.m. WIB", 11, 30),
        ("21 Desember 2024 12:05 PM", 12, 5),
    ],
)
def test_a_twelve_hour_clock_gives_the_hour_of_the_day(text, hour, minute):
    mention = _one(text)
    assert (mention.hour, mention.minute) == (hour, minute)


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

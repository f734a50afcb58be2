"""The pipeline's shortcuts never change a result: each is checked against the plain rule it stands for."""

import bisect
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.pipeline import classify, dates, patterns
from ingest.pipeline.citations import trie_alternation
from ingest.pipeline.dates import find_dates

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REF = date(2025, 11, 1)

# Pieces of Indonesian and English dates, words that look like them, and characters that case-fold
# like ASCII letters under re.IGNORECASE ("ſ" is "s", "K" is "k").
_DATE_PIECES = st.sampled_from(
    [
        "Selasa (17/10/2023)", "Jumat (13 Oktober)", "13 Oktober", "Kamis, 2 Oktober 2025", "12:57 WIB",
        "13/06/2023", "2023-06-13T10:00:00+07:00", "October 13, 2023", "Friday, Oct. 13", "bulan September",
        "pada mei", "Agustus 2022", "sejak 2017", "tahun 1999", "Sabtu", "jum'at,", "pukul 10.00 WIB",
        "13", "(", ")", "/", "-", ",", ".", " ", "  ", "\n", "deſ", "oKt", "Mei", "mar", "2024", "wib",
    ]
)  # fmt: skip
_DATE_TEXT = st.lists(st.one_of(_DATE_PIECES, st.text(alphabet="0123456789 ()/-.:,SsOoKk\n", max_size=6)))


def _find_dates_everywhere(text: str, reference: date) -> list:
    """find_dates without the triggers: every pattern over the whole text, as the rule is written."""
    taken: list[tuple[int, int]] = []
    found = []
    for pattern in dates._PATTERNS:
        for match in pattern.finditer(text):
            if dates._overlaps(taken, match.span()):
                continue
            mention = dates._mention(match)
            if mention is not None:
                bisect.insort(taken, match.span())
                found.append(mention)
    found.sort(key=lambda mention: mention.start)
    return dates._infer_years(found, reference)


@SETTINGS
@given(_DATE_TEXT.map("".join))
def test_find_dates_finds_what_every_pattern_over_the_whole_text_finds(text):
    assert find_dates(text, reference_date=REF) == _find_dates_everywhere(text, REF)


def test_a_yearless_date_halfway_between_two_dated_ones_takes_the_earlier_year():
    gap = " kemudian " * 3
    text = f"10 Maret 2021{gap}10 Maret{gap}lagi 10 Maret 2023"  # distances are start to start

    mentions = find_dates(text, reference_date=REF)

    assert mentions[1].start - mentions[0].start == mentions[2].start - mentions[1].start
    assert [m.year for m in mentions] == [2021, 2021, 2023]
    assert mentions[1].year_source == "context"


def test_a_month_spelt_with_a_long_s_is_read_not_a_crash():
    [mention] = find_dates("Rapat itu digelar 13 deſ 2023 di Jakarta.", reference_date=REF)

    assert (mention.year, mention.month, mention.day) == (2023, 12, 13)


_NAMES = st.lists(st.text(alphabet="ABab .-&", min_size=1, max_size=6), min_size=1, max_size=12)


@SETTINGS
@given(_NAMES, st.text(alphabet="ABab .-&@/x\n", max_size=60))
def test_a_trie_of_names_matches_exactly_what_their_longest_first_alternation_matches(names, text):
    plain = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    ending = r"(?![\w@]|\.\w)"  # the look-ahead after a name makes re backtrack to shorter names
    expected = [m.span() for m in re.finditer(rf"(?<![\w.@/])(?:{plain}){ending}", text)]

    found = [m.span() for m in re.finditer(rf"(?<![\w.@/]){trie_alternation(names)}{ending}", text)]

    assert found == expected


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_characters="<"), max_size=120), st.integers(0, 120))
def test_the_canonical_form_of_a_lines_opening_is_a_prefix_of_the_lines(line, cut):
    assert classify._canonical(line).startswith(classify._canonical(line[:cut]))


_WIDGET_LINES = st.sampled_from(
    ["Advertisement", "Halaman 2 dari 3", "Bagikan:", "Aa", "Tags: Rusia", "Berita Terkait", "next", "1 2 3 »",
     "Scroll to continue with content", "Pilih Bahasa", "Saksikan video berikut", "Tutup iklan", "Video: Kim", "Share", "x", "4 Min Read", "Search"]
)  # fmt: skip


@SETTINGS
@given(st.one_of(_WIDGET_LINES, st.lists(_WIDGET_LINES).map(" ".join), st.text(max_size=40)))
def test_the_combined_widget_rule_gives_the_first_matching_rules_reason(line):
    rules = [
        ("advertisement", patterns._ADVERTISEMENT),
        ("scroll_prompt", patterns._SCROLL),
        ("translation_notice", patterns._TRANSLATION),
        ("video_embed", patterns._VIDEO),
        ("share_widget", patterns._SHARE),
        ("font_size_widget", patterns._FONT_SIZE),
        ("related_list", patterns._RELATED),
        ("pagination", patterns._PAGINATION),
        ("page_ui", patterns._PAGE_UI),
    ]
    first = next((reason for reason, rule in rules if rule.match(line)), None)

    match = patterns._WIDGET.match(line)

    assert (match.lastgroup if match else None) == first

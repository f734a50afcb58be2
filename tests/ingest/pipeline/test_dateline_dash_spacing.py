"""A dateline whose dash touches one side only: "KORUT -Pemimpin …", "MOSKOW- Presiden …".

Copies lose a space around the dateline's dash as often as they lose the dash: the place (a city, or a
country's short form in capitals such as "KORUT") is still the dateline, and the lead still starts after
the dash. A hyphen with no space on either side is part of a word, and a dash that no paragraph follows
opens no lead.
"""

import pytest

from ingest.pipeline.dateline import parse_dateline

LEAD = (
    "Pemimpin kedua negara bertemu di pelabuhan timur dan menandatangani perjanjian kerja sama baru "
    "di bidang pertahanan dan perdagangan."
)


@pytest.mark.parametrize(
    ("line", "place", "rest"),
    [
        (f"KORUT -{LEAD}", "Korut", LEAD),
        (f"MOSKOW- {LEAD}", "Moskow", LEAD),
        (f"Surabaya –{LEAD}", "Surabaya", LEAD),
        (
            "SEOUL —“Kami tidak akan mundur,” kata menteri itu kepada wartawan di kantornya pada Senin pagi.",
            "Seoul",
            None,
        ),
    ],
)
def test_a_dash_that_touches_one_side_still_ends_the_dateline(line, place, rest):
    parsed = parse_dateline(line)

    assert parsed is not None
    assert parsed.place == place
    assert parsed.rest == (rest if rest is not None else line.split("—", 1)[1])


def test_the_outlet_after_the_place_is_read_with_a_glued_dash():
    parsed = parse_dateline(f"Jakarta, Kabarcontoh.com –{LEAD}")

    assert parsed is not None
    assert (parsed.place, parsed.outlet) == ("Jakarta", "Kabarcontoh.com")


@pytest.mark.parametrize(
    "line",
    [
        # A hyphen inside words, no space either side.
        "Jurnalis-Jumat, 27 Oktober 2023 |17:33 WIB",
        # A lower-case word after the dash: a compound split by a stray space, not a lead.
        f"Kerja sama pro -rusia {LEAD}",
        # A byline: nothing of a paragraph follows the dash.
        "Ani Wijaya -Kabarcontoh",
    ],
)
def test_a_hyphen_in_words_or_a_byline_is_no_dateline(line):
    assert parse_dateline(line) is None

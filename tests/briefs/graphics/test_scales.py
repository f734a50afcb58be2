"""Scales and ticks of the charts: round numbers, whole pixels, labels that never overlap."""

import datetime as dt
from decimal import Decimal

from briefs.graphics.scales import DayScale, NumberScale, month_starts, number_ticks, spaced


def test_number_ticks_start_at_zero_and_end_on_a_round_step_above_the_highest_value():
    bottom, top, ticks = number_ticks(Decimal(1000), Decimal(2000))

    assert (bottom, top) == (0, 2000)
    assert ticks == [0, 500, 1000, 1500, 2000]


def test_number_ticks_of_a_single_zero_still_have_a_height():
    bottom, top, ticks = number_ticks(Decimal(0), Decimal(0))

    assert bottom == 0 and top > 0
    assert ticks[0] == 0


def test_number_ticks_reach_below_zero_for_a_negative_value():
    bottom, _top, ticks = number_ticks(Decimal(-30), Decimal(90))

    assert bottom < -29 and 0 in ticks


def test_scales_give_whole_pixels_and_put_a_lone_day_in_the_middle():
    days = DayScale(dt.date(2023, 9, 1), dt.date(2023, 9, 4), 0, 100)
    numbers = NumberScale(Decimal(0), Decimal(3), 100, 10)

    assert days.x(dt.date(2023, 9, 2)) == 33
    assert DayScale(dt.date(2023, 9, 1), dt.date(2023, 9, 1), 0, 100).x(dt.date(2023, 9, 1)) == 50
    assert numbers.y(Decimal(0)) == 100 and numbers.y(Decimal(3)) == 10, "higher numbers are higher up"


def test_month_starts_cross_the_year():
    assert month_starts(dt.date(2023, 11, 20), dt.date(2024, 1, 3)) == [
        dt.date(2023, 11, 1),
        dt.date(2023, 12, 1),
        dt.date(2024, 1, 1),
    ]


def test_spaced_labels_skip_overlaps_but_keep_the_first_and_the_last():
    assert spaced([(0, 50), (40, 90), (100, 150)]) == [0, 2]
    assert spaced([(0, 50), (60, 110), (100, 150)]) == [0, 2], "the last replaces the one it overlaps"

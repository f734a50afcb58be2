"""A figure series over time: bounds drawn as bounds, dates in order, labels that do not collide."""

import datetime as dt
from decimal import Decimal

from briefs.graphics.figure_chart import ChartValue, figure_chart


def value(number, qualifier="exactly", day=None, last=None, index=1, amount=None):
    start = dt.date.fromisoformat(day) if day else None
    return ChartValue(
        value=Decimal(number),
        qualifier=qualifier,
        start=start,
        end=dt.date.fromisoformat(last) if last else start,
        amount_label=amount or f"{qualifier} {number}",
        date_label=day or "",
        index=index,
    )


def chart(*values):
    return figure_chart(values, lambda number: f"{number:,}")


def test_a_growing_count_rises_left_to_right_with_a_line_through_its_dates():
    drawn = chart(
        value(1000, "more_than", "2023-10-13", index=1), value(2000, "more_than", "2024-02-26", index=2)
    )

    first, second = drawn.points
    assert first.x < second.x and first.y > second.y
    assert drawn.line == f"M{first.x} {first.y}L{second.x} {second.y}"
    assert [tick.label for tick in drawn.x_ticks] == ["2023-10-13", "2024-02-26"]
    assert [tick.label for tick in drawn.y_ticks] == ["0", "500", "1,000", "1,500", "2,000"]


def test_more_than_is_an_open_dot_with_an_arrow_up_and_up_to_a_filled_dot_with_an_arrow_down():
    more, up_to, at_least = chart(
        value(1000, "more_than", "2023-10-01", index=1),
        value(1000, "up_to", "2023-10-02", index=2),
        value(1000, "at_least", "2023-10-03", index=3),
    ).points

    assert (more.mark, more.open) == ("lower", True)
    assert (at_least.mark, at_least.open) == ("lower", False)
    assert (up_to.mark, up_to.open) == ("upper", False)
    assert more.arrow.startswith(f"M{more.x} {more.y - 5}V{more.y - 21}"), (
        "the arrow points up, away from the dot"
    )
    assert up_to.arrow.startswith(f"M{up_to.x} {up_to.y + 5}V{up_to.y + 21}")


def test_an_exact_count_has_no_arrow_and_about_has_a_whisker_of_ten_percent():
    exact, about = chart(
        value(1000, "exactly", "2023-10-01", index=1), value(1000, "about", "2023-10-02", index=2)
    ).points

    assert exact.strokes == "" and not exact.open
    high, low = about.whisker
    assert high < about.y < low
    assert about.y - high == low - about.y
    assert about.strokes.startswith(f"M{about.x} {high}V{low}")


def test_a_figure_as_of_a_month_spans_the_month_with_its_dot_in_the_middle():
    month, day = chart(
        value(500, day="2023-09-01", last="2023-09-30", index=1), value(800, day="2023-10-31", index=2)
    ).points

    assert month.period is not None and month.period[0] < month.x < month.period[1]
    assert day.period is None and day.period_path == ""


def test_undated_figures_are_not_drawn_and_a_series_without_dates_has_no_chart():
    drawn = chart(
        value(10, day="2023-09-01", index=1), value(20, index=2), value(30, day="2023-10-01", index=3)
    )

    assert [point.index for point in drawn.points] == [1, 3]
    assert drawn.undated == 1
    assert chart(value(20, index=1)) is None


def test_a_figure_alone_on_its_date_is_listed_not_drawn():
    assert chart(value(290, "about", "2023-10-13")) is None, "one dot is not a chart"
    assert chart(value(50, day="2023-10-13", index=1), value(20, index=2)) is None
    assert chart(value(50, day="2023-10-13", index=1), value(60, day="2023-10-13", index=2)) is None, (
        "two figures of one day are not a series over time"
    )


def test_labels_of_figures_on_nearby_days_do_not_overlap():
    drawn = chart(
        value(1000, "more_than", "2023-10-13", index=1, amount="more than 1,000"),
        value(1000, "more_than", "2023-10-14", index=2, amount="more than 1,000"),
        value(1000, "more_than", "2024-10-14", index=3, amount="more than 1,000"),
    )

    assert [bool(point.label) for point in drawn.points] == [True, False, True]
    assert [tick.label for tick in drawn.x_ticks] == ["2023-10-13", "2024-10-14"]


def test_coordinates_are_whole_numbers_inside_the_picture():
    drawn = chart(*(value(n * 137, "about", f"2023-{n:02}-01", index=n) for n in range(1, 10)))

    for point in drawn.points:
        assert isinstance(point.x, int) and isinstance(point.y, int)
        assert drawn.left <= point.x <= drawn.right and point.label_y >= 0 and point.y <= drawn.bottom

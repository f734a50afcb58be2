"""The timeline to scale: a day is a dot, a month a span, a range a bar; disagreeing sources are marked."""

import datetime as dt

from briefs.graphics.timeline_chart import Period, TimelineItem, timeline_chart


def period(start, last=None, precision="day"):
    first = dt.date.fromisoformat(start)
    return Period(first, dt.date.fromisoformat(last) if last else first, precision)


def item(index, when, text="An event", variants=(), discrepancy=False):
    return TimelineItem(index, when, tuple(variants), discrepancy, when.start.isoformat(), text)


def chart(*items):
    return timeline_chart(items, lambda month: month.strftime("%b %Y"))


def test_precision_decides_the_shape_and_a_month_covers_its_whole_month():
    day, month, span = chart(
        item(1, period("2023-09-07")),
        item(2, period("2023-10-01", "2023-10-31", "month")),
        item(3, period("2023-09-01", "2023-10-01", "range")),
    ).rows

    assert (day.kind, day.x1 == day.x2) == ("point", True)
    assert month.kind == "span" and month.mark_width > 20
    assert span.kind == "bar" and span.x1 < day.x1 < span.x2, "7 Sep lies inside 1 Sep – 1 Oct"
    assert span.x2 < month.x2


def test_a_year_is_a_span_too_and_a_short_range_still_shows_as_a_bar():
    year, short = chart(
        item(1, period("2022-01-01", "2022-12-31", "year")),
        item(2, period("2023-05-01", "2023-05-02", "range")),
    ).rows

    assert year.kind == "span"
    assert short.kind == "bar" and short.mark_width >= 6


def test_rows_follow_the_list_order_one_below_the_other():
    drawn = chart(item(1, period("2023-09-07")), item(2, period("2022-11-01")), item(3, period("2023-09-07")))

    assert [row.index for row in drawn.rows] == [1, 2, 3]
    assert drawn.rows[0].y < drawn.rows[1].y < drawn.rows[2].y
    assert drawn.rows[2].top + drawn.rows[2].height <= drawn.height


def test_disagreeing_sources_get_a_warning_and_a_diamond_at_each_date_they_give():
    one, seven = period("2023-09-01", "2023-10-01", "range"), period("2023-09-07", "2023-10-01", "range")
    drawn = chart(
        item(1, one, variants=(one, seven), discrepancy=True),
        item(2, period("2023-12-01"), variants=(period("2023-12-01"),)),
    )
    disputed, agreed = drawn.rows

    assert disputed.discrepancy and disputed.warning
    assert [variant.x for variant in disputed.variants] == [disputed.x1, disputed.variants[1].x]
    assert disputed.variants[1].x > disputed.x1, "7 Sep is drawn after 1 Sep"
    assert all(variant.y > disputed.y for variant in disputed.variants), "under the entry's own mark"
    assert disputed.height > agreed.height
    assert not agreed.variants and agreed.warning == ""
    assert drawn.has_discrepancy, "the legend then names the warning and the diamond"


def test_labels_sit_on_the_roomier_side_and_are_cut_to_fit():
    early, late = chart(
        item(1, period("2023-01-01"), text="word " * 200),
        item(2, period("2023-12-31"), text="A short one"),
    ).rows

    assert early.anchor == "start" and early.label_x > early.x2
    assert early.label.endswith("…") and len(early.label) * 7 <= 720 - early.label_x
    assert late.anchor == "end" and late.label_x < late.x1
    assert late.label == "2023-12-31 · A short one"


def test_the_axis_marks_months_and_only_years_over_long_spans():
    short = chart(item(1, period("2023-09-15")), item(2, period("2023-12-02")))
    long = chart(item(1, period("2019-03-01")), item(2, period("2024-02-01")))

    assert [tick.label for tick in short.ticks if tick.label] == ["Oct 2023", "Nov 2023", "Dec 2023"]
    assert {tick.label[:3] for tick in long.ticks if tick.label} == {"Jan"}
    labelled = [tick for tick in long.ticks if tick.label]
    assert all(
        b.label_x - a.label_x >= 7 * len(a.label) for a, b in zip(labelled, labelled[1:], strict=False)
    )
    assert all(tick.label_x + 7 * len(tick.label) <= 720 for tick in labelled), (
        "the last label is not cut off"
    )


def test_nothing_to_draw_without_entries():
    assert chart() is None


def test_a_long_timeline_becomes_a_few_lanes_of_unlabelled_marks():
    days = [period(f"2023-09-{1 + n % 28:02}") for n in range(100)]
    drawn = chart(*(item(n + 1, when) for n, when in enumerate(days)))

    assert len(drawn.rows) == 100, "every entry keeps its mark and its link"
    assert all(row.label == "" for row in drawn.rows)
    lanes = {row.top for row in drawn.rows}
    assert len(lanes) <= 5 and drawn.height < 200
    for lane in lanes:
        marks = sorted((row.hit_x, row.hit_x + row.hit_width) for row in drawn.rows if row.top == lane)
        assert all(
            left > previous_right for (_, previous_right), (left, _) in zip(marks, marks[1:], strict=False)
        )

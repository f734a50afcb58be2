from briefs.assembly import assemble

from .builders import KREMLIN, NORTH_KOREA, WHITE_HOUSE, brief, claim, figure, key_point, source

SOURCES = [
    source(1, "Liputan6.com", published_at="2023-10-14T09:00:00+07:00"),
    source(2, "detikNews", published_at="2023-10-14T10:00:00+07:00"),
    source(3, "Kompas.com", published_at="2023-10-15T08:00:00+07:00"),
]


def key_point_of(claims):
    return assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, SOURCES)["key_points"][0]


def discrepancies(claims):
    return key_point_of(claims)["discrepancies"]


def test_shipping_windows_starting_on_1_and_7_september_are_a_date_discrepancy_with_their_sources():
    claims = [
        claim(10, 1, start="2023-09-01", end="2023-10-01"),
        claim(11, 2, start="2023-09-07", end="2023-10-01"),
        claim(12, 3, start="2023-09-07", end="2023-10-01"),
    ]

    (found,) = discrepancies(claims)

    # Each date once, with every source that gives it.
    assert found == {
        "kind": "date",
        "subject": "event start",
        "description": "Sources differ on when it started: 1 Sep 2023 (Liputan6.com) vs 7 Sep 2023 "
        "(Kompas.com, detikNews)",
        "values": [
            {
                "value": "2023-09-01",
                "end": "2023-10-01",
                "precision": "range",
                "label": "1 Sep – 1 Oct 2023",
                "claim_ids": [10],
                "outlets": ["Liputan6.com"],
            },
            {
                "value": "2023-09-07",
                "end": "2023-10-01",
                "precision": "range",
                "label": "7 Sep – 1 Oct 2023",
                "claim_ids": [11, 12],
                "outlets": ["Kompas.com", "detikNews"],
            },
        ],
    }


def test_exact_values_that_differ_on_the_same_day_conflict_and_each_figure_is_listed_once():
    claims = [
        claim(10, 1, WHITE_HOUSE, figures=(figure("1000"),), said_on="2023-10-13"),
        claim(11, 3, WHITE_HOUSE, figures=(figure("1000"),), said_on="2023-10-13"),
        claim(12, 2, KREMLIN, figures=(figure("1200.000"),), said_on="2023-10-13"),
    ]

    (found,) = discrepancies(claims)

    assert found["kind"] == "figure"
    assert found["subject"] == "containers"
    assert found["description"] == (
        "Sources differ on containers: 1,000 containers (White House, 13 Oct 2023; Kompas.com, Liputan6.com) "
        "vs 1,200 containers (Kremlin, 13 Oct 2023; detikNews)"
    )
    assert [
        (v["value"], v["qualifier"], v["speaker"], v["claim_ids"], v["outlets"]) for v in found["values"]
    ] == [
        ("1000", "exactly", "White House", [10, 11], ["Kompas.com", "Liputan6.com"]),
        ("1200", "exactly", "Kremlin", [12], ["detikNews"]),
    ]
    assert found["values"][0]["as_of"] == {"start": "2023-10-13", "end": None, "precision": "day"}


def test_lower_bounds_at_different_dates_are_a_progression_not_a_dispute():
    claims = [
        claim(10, 1, WHITE_HOUSE, figures=(figure("1000", qualifier="more_than"),), said_on="2023-10-13"),
        claim(11, 2, WHITE_HOUSE, figures=(figure("2000", qualifier="more_than"),), said_on="2024-02-26"),
    ]

    point = key_point_of(claims)

    assert point["discrepancies"] == []
    (series,) = point["figures"]
    assert series["progression"] is True
    assert [(v["label"], v["as_of"]["start"]) for v in series["values"]] == [
        ("more than 1,000 containers", "2023-10-13"),
        ("more than 2,000 containers", "2024-02-26"),
    ]


def test_exact_counts_at_different_dates_do_not_conflict_either():
    claims = [
        claim(10, 1, figures=(figure("1000"),), said_on="2023-10-13"),
        claim(11, 2, KREMLIN, figures=(figure("2000"),), said_on="2023-11-20"),
    ]

    assert discrepancies(claims) == []


def test_two_lower_bounds_on_the_same_day_do_not_conflict():
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"),), said_on="2023-10-13"),
        claim(11, 2, KREMLIN, figures=(figure("2000", qualifier="at_least"),), said_on="2023-10-13"),
    ]

    assert discrepancies(claims) == []


def test_a_lower_bound_above_an_upper_bound_on_the_same_day_conflicts():
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"),), said_on="2023-10-13"),
        claim(11, 2, KREMLIN, figures=(figure("800", qualifier="up_to"),), said_on="2023-10-13"),
        claim(12, 3, NORTH_KOREA, figures=(figure("1000", qualifier="less_than"),), said_on="2023-10-13"),
    ]

    (found,) = discrepancies(claims)

    assert [v["label"] for v in found["values"]] == [
        "more than 1,000 containers",
        "up to 800 containers",
        "fewer than 1,000 containers",
    ]


def test_a_figure_dated_by_its_event_overlapping_another_day_is_compared():
    claims = [
        claim(10, 1, figures=(figure("1000"),), start="2023-09-01", end="2023-10-01"),
        claim(11, 2, KREMLIN, figures=(figure("300"),), said_on="2023-09-15"),
    ]

    (found,) = discrepancies(claims)

    assert found["values"][0]["as_of"] == {"start": "2023-09-01", "end": "2023-10-01", "precision": "range"}


def test_figures_of_different_units_or_a_dated_and_an_undated_one_are_not_compared():
    claims = [
        claim(10, 1, figures=(figure("1000"), figure("30", "ships")), said_on="2023-10-13"),
        claim(
            11, 2, KREMLIN, figures=(figure("2000", "rail cars"), figure("31", "Ships")), said_on="2023-10-13"
        ),
        claim(12, 3, NORTH_KOREA, figures=(figure("5"),)),
    ]

    found = discrepancies(claims)

    # "ships" and "Ships" are one unit; containers (dated) and containers (undated) are not compared.
    assert [(f["subject"], [v["value"] for v in f["values"]]) for f in found] == [("ships", ["30", "31"])]


def test_undated_figures_of_the_same_unit_are_compared_with_each_other():
    claims = [claim(10, 1, figures=(figure("1000"),)), claim(11, 2, KREMLIN, figures=(figure("2000"),))]

    (found,) = discrepancies(claims)

    assert [v["value"] for v in found["values"]] == ["1000", "2000"]


def test_a_month_and_a_day_within_it_do_not_conflict():
    claims = [claim(10, 1, start="2023-09-01", precision="month"), claim(11, 2, start="2023-09-07")]

    assert discrepancies(claims) == []


def test_a_year_conflicts_with_a_month_of_another_year():
    claims = [
        claim(10, 1, start="2023-01-01", precision="year"),
        claim(11, 2, start="2022-09-01", precision="month"),
    ]

    (found,) = discrepancies(claims)

    assert (
        found["description"]
        == "Sources differ on when it started: Sep 2022 (detikNews) vs 2023 (Liputan6.com)"
    )


def test_months_conflict_when_both_are_known_to_the_month():
    claims = [
        claim(10, 1, start="2023-01-01", precision="year"),
        claim(11, 2, start="2023-09-13"),
        claim(12, 3, start="2023-10-01", precision="month"),
    ]

    (found,) = discrepancies(claims)

    assert [v["claim_ids"] for v in found["values"]] == [[10], [11], [12]]


def test_different_dates_in_one_source_are_not_a_discrepancy():
    claims = [claim(10, 1, start="2023-09-01"), claim(11, 1, NORTH_KOREA, "denies", start="2023-09-07")]

    assert discrepancies(claims) == []


def test_exactly_and_about_the_same_value_agree():
    claims = [
        claim(10, 1, figures=(figure("1000"),)),
        claim(11, 2, figures=(figure("1000", qualifier="about"),)),
    ]

    assert discrepancies(claims) == []


def test_about_a_value_agrees_with_values_within_ten_percent_only():
    near = [
        claim(10, 1, figures=(figure("1000", qualifier="about"),)),
        claim(11, 2, figures=(figure("1090"),)),
    ]
    far = [
        claim(10, 1, figures=(figure("1000", qualifier="about"),)),
        claim(11, 2, figures=(figure("1200"),)),
    ]

    assert discrepancies(near) == []
    assert len(discrepancies(far)) == 1


def test_figure_values_of_one_statement_do_not_conflict():
    claims = [claim(10, 1, figures=(figure("1000"), figure("2000")))]

    assert discrepancies(claims) == []


def test_a_date_discrepancy_is_shown_once_on_the_key_point_its_dates_belong_to():
    claims = [
        claim(10, 1, start="2023-09-01", end="2023-10-01"),
        claim(11, 2, start="2023-09-07", end="2023-10-01"),
        claim(12, 1, paraphrase="By sea from Najin"),
    ]
    # The route (no date of its own) comes first and carries the same dated claims.
    route = key_point(1, (10, 11, 12), statement="By sea from Najin to Dunay")
    shipped = key_point(2, (10, 11), statement="Containers shipped", start="2023-09-01", end="2023-10-01")

    snapshot = assemble(brief(route, shipped), claims, SOURCES)

    route_point, shipped_point = snapshot["key_points"]
    assert route_point["discrepancies"] == []
    assert [d["kind"] for d in shipped_point["discrepancies"]] == ["date"]
    (entry,) = snapshot["timeline"]
    assert (entry["key_point_id"], entry["text"]) == (2, "Containers shipped")
    assert entry["discrepancy"] == shipped_point["discrepancies"][0]["description"]

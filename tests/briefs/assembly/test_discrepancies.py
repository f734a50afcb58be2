from briefs.assembly import assemble

from .builders import NORTH_KOREA, brief, claim, figure, key_point, source

SOURCES = [
    source(1, "Liputan6.com", published_at="2023-10-14T09:00:00+07:00"),
    source(2, "detikNews", published_at="2023-10-14T10:00:00+07:00"),
    source(3, "Kompas.com", published_at="2023-10-15T08:00:00+07:00"),
]


def discrepancies(claims):
    snapshot = assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, SOURCES)
    return snapshot["key_points"][0]["discrepancies"]


def test_shipping_windows_starting_on_1_and_7_september_are_a_date_discrepancy_with_their_sources():
    claims = [
        claim(10, 1, start="2023-09-01", end="2023-10-01"),
        claim(11, 2, start="2023-09-07", end="2023-10-01"),
    ]

    (found,) = discrepancies(claims)

    assert found == {
        "kind": "date",
        "subject": "event start",
        "description": "Sources differ on when it started: 1 Sep 2023 (Liputan6.com) vs 7 Sep 2023 (detikNews)",
        "values": [
            {
                "value": "2023-09-01",
                "precision": "range",
                "label": "1 Sep – 1 Oct 2023",
                "claim_id": 10,
                "source_id": 1,
                "outlet": "Liputan6.com",
            },
            {
                "value": "2023-09-07",
                "precision": "range",
                "label": "7 Sep – 1 Oct 2023",
                "claim_id": 11,
                "source_id": 2,
                "outlet": "detikNews",
            },
        ],
    }


def test_1000_versus_2000_containers_is_a_figure_discrepancy_with_their_sources():
    claims = [claim(10, 1, figures=(figure("1000"),)), claim(11, 2, figures=(figure("2000.000"),))]

    (found,) = discrepancies(claims)

    assert found["kind"] == "figure"
    assert found["subject"] == "containers"
    assert found["description"] == "Sources differ on containers: 1,000 (Liputan6.com) vs 2,000 (detikNews)"
    assert [(v["value"], v["claim_id"], v["source_id"], v["outlet"]) for v in found["values"]] == [
        ("1000", 10, 1, "Liputan6.com"),
        ("2000", 11, 2, "detikNews"),
    ]


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

    assert [v["claim_id"] for v in found["values"]] == [10, 11, 12]


def test_different_dates_in_one_source_are_not_a_discrepancy():
    claims = [claim(10, 1, start="2023-09-01"), claim(11, 1, NORTH_KOREA, "denies", start="2023-09-07")]

    assert discrepancies(claims) == []


def test_figures_with_incomparable_qualifiers_or_units_do_not_conflict():
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"), figure("30", "ships"))),
        claim(11, 2, figures=(figure("2000", qualifier="exactly"), figure("30", "ships"))),
        claim(12, 3, figures=(figure("1000", qualifier="about"), figure("7", "rail cars"))),
    ]

    found = discrepancies(claims)

    assert [(f["kind"], f["subject"]) for f in found] == [("figure", "containers")]
    assert [v["claim_id"] for v in found[0]["values"]] == [12, 11]


def test_exactly_and_about_the_same_value_agree():
    claims = [
        claim(10, 1, figures=(figure("1000"),)),
        claim(11, 2, figures=(figure("1000", qualifier="about"),)),
    ]

    assert discrepancies(claims) == []


def test_lower_bounds_that_differ_are_reported_as_such():
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"),)),
        claim(11, 2, figures=(figure("2000", qualifier="at_least"),)),
    ]

    (found,) = discrepancies(claims)

    assert found["subject"] == "containers (lower bound)"
    assert found["description"] == (
        "Sources differ on containers (lower bound): more than 1,000 (Liputan6.com) vs at least 2,000 (detikNews)"
    )


def test_figure_values_in_one_source_only_do_not_conflict():
    claims = [claim(10, 1, figures=(figure("1000"), figure("2000")))]

    assert discrepancies(claims) == []

from briefs.assembly import assemble

from .builders import KIRBY, WHITE_HOUSE, brief, claim, figure, key_point, source


def test_figures_are_grouped_by_unit_qualifier_and_value_with_citations_and_key_points():
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"), figure("30", "ships"))),
        claim(11, 2, figures=(figure("1000.0", qualifier="more_than"),)),
        claim(12, 2, figures=(figure("2000"), figure("1000"))),
        claim(13, 1, figures=(figure("1500.5", "tonnes", "about"),)),
    ]
    points = (key_point(1, (11,)), key_point(2, (10, 11)))

    figures = assemble(brief(*points), claims, [source(1), source(2, "detikNews")])["figures"]

    assert [
        (f["label"], f["value"], f["key_point_ids"], [c["claim_id"] for c in f["citations"]]) for f in figures
    ] == [
        ("1,000 containers", "1000", [], [12]),
        ("2,000 containers", "2000", [], [12]),
        ("more than 1,000 containers", "1000", [1, 2], [10, 11]),
        ("30 ships", "30", [2], [10]),
        ("about 1,500.5 tonnes", "1500.5", [], [13]),
    ]


def test_sources_list_every_cited_source_by_publication_instant_then_id_and_nothing_else():
    sources = [
        source(3, "Kompas.com", published_at=None),
        source(2, "detikNews", published_at="2023-10-14T03:00:00+00:00", cited=("Reuters", "KCNA")),
        source(1, "Liputan6.com", published_at="2023-10-14T09:00:00+07:00", title="Korut kirim amunisi"),
        source(4, "Tempo.co", published_at="2023-10-14T09:00:00+07:00"),
        source(5, "Uncited.example"),
    ]
    claims = [claim(10, 3), claim(11, 2), claim(12, 1), claim(13, 4)]

    listed = assemble(brief(), claims, sources)["sources"]

    assert [s["id"] for s in listed] == [1, 4, 2, 3]
    assert listed[0] == {
        "id": 1,
        "outlet": "Liputan6.com",
        "outlet_kind": "news_site",
        "title": "Korut kirim amunisi",
        "published": {"value": "2023-10-14T09:00:00+07:00", "precision": "minute"},
        "cited_outlets": [],
    }
    assert listed[2]["cited_outlets"] == ["Reuters", "KCNA"]
    assert listed[3]["published"] == {"value": None, "precision": "unknown"}


def test_a_date_only_source_is_its_calendar_day_and_a_month_only_one_its_month_never_a_midnight():
    sources = [
        source(1, "Liputan6.com", published_at="2023-12-04T00:00:00+07:00", precision="day"),
        source(2, "Tribunnews", published_at="2022-11-01T00:00:00+07:00", precision="month"),
    ]
    snapshot = assemble(brief(key_point(1, (10, 11))), [claim(10, 1), claim(11, 2)], sources)

    by_id = {entry["id"]: entry["published"] for entry in snapshot["sources"]}
    assert by_id == {
        1: {"value": "2023-12-04", "precision": "day"},
        2: {"value": "2022-11", "precision": "month"},
    }
    citations = snapshot["key_points"][0]["positions"][0]["citations"]
    assert [(c["published"], c["published_precision"]) for c in citations] == [
        ("2022-11", "month"),
        ("2023-12-04", "day"),
    ]


def test_coverage_runs_through_the_newest_cited_source():
    sources = [
        source(1, "Liputan6.com", published_at="2023-10-17T00:00:00+07:00", precision="day"),
        source(2, "Okezone", published_at="2023-10-27T17:33:00+07:00"),
        source(3, "Kompas.com", published_at=None),
        source(4, "Uncited.example", published_at="2024-01-01T00:00:00+07:00"),
    ]
    claims = [claim(10, 1), claim(11, 2), claim(12, 3)]

    snapshot = assemble(brief(key_point(1, (10, 11, 12))), claims, sources)

    assert snapshot["coverage_through"] == {"value": "2023-10-27T17:33:00+07:00", "precision": "minute"}
    assert assemble(brief(), [claim(12, 3)], sources)["coverage_through"] is None


def test_a_figure_is_shown_once_with_its_unit_qualifier_date_speaker_and_every_report():
    quote = "lebih dari 1.000 kontainer peralatan militer dikirim ke Rusia"
    claims = [
        claim(
            10,
            1,
            WHITE_HOUSE,
            quote=quote,
            figures=(figure("1000", qualifier="more_than"),),
            said_on="2023-10-13",
        ),
        claim(11, 2, WHITE_HOUSE, quote=quote, figures=(figure("1000", qualifier="more_than"),)),
        claim(12, 3, WHITE_HOUSE, quote=quote, figures=(figure("1000", qualifier="more_than"),)),
        claim(13, 3, KIRBY, figures=(figure("1000", qualifier="more_than"),), said_on="2023-10-13"),
    ]
    sources = [source(1, "Liputan6.com"), source(2, "Okezone"), source(3, "EGINDO.co")]

    figures = assemble(brief(key_point(1, (10, 11, 12, 13))), claims, sources)["figures"]

    # One statement reported three times (two reports without a day) is one figure as of 13 Oct 2023;
    # Kirby saying the same number is another figure: who says it is part of it.
    assert [
        (f["label"], f["as_of"], f["speaker"]["name"], [c["claim_id"] for c in f["citations"]])
        for f in figures
    ] == [
        (
            "more than 1,000 containers",
            {"start": "2023-10-13", "end": None, "precision": "day"},
            "John Kirby",
            [13],
        ),
        (
            "more than 1,000 containers",
            {"start": "2023-10-13", "end": None, "precision": "day"},
            "White House",
            [10, 11, 12],
        ),
    ]

from briefs.assembly import assemble

from .builders import brief, claim, figure, key_point, source


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
        "published_at": "2023-10-14T09:00:00+07:00",
        "published_at_confidence": 1.0,
        "cited_outlets": [],
    }
    assert listed[2]["cited_outlets"] == ["Reuters", "KCNA"]

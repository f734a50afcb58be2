from briefs.assembly import assemble

from .builders import KIRBY, KREMLIN, NORTH_KOREA, WHITE_HOUSE, brief, claim, key_point, source


def test_positions_group_claims_by_actor_and_stance_in_stance_then_name_order():
    sources = [source(1, "Liputan6.com"), source(2, "detikNews"), source(3, "Kompas.com")]
    claims = [
        claim(10, 1, WHITE_HOUSE, "asserts"),
        claim(11, 2, WHITE_HOUSE, "asserts"),
        claim(12, 2, NORTH_KOREA, "denies"),
        claim(13, 3, KREMLIN, "denies"),
        claim(14, 3, KIRBY, "asserts"),
        claim(15, 1, WHITE_HOUSE, "condemns"),
    ]
    snapshot = assemble(brief(key_point(1, (10, 11, 12, 13, 14, 15))), claims, sources)

    matrix = [
        (p["actor"]["name"], p["stance"], [c["claim_id"] for c in p["citations"]])
        for p in snapshot["key_points"][0]["positions"]
    ]
    assert matrix == [
        ("John Kirby", "asserts", [14]),
        ("White House", "asserts", [10, 11]),
        ("White House", "condemns", [15]),
        ("Kremlin", "denies", [13]),
        ("North Korea", "denies", [12]),
    ]


def test_position_shows_the_actor_with_its_affiliation():
    snapshot = assemble(brief(key_point(1, (10,))), [claim(10, 1, KIRBY)], [source(1)])

    assert snapshot["key_points"][0]["positions"][0]["actor"] == {
        "id": 3,
        "slug": "john-kirby",
        "name": "John Kirby",
        "kind": "person",
        "affiliation": "White House",
    }


def test_citations_sort_by_source_publication_instant_then_claim_id():
    sources = [
        source(1, "A", published_at="2023-10-14T09:00:00+07:00"),  # 02:00 UTC
        source(2, "B", published_at="2023-10-14T03:00:00+00:00"),  # later, although it reads earlier
        source(3, "C", published_at=None),  # undated: last
        source(4, "D", published_at="2023-10-13T23:00:00+00:00"),
    ]
    claims = [claim(40, 3), claim(30, 2), claim(20, 1), claim(21, 1), claim(10, 4)]
    snapshot = assemble(brief(key_point(1, (40, 30, 20, 21, 10))), claims, sources)

    citations = snapshot["key_points"][0]["positions"][0]["citations"]
    assert [c["claim_id"] for c in citations] == [10, 20, 21, 30, 40]
    assert citations[1] == {
        "claim_id": 20,
        "source_id": 1,
        "outlet": "A",
        "quote": "kutipan 20",
        "published_at": "2023-10-14T09:00:00+07:00",
    }


def test_key_points_show_only_linked_claims_and_ignore_links_to_claims_not_given():
    claims = [claim(10, 1), claim(11, 1, NORTH_KOREA, "denies")]
    snapshot = assemble(brief(key_point(1, (10, 999))), claims, [source(1)])

    positions = snapshot["key_points"][0]["positions"]
    assert [(p["actor"]["name"], p["stance"]) for p in positions] == [("White House", "asserts")]

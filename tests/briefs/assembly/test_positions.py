from briefs.assembly import assemble

from .builders import KIRBY, KREMLIN, NORTH_KOREA, WHITE_HOUSE, brief, claim, key_point, source


def test_one_row_per_actor_with_its_position_derived_from_its_stances_and_the_acts_as_detail():
    sources = [source(1, "Liputan6.com"), source(2, "detikNews"), source(3, "Kompas.com")]
    claims = [
        claim(10, 1, WHITE_HOUSE, "asserts", quote="Korea Utara mengirim kontainer ke Rusia"),
        claim(11, 2, WHITE_HOUSE, "asserts", quote="Pyongyang memasok amunisi artileri"),
        claim(12, 2, NORTH_KOREA, "denies"),
        claim(13, 3, NORTH_KOREA, "condemns"),
        claim(14, 3, KIRBY, "warns"),
        claim(15, 1, WHITE_HOUSE, "condemns"),
        claim(16, 3, KREMLIN, "confirms"),
    ]
    snapshot = assemble(brief(key_point(1, (10, 11, 12, 13, 14, 15, 16))), claims, sources)

    matrix = [
        (p["actor"]["name"], p["position"], p["acts"], [c["claim_id"] for c in p["citations"]])
        for p in snapshot["key_points"][0]["positions"]
    ]
    # Supports first, disputes last; "condemns" beside "denies" is one disputing row, not two rows.
    assert matrix == [
        ("Kremlin", "supports", ["confirms"], [16]),
        ("White House", "supports", ["asserts", "condemns"], [10, 11, 15]),
        ("John Kirby", "unclear", ["warns"], [14]),
        ("North Korea", "disputes", ["condemns", "denies"], [12, 13]),
    ]


def test_an_actor_that_asserted_then_denied_is_mixed_with_the_dates_of_the_change():
    sources = [source(1, "Liputan6.com"), source(2, "detikNews"), source(3, "Kompas.com")]
    claims = [
        claim(10, 1, KREMLIN, "asserts", quote="kerja sama militer akan diperdalam", said_on="2023-09-13"),
        claim(11, 2, KREMLIN, "confirms", quote="pembicaraan soal senjata memang ada", said_on="2023-09-20"),
        claim(12, 3, KREMLIN, "denies", quote="tidak ada kesepakatan senjata apa pun", said_on="2023-10-17"),
        claim(13, 3, KREMLIN, "condemns", quote="tuduhan Barat tidak berdasar"),
    ]
    snapshot = assemble(brief(key_point(1, (10, 11, 12, 13))), claims, sources)

    (row,) = snapshot["key_points"][0]["positions"]
    assert (row["position"], row["acts"]) == ("mixed", ["asserts", "confirms", "condemns", "denies"])
    assert row["history"] == [
        {"position": "supports", "from": "2023-09-13", "until": "2023-09-20"},
        {"position": "disputes", "from": "2023-10-17", "until": "2023-10-17"},
    ]
    assert [(s["acts"], s["said_on"], s["claim_ids"]) for s in row["statements"]] == [
        (["asserts"], "2023-09-13", [10]),
        (["confirms"], "2023-09-20", [11]),
        (["denies"], "2023-10-17", [12]),
        (["condemns"], None, [13]),
    ]


def test_one_statement_quoted_by_two_outlets_is_one_statement_of_the_actor_with_two_reports():
    quote = "Kami mengutuk Korea Utara karena menyediakan peralatan militer ini kepada Rusia"
    sources = [source(1, "Liputan6.com"), source(2, "EGINDO.co")]
    claims = [
        claim(10, 1, KIRBY, "condemns", quote=quote, said_on="2023-10-13"),
        claim(11, 2, KIRBY, "condemns", quote=quote.replace("Korea Utara", "DPRK"), said_on="2023-10-13"),
    ]
    snapshot = assemble(brief(key_point(1, (10, 11))), claims, sources)

    (row,) = snapshot["key_points"][0]["positions"]
    assert [(s["said_on"], s["claim_ids"]) for s in row["statements"]] == [("2023-10-13", [10, 11])]
    assert row["history"] == []


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
        "said_on": None,
        "published": "2023-10-14T09:00:00+07:00",
        "published_precision": "minute",
    }


def test_key_points_show_only_linked_claims_and_ignore_links_to_claims_not_given():
    claims = [claim(10, 1), claim(11, 1, NORTH_KOREA, "denies")]
    snapshot = assemble(brief(key_point(1, (10, 999))), claims, [source(1)])

    positions = snapshot["key_points"][0]["positions"]
    assert [(p["actor"]["name"], p["acts"]) for p in positions] == [("White House", ["asserts"])]

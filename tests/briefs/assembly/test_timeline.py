from briefs.assembly import assemble

from .builders import KIRBY, NORTH_KOREA, WHITE_HOUSE, brief, claim, key_point, source

# Published after every event of these tests (a source never reports an event that had not begun).
LATER = "2025-01-02T09:00:00+07:00"


def test_timeline_orders_day_month_year_and_range_entries_by_the_documented_rule():
    claims = [
        claim(10, 1, paraphrase="Putin and Kim meet at Vostochny", start="2023-09-13"),
        claim(11, 1, paraphrase="Shipments begin", start="2023-09-01", precision="month"),
        claim(12, 1, paraphrase="Containers leave Rajin", start="2023-09-07", end="2023-10-01"),
        claim(13, 1, paraphrase="First ship sighted at Rajin", start="2023-09-01"),
        claim(14, 1, paraphrase="Arms trade deepens", start="2023-01-01", precision="year"),
        claim(15, 1, paraphrase="White House releases imagery", start="2023-10-13"),
        claim(16, 1, paraphrase="Satellite images of Rajin port", start="2023-09-07"),
        claim(17, 1, paraphrase="Lavrov visits Pyongyang", start="2023-10-18"),
        claim(18, 1, paraphrase="Pyongyang denies", start="2023-10-01", precision="month"),
    ]

    timeline = assemble(brief(), claims, [source(1, published_at=LATER)])["timeline"]

    assert [(e["label"], e["precision"], e["text"]) for e in timeline] == [
        ("2023", "year", "Arms trade deepens"),
        ("1 Sep 2023", "day", "First ship sighted at Rajin"),
        ("Sep 2023", "month", "Shipments begin"),
        ("7 Sep 2023", "day", "Satellite images of Rajin port"),
        ("7 Sep – 1 Oct 2023", "range", "Containers leave Rajin"),
        ("13 Sep 2023", "day", "Putin and Kim meet at Vostochny"),
        ("Oct 2023", "month", "Pyongyang denies"),
        ("13 Oct 2023", "day", "White House releases imagery"),
        ("18 Oct 2023", "day", "Lavrov visits Pyongyang"),
    ]
    assert [(e["date"], e["end"]) for e in timeline[3:5]] == [
        ("2023-09-07", None),
        ("2023-09-07", "2023-10-01"),
    ]


def test_month_and_year_entries_sit_at_the_first_day_of_their_period():
    claims = [
        claim(10, 1, paraphrase="During September", start="2023-09-20", precision="month"),
        claim(11, 1, paraphrase="During 2024", start="2024-06-05", precision="year"),
    ]

    timeline = assemble(brief(), claims, [source(1, published_at=LATER)])["timeline"]

    assert [(e["date"], e["label"]) for e in timeline] == [("2023-09-01", "Sep 2023"), ("2024-01-01", "2024")]


def test_a_dated_key_point_absorbs_its_claims_with_the_same_date():
    claims = [
        claim(10, 1, paraphrase="Over 1,000 containers shipped", start="2023-09-07", end="2023-10-01"),
        claim(11, 2, paraphrase="Shipments from Rajin", start="2023-09-07", end="2023-10-01"),
        claim(12, 2, NORTH_KOREA, "denies", paraphrase="Pyongyang denies any transfer", start="2023-10-13"),
        claim(13, 2, paraphrase="Undated claim"),
    ]
    point = key_point(
        1, (10, 11, 12, 13), statement="North Korea shipped munitions", start="2023-09-07", end="2023-10-01"
    )

    timeline = assemble(brief(point), claims, [source(1), source(2, "detikNews")])["timeline"]

    assert [
        (e["label"], e["text"], e["key_point_id"], [c["claim_id"] for c in e["citations"]]) for e in timeline
    ] == [
        ("7 Sep – 1 Oct 2023", "North Korea shipped munitions", 1, [10, 11]),
        ("13 Oct 2023", "Pyongyang denies any transfer", 1, [12]),
    ]


def test_one_shipment_dated_differently_by_its_sources_is_one_entry_with_the_variants_and_the_discrepancy():
    claims = [
        claim(10, 1, WHITE_HOUSE, paraphrase="Containers shipped", start="2023-09-01", end="2023-10-01"),
        claim(11, 2, WHITE_HOUSE, paraphrase="Containers moved", start="2023-09-07", end="2023-10-01"),
        claim(12, 2, KIRBY, paraphrase="Shipments in September", start="2023-09-01", precision="month"),
    ]
    point = key_point(
        1, (10, 11, 12), statement="North Korea shipped containers", start="2023-09-01", end="2023-10-01"
    )
    sources = [source(1, "EGINDO.co"), source(2, "Liputan6.com")]

    (entry,) = assemble(brief(point), claims, sources)["timeline"]

    assert (entry["label"], entry["text"], entry["key_point_id"]) == (
        "1 Sep – 1 Oct 2023",
        "North Korea shipped containers",
        1,
    )
    assert [c["claim_id"] for c in entry["citations"]] == [10, 11, 12]
    assert [(v["label"], v["outlets"], v["claim_ids"]) for v in entry["variants"]] == [
        ("1 Sep – 1 Oct 2023", ["EGINDO.co"], [10]),
        ("Sep 2023", ["Liputan6.com"], [12]),
        ("7 Sep – 1 Oct 2023", ["Liputan6.com"], [11]),
    ]
    assert entry["discrepancy"] == (
        "Sources differ on when it started: 1 Sep 2023 (EGINDO.co) vs Sep 2023 (Liputan6.com) "
        "vs 7 Sep 2023 (Liputan6.com)"
    )


def test_overlapping_dates_of_one_key_point_chain_into_one_event_and_distant_ones_stay_apart():
    claims = [
        claim(10, 1, paraphrase="Ships load at Rajin", start="2023-09-05"),
        claim(11, 1, paraphrase="Shipping window", start="2023-09-01", end="2023-09-10"),
        claim(12, 1, paraphrase="Rail cars leave Dunay", start="2023-09-08", end="2023-09-20"),
        claim(13, 2, paraphrase="A second wave", start="2023-11-20"),
    ]
    point = key_point(1, (10, 11, 12, 13), statement="Shipments")
    sources = [source(1), source(2, "detikNews", published_at=LATER)]

    timeline = assemble(brief(point), claims, sources)["timeline"]

    assert [(e["label"], e["text"], [c["claim_id"] for c in e["citations"]]) for e in timeline] == [
        ("1–10 Sep 2023", "Shipping window", [10, 11, 12]),
        ("20 Nov 2023", "A second wave", [13]),
    ]
    assert timeline[0]["discrepancy"] is None  # one source's dates never conflict with each other


def test_a_key_point_entry_without_dated_claims_rests_on_the_key_points_undated_claims():
    claims = [
        claim(10, 1, paraphrase="Cooperation deepens"),
        claim(11, 2, KIRBY, paraphrase="Pyongyang wants technology"),
        claim(12, 2, KIRBY, paraphrase="Talks in 2022", start="2022-03-01", precision="month"),
    ]
    point = key_point(
        1, (10, 11, 12), statement="Military cooperation deepens", start="2023-09-01", precision="month"
    )

    timeline = assemble(brief(point), claims, [source(1), source(2, "detikNews")])["timeline"]

    assert [(e["label"], [c["claim_id"] for c in e["citations"]]) for e in timeline] == [
        ("Mar 2022", [12]),
        ("Sep 2023", [10, 11]),
    ]
    assert all(entry["citations"] for entry in timeline)


def test_a_claim_on_two_key_points_is_dated_under_the_first_only():
    claims = [claim(10, 1, paraphrase="Containers moved", start="2023-09-07", end="2023-10-01")]
    points = (
        key_point(1, (10,), statement="Containers shipped", start="2023-09-01", end="2023-10-01"),
        key_point(2, (10,), statement="The route"),
    )

    timeline = assemble(brief(*points), claims, [source(1)])["timeline"]

    assert [(e["key_point_id"], e["text"]) for e in timeline] == [(1, "Containers shipped")]


def test_claims_with_the_same_date_and_text_share_one_entry_and_unlinked_claims_still_appear():
    claims = [
        claim(10, 1, quote="Korea Utara mengirim amunisi", start="2023-10-13"),
        claim(11, 2, quote="Korea Utara mengirim amunisi", start="2023-10-13"),
    ]

    (entry,) = assemble(brief(), claims, [source(1), source(2, "detikNews")])["timeline"]

    assert entry == {
        "date": "2023-10-13",
        "end": None,
        "precision": "day",
        "label": "13 Oct 2023",
        "text": "Korea Utara mengirim amunisi",
        "key_point_id": None,
        "citations": [
            {
                "claim_id": 10,
                "source_id": 1,
                "outlet": "Liputan6.com",
                "quote": "Korea Utara mengirim amunisi",
                "said_on": None,
                "published": "2023-10-14T09:00:00+07:00",
                "published_precision": "minute",
            },
            {
                "claim_id": 11,
                "source_id": 2,
                "outlet": "detikNews",
                "quote": "Korea Utara mengirim amunisi",
                "said_on": None,
                "published": "2023-10-14T09:00:00+07:00",
                "published_precision": "minute",
            },
        ],
        "variants": [
            {
                "value": "2023-10-13",
                "end": None,
                "precision": "day",
                "label": "13 Oct 2023",
                "claim_ids": [10, 11],
                "outlets": ["Liputan6.com", "detikNews"],
            }
        ],
        "discrepancy": None,
    }


def test_a_key_point_entry_comes_before_a_claim_entry_with_the_same_date_and_text():
    claims = [claim(10, 1, paraphrase="Shipments", start="2023-09-07")]
    point = key_point(1, (), statement="Shipments", start="2023-09-07")

    timeline = assemble(brief(point), claims, [source(1)])["timeline"]

    assert [(e["key_point_id"], len(e["citations"])) for e in timeline] == [(1, 0), (None, 1)]


def test_a_key_point_entry_cites_no_source_published_before_its_period_and_only_claims_that_state_it():
    claims = [
        claim(10, 1, paraphrase="Cooperation is deepening"),  # Nov 2022 article
        claim(11, 2, KIRBY, paraphrase="Pyongyang wants technology"),
        claim(12, 2, NORTH_KOREA, "denies", paraphrase="No cooperation at all"),
        claim(13, 2, WHITE_HOUSE, "pledges", paraphrase="We will not stay silent"),
        claim(14, 2, KIRBY, paraphrase="Talks planned", said_on="2023-08-01"),  # said before September
        claim(
            15, 3, WHITE_HOUSE, "confirms", paraphrase="Cooperation confirmed"
        ),  # published in Sep, day unknown
    ]
    point = key_point(
        1,
        (10, 11, 12, 13, 14, 15),
        statement="Military cooperation deepens",
        start="2023-09-01",
        precision="month",
    )
    sources = [
        source(1, "Tribunnews", published_at="2022-11-01T00:00:00+07:00", precision="month"),
        source(2, "Liputan6.com", published_at="2023-10-17T00:00:00+07:00", precision="day"),
        source(3, "Okezone", published_at="2023-09-01T00:00:00+07:00", precision="month"),
    ]

    (entry,) = assemble(brief(point), claims, sources)["timeline"]

    assert (entry["label"], [c["claim_id"] for c in entry["citations"]]) == ("Sep 2023", [15, 11])


def test_a_claim_said_before_the_period_it_dates_makes_no_entry():
    claims = [
        claim(10, 1, paraphrase="More shipments will follow", start="2023-11-01", precision="month"),
        claim(11, 2, paraphrase="Shipments arrived", start="2023-11-20"),
    ]
    sources = [source(1), source(2, "detikNews", published_at="2023-11-21T09:00:00+07:00")]

    timeline = assemble(brief(), claims, sources)["timeline"]

    assert [(e["label"], e["text"], [c["claim_id"] for c in e["citations"]]) for e in timeline] == [
        ("20 Nov 2023", "Shipments arrived", [11])
    ]
    assert all(
        citation["published"][:10] >= entry["date"] for entry in timeline for citation in entry["citations"]
    )


def test_a_denial_dated_within_the_event_is_an_entry_of_its_own_not_a_citation_of_the_event():
    claims = [
        claim(10, 1, paraphrase="Containers moved", start="2023-09-07", end="2023-10-01"),
        claim(11, 2, NORTH_KOREA, "denies", paraphrase="Pyongyang denies any shipment", start="2023-09-15"),
    ]
    point = key_point(1, (10, 11), statement="Containers shipped", start="2023-09-01", end="2023-10-01")

    timeline = assemble(brief(point), claims, [source(1), source(2, "detikNews")])["timeline"]

    assert [(e["label"], e["text"], [c["claim_id"] for c in e["citations"]]) for e in timeline] == [
        ("1 Sep – 1 Oct 2023", "Containers shipped", [10]),
        ("15 Sep 2023", "Pyongyang denies any shipment", [11]),
    ]

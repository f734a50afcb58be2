from briefs.assembly import assemble, diff_snapshots

from .builders import KIRBY, NORTH_KOREA, WHITE_HOUSE, brief, claim, key_point, source

SOURCES = [
    source(1, "Liputan6.com", cited=("Reuters",), published_at="2023-10-14T09:00:00+07:00"),
    source(2, "detikNews", cited=("Reuters",), published_at="2023-10-14T10:00:00+07:00"),
    source(3, "Kompas.com", published_at="2023-10-15T08:00:00+07:00", title="Pyongyang membantah"),
]
CLAIMS = [
    claim(
        10, 1, WHITE_HOUSE, paraphrase="Over 1,000 containers shipped", start="2023-09-07", end="2023-10-01"
    ),
    claim(11, 2, KIRBY),
    claim(12, 3, NORTH_KOREA, "denies", paraphrase="Pyongyang denies", start="2023-10-14"),
]
SHIPPED = key_point(1, (10, 11), statement="North Korea shipped over 1,000 containers of munitions to Russia")
DENIAL = key_point(2, (12,), statement="Pyongyang denies any arms transfer")


def snap(*points, claims=CLAIMS, sources=SOURCES, summary="Pyongyang ships munitions to Moscow."):
    return assemble(brief(*points, summary=summary), claims, sources)


def changes(old, new):
    return [(e["section"], e["change"], e["label"]) for e in diff_snapshots(old, new)]


def test_nothing_changed_gives_an_empty_list():
    assert diff_snapshots(snap(SHIPPED, DENIAL), snap(SHIPPED, DENIAL)) == []


def test_a_first_snapshot_is_all_added():
    entries = diff_snapshots(None, snap(SHIPPED))

    assert {e["change"] for e in entries} == {"added"}
    assert ("key_points", "added", SHIPPED.statement) in changes(None, snap(SHIPPED))
    assert [e["section"] for e in entries] == [
        "brief",
        "brief",
        "brief",
        "summary",
        "key_points",
        "timeline",
        "timeline",
        "sources",
        "sources",
        "sources",
    ]


def test_a_key_point_added_is_reported_with_its_content():
    (entry,) = [
        e for e in diff_snapshots(snap(SHIPPED), snap(SHIPPED, DENIAL)) if e["section"] == "key_points"
    ]

    assert entry["change"] == "added"
    assert entry["label"] == entry["key_point"] == "Pyongyang denies any arms transfer"
    assert entry["before"] is None
    assert entry["after"]["positions"][0]["actor"]["name"] == "North Korea"


def test_a_key_point_removed_is_reported_with_what_it_was_and_its_timeline_entry_unlinked():
    entry, timeline = diff_snapshots(snap(SHIPPED, DENIAL), snap(SHIPPED))

    assert (entry["section"], entry["change"], entry["label"]) == ("key_points", "removed", DENIAL.statement)
    assert entry["before"]["id"] == 2
    assert entry["after"] is None
    assert (timeline["section"], timeline["change"], timeline["label"]) == (
        "timeline",
        "changed",
        "14 Oct 2023 — Pyongyang denies",
    )
    assert (timeline["before"], timeline["after"]) == ({"key_point_id": 2}, {"key_point_id": None})


def test_a_reworded_key_point_shows_the_statement_before_and_after():
    reworded = key_point(1, (10, 11), statement="North Korea sent munitions to Russia by sea and rail")

    entries = diff_snapshots(snap(SHIPPED), snap(reworded))

    assert entries[0] == {
        "section": "key_points",
        "change": "changed",
        "label": "North Korea sent munitions to Russia by sea and rail",
        "key_point": "North Korea sent munitions to Russia by sea and rail",
        "before": {"statement": SHIPPED.statement},
        "after": {"statement": "North Korea sent munitions to Russia by sea and rail"},
        "note": "statement reworded",
        "key": 1,
        "key_point_id": 1,
    }
    assert [e["section"] for e in entries] == ["key_points"]


def test_a_position_added_to_a_key_point():
    widened = key_point(1, (10, 11, 12), statement=SHIPPED.statement)

    entries = diff_snapshots(snap(SHIPPED), snap(widened))

    position = next(e for e in entries if e["section"] == "positions")
    assert (position["change"], position["label"], position["key_point"]) == (
        "added",
        "North Korea disputes",
        SHIPPED.statement,
    )
    assert position["after"]["citations"][0]["claim_id"] == 12
    corroboration = next(e for e in entries if e["section"] == "corroboration")
    assert (
        corroboration["note"] == "reports 2 → 3; outlets 2 → 3; statements 2 → 3; independent origins 1 → 2"
    )


def test_a_citation_added_to_an_existing_position():
    claims = [*CLAIMS, claim(13, 3, WHITE_HOUSE)]
    before = snap(key_point(1, (10,), statement=SHIPPED.statement), claims=claims)
    after = snap(key_point(1, (10, 13), statement=SHIPPED.statement), claims=claims)

    entries = diff_snapshots(before, after)

    position = next(e for e in entries if e["section"] == "positions")
    assert (position["change"], position["label"]) == ("changed", "White House supports")
    assert [c["claim_id"] for c in position["before"]["citations"]] == [10]
    assert [c["claim_id"] for c in position["after"]["citations"]] == [10, 13]
    assert position["note"] == "1 citation added: Kompas.com (claim 13); statements changed"
    assert changes(before, after) == [
        ("positions", "changed", "White House supports"),
        ("corroboration", "changed", f"Corroboration: {SHIPPED.statement}"),
    ]


def test_a_timeline_entry_removed():
    before = snap(SHIPPED, DENIAL)
    after = snap(
        SHIPPED, DENIAL, claims=[c for c in CLAIMS if c.id != 12] + [claim(12, 3, NORTH_KOREA, "denies")]
    )

    entry = next(e for e in diff_snapshots(before, after) if e["section"] == "timeline")

    assert entry["change"] == "removed"
    assert entry["label"] == "14 Oct 2023 — Pyongyang denies"
    assert entry["key_point"] == DENIAL.statement
    assert entry["before"]["date"] == "2023-10-14"


def test_a_source_added():
    sources = [*SOURCES, source(4, "Antaranews.com", title="Korut bantah kirim senjata")]
    claims = [*CLAIMS, claim(14, 4, NORTH_KOREA, "denies")]

    assert changes(snap(), snap(claims=claims, sources=sources)) == [
        ("sources", "added", "Antaranews.com — Korut bantah kirim senjata")
    ]


def test_a_changed_summary():
    (entry,) = diff_snapshots(snap(SHIPPED), snap(SHIPPED, summary="Moscow receives shells from Pyongyang."))

    assert entry == {
        "section": "summary",
        "change": "changed",
        "label": "Summary",
        "key_point": None,
        "before": "Pyongyang ships munitions to Moscow.",
        "after": "Moscow receives shells from Pyongyang.",
        "note": "summary rewritten",
        "key": "summary",
        "key_point_id": None,
    }


def test_key_points_reordered_is_one_entry():
    moved = (key_point(1, (10, 11), position=3, statement=SHIPPED.statement), DENIAL)

    assert changes(snap(SHIPPED, DENIAL), snap(*moved)) == [("key_points", "changed", "Key point order")]


def test_a_new_key_point_shifting_positions_is_not_a_reorder():
    first = key_point(3, (), position=0, statement="Kim visits Vostochny")

    assert changes(snap(SHIPPED, DENIAL), snap(first, SHIPPED, DENIAL)) == [
        ("key_points", "added", "Kim visits Vostochny")
    ]


def test_a_discrepancy_appearing_is_reported_on_its_key_point():
    claims = [*CLAIMS[:1], claim(11, 2, KIRBY, start="2023-09-01", end="2023-10-01"), CLAIMS[2]]

    entries = diff_snapshots(snap(SHIPPED), snap(SHIPPED, claims=claims))

    discrepancy = next(e for e in entries if e["section"] == "discrepancies")
    assert (discrepancy["change"], discrepancy["label"], discrepancy["key_point"]) == (
        "added",
        "Conflicting dates: event start",
        SHIPPED.statement,
    )


def test_a_figure_gaining_a_citation_is_changed():
    from .builders import figure

    base = [claim(10, 1, figures=(figure("1000", qualifier="more_than"),)), claim(11, 2)]
    more = [base[0], claim(11, 2, figures=(figure("1000", qualifier="more_than"),))]

    (entry,) = diff_snapshots(snap(claims=base), snap(claims=more))

    assert (entry["section"], entry["change"], entry["label"]) == (
        "figures",
        "changed",
        "more than 1,000 containers",
    )
    assert entry["note"] == "1 citation added: detikNews (claim 11)"


def test_the_diff_order_is_deterministic():
    old, new = snap(SHIPPED), snap(DENIAL, summary="Changed.")

    assert diff_snapshots(old, new) == diff_snapshots(old, new)
    assert [e["section"] for e in diff_snapshots(old, new)][:3] == ["summary", "key_points", "key_points"]

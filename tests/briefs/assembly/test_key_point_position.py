"""An editor's position for a claim on its key points counts instead of its stance's direction: a
"condemns" that condemns the accusation disputes the key point; the statement says the editors set it."""

import pytest

from briefs.assembly import ClaimIn, assemble

from .builders import KIRBY, NORTH_KOREA, brief, claim, key_point, source


def positions(claims):
    snapshot = assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, [source(1), source(2)])
    return snapshot["key_points"][0]["positions"]


def test_condemns_alone_is_unclear_and_its_statement_says_nothing_more():
    (row,) = positions([claim(10, 1, NORTH_KOREA, "condemns")])
    assert row["position"] == "unclear"
    assert "position" not in row["statements"][0], "a snapshot without settings hashes as before"


def test_an_editors_position_decides_where_a_condemnation_stands():
    (row,) = positions([claim(10, 1, NORTH_KOREA, "condemns", key_point_position="disputes")])
    assert (row["position"], row["acts"]) == ("disputes", ["condemns"])
    assert row["statements"][0]["position"] == "disputes"


def test_a_set_position_overrides_the_stance_and_counts_with_the_others():
    (row,) = positions(
        [
            claim(10, 1, KIRBY, "asserts", said_on="2023-09-01"),
            claim(11, 2, KIRBY, "condemns", said_on="2023-10-01", key_point_position="disputes"),
        ]
    )
    assert row["position"] == "mixed"
    assert [(step["position"], step["from"]) for step in row["history"]] == [
        ("supports", "2023-09-01"),
        ("disputes", "2023-10-01"),
    ]


def test_an_unknown_position_is_refused():
    with pytest.raises(ValueError, match="key point position"):
        ClaimIn(
            id=1, source_id=1, speaker=NORTH_KOREA, stance="condemns", quote="x", key_point_position="maybe"
        )

"""The public history's entries: what changed, in a reader's terms, with no field name or internal id."""

import dataclasses
import re

from briefs.assembly import assemble, reader_diff

from .builders import KIRBY, NORTH_KOREA, WHITE_HOUSE, brief, claim, d, figure, key_point, source

SOURCES = [
    source(1, "Liputan6.com", title="Kontainer dikirim"),
    source(2, "detikNews", title="Bantahan Pyongyang"),
    source(3, "Kompas.com", title="Kapal di Rajin"),
]
CLAIMS = [
    claim(
        10,
        1,
        WHITE_HOUSE,
        quote="Kontainer dikirim ke utara.",
        figures=(figure("1000", qualifier="more_than"),),
    ),
    claim(11, 2, NORTH_KOREA, "denies", quote="Kami membantah.", start="2023-09-01"),
    # "At most 500" cannot be true with "more than 1,000" at once: adding it makes a discrepancy.
    claim(12, 3, KIRBY, quote="Kapal terlihat.", figures=(figure("500", qualifier="up_to"),)),
]
SHIPPED = key_point(1, (10,), statement="Containers went north.")
DENIAL = key_point(2, (11,), statement="Pyongyang denies.")


def snap(*points, claims=None, sources=SOURCES, summary="What we know.", **brief_fields):
    """The snapshot of these key points, from their claims only (every claim given is published)."""
    if claims is None:
        linked = {claim_id for point in points for claim_id in point.claim_ids}
        claims = [claim for claim in CLAIMS if claim.id in linked]
    return assemble(dataclasses.replace(brief(*points, summary=summary), **brief_fields), claims, sources)


def kinds(old, new) -> list[tuple[str, str | None]]:
    return [(entry["kind"], entry["text"]) for entry in reader_diff(old, new)]


def test_a_first_publication_is_summed_up_with_its_key_points():
    assert kinds(None, snap(SHIPPED, DENIAL)) == [
        ("first_publication", None),
        ("key_point_added", "Containers went north."),
        ("key_point_added", "Pyongyang denies."),
    ]
    assert reader_diff(None, snap(SHIPPED))[0]["counts"] == {"key_points": 1, "sources": 1}


def test_the_briefs_own_words_and_address():
    old = snap(SHIPPED)
    new = snap(SHIPPED, summary="Rewritten.", title="Arms for Russia", slug="arms", language="id")

    assert kinds(old, new) == [
        ("title_changed", "Arms for Russia"),
        ("address_changed", None),
        ("language_changed", "id"),
        ("summary_rewritten", None),
    ]
    assert reader_diff(old, new)[0]["detail"] == "North Korea's arms for Russia"


def test_key_points_added_removed_reworded_redated_and_reordered():
    reworded = dataclasses.replace(SHIPPED, statement="Containers went north by rail.")
    redated = dataclasses.replace(DENIAL, event_start=d("2023-10-01"), event_precision="day")

    assert kinds(snap(SHIPPED), snap(SHIPPED, DENIAL))[0] == ("key_point_added", "Pyongyang denies.")
    assert ("key_point_removed", "Pyongyang denies.") in kinds(snap(SHIPPED, DENIAL), snap(SHIPPED))
    assert ("key_point_reworded", "Containers went north by rail.") in kinds(snap(SHIPPED), snap(reworded))
    assert ("key_point_redated", "Pyongyang denies.") in kinds(snap(DENIAL), snap(redated))
    swapped = (dataclasses.replace(SHIPPED, position=3), DENIAL)
    assert ("key_points_reordered", None) in kinds(snap(SHIPPED, DENIAL), snap(*swapped))


def test_positions_and_citations_name_outlets_not_claims():
    both = dataclasses.replace(SHIPPED, claim_ids=(10, 12))
    entries = reader_diff(snap(SHIPPED), snap(both))

    (position,) = [entry for entry in entries if entry["kind"] == "position_added"]
    assert (position["text"], position["position"], position["key_point"]) == (
        "John Kirby",
        "supports",
        "Containers went north.",
    )
    assert any(entry["kind"] == "discrepancy_added" for entry in entries)

    cited = reader_diff(
        snap(SHIPPED),
        snap(dataclasses.replace(SHIPPED, claim_ids=(10, 13)), claims=[CLAIMS[0], claim(13, 3, WHITE_HOUSE)]),
    )
    (citations,) = [entry for entry in cited if entry["kind"] == "citations_changed"]
    assert (citations["text"], citations["added"], citations["removed"]) == (
        "White House",
        ["Kompas.com"],
        [],
    )


def test_an_actor_whose_position_changes_is_one_entry_with_the_new_position():
    denial = claim(14, 3, WHITE_HOUSE, "denies", quote="Tidak ada kontainer.")
    old = snap(SHIPPED)
    new = snap(dataclasses.replace(SHIPPED, claim_ids=(10, 14)), claims=[CLAIMS[0], denial])

    (changed,) = [entry for entry in reader_diff(old, new) if entry["kind"] == "position_changed"]
    assert (changed["text"], changed["position"], changed["key_point"]) == (
        "White House",
        "mixed",
        "Containers went north.",
    )


def test_sources_corrected_added_and_removed_by_outlet_and_headline():
    corrected = [dataclasses.replace(SOURCES[0], title="Judul baru"), *SOURCES[1:]]

    assert ("source_corrected", "Liputan6.com") in kinds(snap(SHIPPED), snap(SHIPPED, sources=corrected))
    entry = [
        e
        for e in reader_diff(snap(SHIPPED), snap(SHIPPED, sources=corrected))
        if e["kind"] == "source_corrected"
    ]
    assert entry[0]["detail"] == "Judul baru"
    assert ("source_added", "detikNews") in kinds(snap(SHIPPED), snap(SHIPPED, DENIAL))


def test_no_entry_carries_an_id_or_a_field_name():
    old = snap(SHIPPED)
    new = snap(dataclasses.replace(SHIPPED, claim_ids=(10, 12)), DENIAL, summary="New.", slug="arms")
    words = " ".join(
        str(value)
        for entry in reader_diff(old, new)
        for key, value in entry.items()
        if key in ("text", "detail", "key_point", "added", "removed")
    )

    assert not re.search(r"\bclaim\s*\d+|_|\b1[0-3]\b|\(untitled\)", words), words


def test_each_entry_says_what_it_is_about_by_id():
    """A page in another language words an entry by these, not by its English text."""
    old = snap(SHIPPED)
    new = snap(dataclasses.replace(SHIPPED, claim_ids=(10, 12)))
    about = {
        entry["kind"]: (entry["section"], entry["key"], entry["key_point_id"], entry["actor_id"])
        for entry in reader_diff(old, new)
    }

    assert about["position_added"] == ("positions", (KIRBY.id, None), 1, KIRBY.id)
    assert about["figure_added"] == ("figures", ("containers", "up_to", "500", None, KIRBY.id), None, None)


def test_a_disagreement_entry_says_whether_it_is_about_a_date_or_a_figure():
    both = dataclasses.replace(SHIPPED, claim_ids=(10, 12))
    (discrepancy,) = [e for e in reader_diff(snap(SHIPPED), snap(both)) if e["kind"] == "discrepancy_added"]

    assert discrepancy["key"][0] in {"date", "figure"}
    assert discrepancy["key"][1] == discrepancy["text"]

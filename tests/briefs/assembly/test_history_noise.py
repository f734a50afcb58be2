"""The public change list names each change once, for what changed: an actor's new Indonesian name is one
entry under the actor (not one per row, figure or affiliated speaker that shows it), and a figure or
timeline entry that only gained a report reads as newly sourced, not corrected."""

import dataclasses

from briefs.assembly import assemble, diff_cited, diff_snapshots, reader_diff, without_repeats

from .builders import KIRBY, WHITE_HOUSE, brief, claim, figure, key_point, source

SOURCES = [source(1, "Liputan6.com"), source(2, "detikNews"), source(3, "Kompas.com")]
WHITE_HOUSE_ID = dataclasses.replace(WHITE_HOUSE, name_indonesian="Gedung Putih")
# The assembly inputs give an affiliated speaker its affiliation's Indonesian name.
KIRBY_ID = dataclasses.replace(KIRBY, affiliation_indonesian="Gedung Putih")


def claims(white_house=WHITE_HOUSE, kirby=KIRBY, *extra):
    """White House and John Kirby each speak on both key points and each state a figure."""
    return [
        claim(10, 1, white_house, figures=(figure("1000", qualifier="more_than"),), start="2023-09-01"),
        claim(11, 2, white_house),
        claim(12, 3, kirby, figures=(figure("500", qualifier="up_to"),)),
        claim(13, 1, kirby),
        *extra,
    ]


def snap(claim_list):
    points = (
        key_point(1, (10, 12, 14), statement="Containers went north."),
        key_point(2, (11, 13), statement="Ships were seen."),
    )
    return assemble(brief(*points), claim_list, SOURCES)


def test_an_actors_indonesian_name_is_one_entry_under_the_actor():
    old, new = snap(claims()), snap(claims(WHITE_HOUSE_ID, KIRBY_ID))

    (entry,) = reader_diff(old, new)

    assert (entry["kind"], entry["text"], entry["details"]) == (
        "speaker_updated",
        "White House",
        ["name_indonesian"],
    )


def test_the_reviewer_sees_the_actor_once_too():
    old, new = snap(claims()), snap(claims(WHITE_HOUSE_ID, KIRBY_ID))

    (entry,) = diff_snapshots(old, new)

    assert (entry["section"], entry["label"], entry["note"]) == (
        "actors",
        "White House",
        "actor's Indonesian name changed",
    )
    assert (entry["before"], entry["after"]) == (
        {"name_indonesian": None},
        {"name_indonesian": "Gedung Putih"},
    )


def test_the_cited_actors_edit_is_not_listed_again_for_the_reviewer():
    old, new = snap(claims()), snap(claims(WHITE_HOUSE_ID, KIRBY_ID))
    actor = {"id": WHITE_HOUSE.id, "name": "White House", "name_indonesian": ""}
    description = {"description_indonesian": "Kantor presiden"}
    cited_before = {"actors": [actor]}
    cited_after = {"actors": [{**actor, "name_indonesian": "Gedung Putih", **description}]}

    entries = without_repeats(diff_snapshots(old, new), diff_cited(cited_before, cited_after))

    assert [(entry["section"], entry["label"], entry["note"]) for entry in entries] == [
        ("actors", "White House", "actor's Indonesian name changed"),
        ("actors", "White House", "actor's Indonesian description changed"),
    ]


def test_an_affiliations_new_name_is_told_under_the_speaker_when_the_brief_does_not_name_it():
    only_kirby = [claim(12, 3, KIRBY), claim(13, 1, KIRBY)]
    renamed = [claim(12, 3, KIRBY_ID), claim(13, 1, KIRBY_ID)]

    assert [(e["kind"], e["text"], e["details"]) for e in reader_diff(snap(only_kirby), snap(renamed))] == [
        ("speaker_updated", "John Kirby", ["affiliation_indonesian"])
    ]


def test_a_figure_with_a_new_report_reads_as_newly_sourced():
    again = claim(14, 2, WHITE_HOUSE, figures=(figure("1000", qualifier="more_than"),))
    old, new = snap(claims()), snap(claims(WHITE_HOUSE, KIRBY, again))

    figures = [entry for entry in reader_diff(old, new) if entry["kind"].startswith("figure_")]

    assert [(e["kind"], e["text"], e["added"], e["removed"]) for e in figures] == [
        ("figure_sources_changed", "more than 1,000 containers", ["detikNews"], [])
    ]
    dropped = [e["kind"] for e in reader_diff(new, old) if e["kind"].startswith("figure_")]
    assert dropped == ["figure_sources_changed"]


def test_a_figure_changed_beyond_its_reports_is_still_corrected():
    old = snap(claims())
    figure_then = old["figures"][0]
    # Same identity (unit, qualifier, value, date start, speaker), another label and one report less.
    figure_now = {**figure_then, "label": "over 1,000 containers", "citations": []}
    new = {**old, "figures": [figure_now, *old["figures"][1:]]}

    assert [e["kind"] for e in reader_diff(old, new)] == ["figure_corrected"]


def test_a_timeline_entry_with_a_new_report_reads_as_newly_sourced():
    same_event = claim(14, 2, WHITE_HOUSE, quote="kutipan 10", start="2023-09-01")
    old, new = snap(claims()), snap(claims(WHITE_HOUSE, KIRBY, same_event))

    timeline = [entry for entry in reader_diff(old, new) if entry["kind"].startswith("timeline_")]

    assert [(e["kind"], e["added"], e["removed"]) for e in timeline] == [
        ("timeline_sources_changed", ["detikNews"], [])
    ]


def test_a_timeline_entry_whose_end_changed_is_corrected():
    old = snap(claims())
    new = {**old, "timeline": [{**old["timeline"][0], "end": "2023-09-03"}]}

    assert [e["kind"] for e in reader_diff(old, new)] == ["timeline_corrected"]


def test_the_testers_revision_lists_each_change_once():
    """The reported case: a claim added, White House given an Indonesian name (John Kirby speaks for
    it), a figure and a timeline entry newly sourced."""
    added = claim(
        14,
        2,
        WHITE_HOUSE,
        figures=(figure("1000", qualifier="more_than"),),
        quote="kutipan 10",
        start="2023-09-01",
    )
    old, new = snap(claims()), snap(claims(WHITE_HOUSE_ID, KIRBY_ID, added))

    entries = reader_diff(old, new)

    assert [e["kind"] for e in entries].count("speaker_updated") == 1
    assert "figure_corrected" not in [e["kind"] for e in entries]
    assert "timeline_corrected" not in [e["kind"] for e in entries]
    assert [(e["kind"], e["text"]) for e in entries if e["kind"].endswith("sources_changed")] == [
        ("timeline_sources_changed", "1 Sep 2023 — kutipan 10"),
        ("figure_sources_changed", "more than 1,000 containers"),
    ]

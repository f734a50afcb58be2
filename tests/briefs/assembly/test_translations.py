"""The editors' translations in a snapshot: present only when written, deterministic, and named in the
reviewer's diff."""

from dataclasses import replace

from briefs.assembly import assemble, diff_snapshots, snapshot_hash

from .test_diff import CLAIMS, DENIAL, SHIPPED, SOURCES, brief, snap


def translated(*, quote_english: str = "", title: str = "", summary: str = "", statement: str = "") -> dict:
    claims = [replace(CLAIMS[0], quote_english=quote_english), *CLAIMS[1:]]
    shipped = replace(SHIPPED, statement_indonesian=statement)
    return assemble(
        replace(brief(shipped, DENIAL), title_indonesian=title, summary_indonesian=summary), claims, SOURCES
    )


def test_a_brief_nobody_translated_has_the_snapshot_and_hash_it_had_before_translations():
    untranslated = translated(quote_english="  ", title="", summary="", statement="")

    assert untranslated == snap(SHIPPED, DENIAL)
    assert snapshot_hash(untranslated) == snapshot_hash(snap(SHIPPED, DENIAL))


def test_translations_are_part_of_the_content_and_hash_the_same_every_time():
    words = {
        "quote_english": "We condemn North Korea",
        "title": "Transfer senjata",
        "summary": "Pyongyang memasok amunisi.",
        "statement": "Korea Utara mengirim kontainer",
    }
    first, again = translated(**words), translated(**words)

    assert snapshot_hash(first) == snapshot_hash(again)
    assert snapshot_hash(first) != snapshot_hash(snap(SHIPPED, DENIAL))
    assert (first["title_indonesian"], first["summary_indonesian"]) == (words["title"], words["summary"])
    point = next(point for point in first["key_points"] if point["id"] == SHIPPED.id)
    assert point["statement_indonesian"] == words["statement"]
    quoted = [c for p in point["positions"] for c in p["citations"] if c["claim_id"] == CLAIMS[0].id]
    assert [citation["quote_english"] for citation in quoted] == [words["quote_english"]]


def test_the_review_diff_names_each_changed_translation():
    before = translated(quote_english="We condemn it", title="Transfer senjata")
    after = translated(
        quote_english="We condemn North Korea", title="Transfer senjata Rusia", statement="Poin"
    )

    entries = diff_snapshots(before, after)
    notes = [entry["note"] for entry in entries]

    assert ("brief", "Indonesian title", "Indonesian title changed") in [
        (entry["section"], entry["label"], entry["note"]) for entry in entries
    ]
    assert any(note and "Indonesian statement changed" in note for note in notes)
    assert any(
        note and note.startswith("English rendering changed:") and f"(claim {CLAIMS[0].id})" in note
        for note in notes
    )
    assert diff_snapshots(after, after) == []

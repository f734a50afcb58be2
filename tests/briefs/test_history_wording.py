"""The history's words in Indonesian are found by what each change is about, not by its English words."""

import dataclasses

from django.utils import translation

from briefs.assembly import reader_diff
from briefs.history_wording import history_wording
from tests.briefs.assembly.test_history import CLAIMS, SHIPPED, snap


def test_two_key_points_worded_alike_in_english_keep_their_own_indonesian_statements():
    first = dataclasses.replace(SHIPPED, statement_indonesian="Kontainer dikirim ke utara.")
    second = dataclasses.replace(
        SHIPPED, id=2, position=2, claim_ids=(12,), statement_indonesian="Kontainer lain dikirim ke utara."
    )
    old, new = snap(first), snap(first, second, claims=[CLAIMS[0], CLAIMS[2]])

    with translation.override("id"):
        wording = history_wording(old, new)
    (added,) = [entry for entry in reader_diff(old, new) if entry["kind"] == "key_point_added"]

    assert added["text"] == first.statement, "the same English words as the first key point"
    assert wording.words(added, "text", "statement") == "Kontainer lain dikirim ke utara."


def test_an_english_page_has_no_words_to_look_up():
    with translation.override("en"):
        wording = history_wording(None, snap(SHIPPED))
    (first, added) = reader_diff(None, snap(SHIPPED))
    assert wording.words(added, "text", "statement") is None

"""Confidence from measured counts: a kind of evidence is sure only when many examples show it is right."""

from __future__ import annotations

from briefs.suggestions.confidence import (
    AMBIGUOUS_CEILING,
    MEASURED,
    UNMEASURED,
    confidence_for,
    grade,
    table,
)
from briefs.suggestions.evaluation import CONFIDENT


def test_all_right_in_a_few_examples_is_a_hint_all_right_in_many_is_sure():
    assert grade(5, 5) < CONFIDENT <= grade(40, 40)
    assert grade(0, 0) == 0.0


def test_hints_keep_their_order_below_the_line():
    assert grade(10, 20) < grade(17, 20) < grade(19, 20) < CONFIDENT


def test_an_evidence_right_five_times_in_six_is_no_confident_suggestion():
    calibrated = table({"reported, name, state": (30, 25)})
    assert confidence_for("reported, name, state", calibrated) < CONFIDENT


def test_an_evidence_right_in_nearly_every_one_of_many_examples_is_confident():
    calibrated = table({"direct, name, person": (60, 60)})
    assert confidence_for("direct, name, person", calibrated) >= 0.9


def test_a_rare_evidence_leans_on_the_same_speaker_evidence_in_other_statements():
    alone = table({"inline, role, person": (2, 1)})
    pooled = table({"direct, role, person": (40, 40), "inline, role, person": (2, 1)})
    shaky = table({"direct, role, person": (40, 30), "inline, role, person": (2, 1)})
    rare = "inline, role, person"
    assert confidence_for(rare, alone) < confidence_for(rare, pooled), "many right examples lend it trust"
    assert confidence_for(rare, shaky) < confidence_for(rare, pooled), "a pool often wrong lends less"


def test_lent_examples_never_make_an_evidence_confident():
    # Four right of four, leaning on a pool right every time: still a hint to check, since leaving
    # articles out showed such kinds wrong once in ten when they were trusted.
    calibrated = table({"direct, role, person": (40, 40), "inline, role, person": (4, 4)})
    assert (
        confidence_for("inline, role, person", calibrated)
        < CONFIDENT
        <= confidence_for("direct, role, person", calibrated)
    )


def test_an_evidence_never_measured_is_a_guess():
    assert confidence_for("menurut, conduit, media", table({})) == UNMEASURED < CONFIDENT


def test_an_ambiguous_speaker_is_never_more_than_a_hint_whatever_the_counts():
    calibrated = table({"direct, ambiguous, unnamed": (50, 50)})
    assert confidence_for("direct, ambiguous, unnamed", calibrated) == AMBIGUOUS_CEILING


def test_the_committed_counts_are_counts():
    assert all(0 <= right <= seen for seen, right in MEASURED.values())

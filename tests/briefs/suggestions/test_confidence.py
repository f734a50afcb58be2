"""Confidence from measured counts: a kind of evidence is sure only when many examples show it is right."""

from __future__ import annotations

from briefs.suggestions.confidence import (
    AMBIGUOUS_CEILING,
    MEASURED,
    UNMEASURED,
    confidence_for,
    lower_bound,
    table,
)
from briefs.suggestions.evaluation import CONFIDENT


def test_all_right_in_a_few_examples_is_less_sure_than_all_right_in_many():
    assert lower_bound(5, 5) < lower_bound(40, 40) < 1.0
    assert lower_bound(0, 0) == 0.0


def test_an_evidence_right_five_times_in_six_is_no_confident_suggestion():
    calibrated = table({"reported, name, state": (30, 25)})
    assert confidence_for("reported, name, state", calibrated) < CONFIDENT


def test_an_evidence_right_in_nearly_every_one_of_many_examples_is_confident():
    calibrated = table({"direct, name, person": (60, 60)})
    assert confidence_for("direct, name, person", calibrated) >= 0.9


def test_a_rare_evidence_borrows_from_the_same_speaker_evidence_in_other_statements():
    calibrated = table({"direct, role, person": (30, 30), "inline, role, person": (2, 2)})
    assert confidence_for("inline, role, person", calibrated) == confidence_for(
        "direct, role, person", calibrated
    )


def test_an_evidence_never_measured_is_a_guess():
    assert confidence_for("menurut, conduit, media", table({})) == UNMEASURED < CONFIDENT


def test_an_ambiguous_speaker_is_never_more_than_a_hint_whatever_the_counts():
    calibrated = table({"direct, ambiguous, unnamed": (50, 50)})
    assert confidence_for("direct, ambiguous, unnamed", calibrated) == AMBIGUOUS_CEILING


def test_the_committed_counts_are_counts():
    assert all(0 <= right <= seen for seen, right in MEASURED.values())

"""`python -m bench.calibrate`: the counts behind the confidence table, from suggestions and gold."""

from __future__ import annotations

from types import SimpleNamespace

from bench.calibrate import confident_wrong, count, observations
from briefs.suggestions.confidence import table

GOLD = [
    {"quote_start": "pasokan peluru berlanjut", "speaker": "john-kirby"},
    {"quote_start": "tidak ada transaksi", "speaker": "dmitry-peskov"},
]


def made(quote, key, evidence):
    return SimpleNamespace(
        quote=quote, speaker_key=key, speaker_text="", speaker_name="", speaker_role="", evidence=evidence
    )


def test_each_suggestion_that_quotes_gold_counts_once_for_its_evidence_right_or_wrong():
    suggestions = [
        made("Kata dia, pasokan peluru berlanjut hingga kini", "john-kirby", "direct, name, person"),
        made("tidak ada transaksi senjata", "russia", "reported, name, state"),
        made("kalimat yang tidak ada di gold", "russia", "reported, name, state"),
    ]
    observed = observations(GOLD, suggestions)
    assert count(observed) == {"direct, name, person": (1, 1), "reported, name, state": (1, 0)}


def test_a_table_measured_elsewhere_is_checked_by_the_confident_wrong_it_gives():
    calibrated = table({"direct, name, person": (50, 50), "reported, name, state": (30, 24)})
    observed = [("direct, name, person", True), ("reported, name, state", False)]
    assert confident_wrong(observed, calibrated) == (1, 0), "the unsure kind is a hint, not a confident error"

"""evaluate(): matching suggestions to gold by span start and speaker."""

from __future__ import annotations

from briefs.suggestions.engine import Suggestion
from briefs.suggestions.evaluation import evaluate, format_report


def made(quote, speaker, stance="asserts"):
    return Suggestion(quote, 0, len(quote), speaker, speaker or "", stance, 0.9, "kata")


GOLD = {
    "a": [
        {"quote_start": "kapal itu berlayar", "speaker": "john-kirby", "stance": "asserts"},
        {"quote_start": "tidak ada   kesepakatan", "speaker": "russia", "stance": "denies"},
    ]
}


def test_a_suggestion_matches_when_its_span_contains_the_start_and_the_speaker_agrees():
    result = evaluate(
        {
            "a": [
                made("kemarin kapal itu berlayar ke Rajin", "john-kirby"),
                made("tidak ada kesepakatan", "russia"),
            ]
        },
        GOLD,
    )
    assert (result["precision"], result["recall"], result["stance_accuracy"]) == (1.0, 1.0, 0.5)


def test_wrong_speaker_counts_against_both_but_not_span_recall():
    result = evaluate({"a": [made("kapal itu berlayar", "white-house")]}, GOLD)
    assert (result["precision"], result["recall"], result["span_recall"]) == (0.0, 0.0, 0.5)
    assert result["articles"]["a"]["missed"][0]["speaker"] == "john-kirby"


def test_one_suggestion_matches_one_gold_item_only():
    doubled = {"a": [GOLD["a"][0], GOLD["a"][0]]}
    result = evaluate({"a": [made("kapal itu berlayar", "john-kirby")]}, doubled)
    assert result["matched"] == 1 and result["recall"] == 0.5


def test_dict_suggestions_and_missing_articles_are_accepted():
    result = evaluate({"b": [{"quote": "x y z", "speaker_key": None, "stance": "asserts"}]}, GOLD)
    assert result["suggestions"] == 1 and result["gold"] == 2 and result["precision"] == 0.0
    assert result["precision_resolved"] == 0.0
    assert "precision" in format_report(result)

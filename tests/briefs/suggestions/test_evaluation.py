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


def spoken(quote, speaker_key, speaker_text, confidence=0.9):
    return Suggestion(quote, 0, len(quote), speaker_key, speaker_text, "asserts", confidence, "kata")


OPEN = {
    "b": [
        # A speaker the actor registry does not know yet: found by the words that name him.
        {"quote_start": "pelabuhan itu ditutup", "speaker": None, "names": ["Hartono"], "stance": "asserts"},
        # An unnamed official: the state he speaks for is accepted too.
        {"quote_start": "kapal itu kosong", "speaker": "kremlin", "accept": ["russia"], "stance": "denies"},
    ]
}


def test_an_unregistered_speaker_is_right_when_the_speaker_words_name_him_and_no_actor_is_claimed():
    named = evaluate({"b": [spoken("pelabuhan itu ditutup sejak pagi", None, "analis Budi Hartono")]}, OPEN)
    pronoun = evaluate({"b": [spoken("pelabuhan itu ditutup sejak pagi", None, "dia")]}, OPEN)
    claimed = evaluate({"b": [spoken("pelabuhan itu ditutup sejak pagi", "russia", "Hartono")]}, OPEN)

    assert (named["matched"], pronoun["matched"], claimed["matched"]) == (1, 0, 0)
    assert pronoun["span_matched"] == claimed["span_matched"] == 1


def test_an_accepted_actor_counts_as_the_right_speaker():
    result = evaluate({"b": [spoken("kapal itu kosong", "russia", "pejabat Rusia")]}, OPEN)

    assert result["matched"] == 1


def test_confident_suggestions_with_the_wrong_speaker_are_counted_and_listed():
    suggestions = [
        spoken("kapal itu kosong", "north-korea", "Pyongyang", confidence=0.75),  # confident and wrong
        spoken("pelabuhan itu ditutup", "japan", "Jepang", confidence=0.45),  # wrong but labelled a guess
        spoken("cuaca cerah di Rajin", "japan", "Jepang", confidence=0.9),  # quotes no gold statement
    ]
    result = evaluate({"b": suggestions}, OPEN)

    assert (result["confident_located"], result["confident_wrong_speaker"]) == (1, 1)
    assert result["wrong_speaker_rate"] == 1.0
    assert result["suggestions_per_gold"] == 1.5
    assert [item["speaker_key"] for item in result["articles"]["b"]["confident_wrong_speaker"]] == [
        "north-korea"
    ]
    assert [item["quote_start"] for item in result["articles"]["b"]["span_missed"]] == []


def test_an_unregistered_speaker_is_right_by_the_name_the_suggestion_gives_even_behind_a_pronoun():
    gold = {
        "a": [{"quote_start": "kapal itu berlayar", "speaker": None, "names": ["Ignat"], "stance": "asserts"}]
    }
    by_pronoun = Suggestion("kapal itu berlayar", 0, 18, None, "Dia", "asserts", 0.8, "kata", "Yuriy Ignat")
    unnamed = Suggestion("kapal itu berlayar", 0, 18, None, "Dia", "asserts", 0.8, "kata")

    assert evaluate({"a": [by_pronoun]}, gold)["recall"] == 1.0
    assert evaluate({"a": [unnamed]}, gold)["recall"] == 0.0

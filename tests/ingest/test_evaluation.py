"""score_article(): the matching rules `make eval` uses for metadata and cleaning, on hand-made articles.

The articles are built directly (not through the pipeline) so that these tests pin the scoring rules,
whatever the extraction rules do.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from ingest.evaluation import ArticleGold, PublishedGold, contains_phrase, score_article
from ingest.pipeline import ArticleMetadata, ProcessedArticle, load_default_profiles

WIB = timezone(timedelta(hours=7))
PROFILES = load_default_profiles()
BODY = (
    "MOSKWA, KOMPAS.com - Juru bicara itu mengatakan kapal barang tiba di Rajin.\n\n"
    "Menurut dia, muatannya tidak diperiksa."
)


def article(body: str = BODY, **metadata) -> ProcessedArticle:
    values = {
        "title": "Kapal Barang Tiba di Rajin",
        "published_at": datetime(2024, 3, 5, 14, 20, tzinfo=WIB),
        "published_at_confidence": 0.95,
        "dateline": "Moskwa",
        "cited_outlets": ("AP", "Reuters"),
        "outlet_key": "kompas",
    } | metadata
    return ProcessedArticle(
        raw_text=body, body=body, removed=(), metadata=ArticleMetadata(**values), content_hash="x"
    )


def gold(**changes) -> ArticleGold:
    values = {
        "key": "a",
        "outlet_domain": "internasional.kompas.com",
        "title": "kapal barang  tiba di RAJIN",
        "published": PublishedGold.parse({"value": "2024-03-05T14:20+07:00", "precision": "minute"}),
        "dateline": "MOSKWA",
        "cited": ("Associated Press", "Reuters"),
        "clutter": ("Baca juga: Harga minyak",),
        "keep": ("muatannya   tidak diperiksa",),
    } | changes
    return ArticleGold(**values)


def test_an_article_that_matches_its_gold_scores_right_on_every_check():
    score = score_article(gold(), article(), PROFILES)

    assert {name: check.ok for name, check in score.fields.items()} == dict.fromkeys(score.fields, True)
    assert [check.ok for check in score.clutter + score.kept] == [True, True]
    assert (score.cited_expected, score.cited_got, score.cited_both) == (2, 2, 2)
    assert score.misses() == []


def test_an_outlet_the_registry_does_not_know_is_never_recognised():
    score = score_article(gold(outlet_domain="beritacontoh.id"), article(outlet_key=None), PROFILES)

    assert score.fields["outlet"].ok is False
    assert ("outlet", "beritacontoh.id", None) in score.misses()


def test_a_wrong_outlet_and_a_caption_taken_for_the_title_are_misses():
    score = score_article(gold(), article(outlet_key="reuters", title="Foto: kapal di pelabuhan"), PROFILES)

    assert not score.fields["outlet"].ok and score.fields["outlet"].got == "reuters.com"
    assert not score.fields["title"].ok


@pytest.mark.parametrize(
    ("published", "got", "ok"),
    [
        # The same minute written in another zone is the same time.
        (
            {"value": "2024-03-05T15:20+08:00", "precision": "minute"},
            datetime(2024, 3, 5, 14, 20, tzinfo=WIB),
            True,
        ),
        # The right day without the printed time is not the minute the page gives.
        ({"value": "2024-03-05T14:20+07:00", "precision": "minute"}, datetime(2024, 3, 5, tzinfo=WIB), False),
        ({"value": "2024-03-05", "precision": "day"}, datetime(2024, 3, 5, 23, 59, tzinfo=WIB), True),
        ({"value": "2024-03-05", "precision": "day"}, datetime(2024, 3, 4, tzinfo=WIB), False),
        ({"value": "2024-03", "precision": "month"}, datetime(2024, 3, 30, tzinfo=WIB), True),
    ],
)
def test_dates_are_compared_at_the_gold_precision(published, got, ok):
    score = score_article(gold(published=PublishedGold.parse(published)), article(published_at=got), PROFILES)

    assert score.fields["date"].ok is ok


def test_without_a_gold_date_only_no_date_or_a_labelled_guess_is_right():
    undated = gold(published=None)
    guess = article(published_at=datetime(2022, 2, 24, tzinfo=WIB), published_at_confidence=0.35)
    stated = article(published_at=datetime(2022, 2, 24, tzinfo=WIB), published_at_confidence=0.6)

    assert (
        score_article(undated, article(published_at=None, published_at_confidence=0.0), PROFILES)
        .fields["date"]
        .ok
    )
    assert score_article(undated, guess, PROFILES).fields["date"].ok
    assert not score_article(undated, stated, PROFILES).fields["date"].ok


def test_cited_outlets_must_be_the_same_set_with_names_resolved_through_the_registry():
    extra = score_article(gold(), article(cited_outlets=("AP", "Reuters", "Reuters Selasa")), PROFILES)
    short = score_article(gold(cited=("AP", "Tokyo Shimbun")), article(cited_outlets=("AP",)), PROFILES)

    assert not extra.fields["cited"].ok and (extra.cited_got, extra.cited_both) == (3, 2)
    assert not short.fields["cited"].ok and (short.cited_expected, short.cited_both) == (2, 1)


def test_clutter_left_in_the_body_and_article_text_dropped_from_it_are_misses():
    body = "Baca juga: Harga minyak naik\n\nMOSKWA - Juru bicara itu mengatakan kapal barang tiba di Rajin."
    score = score_article(gold(), article(body=body), PROFILES)

    assert [check.ok for check in score.clutter] == [False]
    assert [check.ok for check in score.kept] == [False]
    assert [name for name, _, _ in score.misses()] == ["clutter", "kept"]


def test_phrases_match_across_whitespace_and_case_but_a_boundary_asked_for_is_kept():
    assert contains_phrase("kapal\n\nbarang TIBA", "kapal barang tiba")
    assert not contains_phrase("Jakarta AAB", "\nAA\n")
    assert contains_phrase("satu\nAA\ndua", "\nAA\n")
    assert not contains_phrase("apa saja", "   ")


def test_a_minute_precision_date_needs_its_offset():
    with pytest.raises(ValueError, match="offset"):
        PublishedGold.parse({"value": "2024-03-05T14:20", "precision": "minute"})
    assert PublishedGold.parse({"value": "2024-03", "precision": "month"}).value == date(2024, 3, 1)


def test_a_proposed_outlet_counts_when_it_is_the_golds_site_or_name():
    from ingest.pipeline.publisher import OutletSighting

    values = {"outlet_domain": "beritacontoh.id", "outlet_name": "Berita Contoh"}
    right_site = article(outlet_key=None, new_outlet=OutletSighting("X", "m.beritacontoh.id", ""))
    right_name = article(outlet_key=None, new_outlet=OutletSighting("BERITA CONTOH", "", ""))
    wrong = article(outlet_key=None, new_outlet=OutletSighting("Kabar Lain", "kabarlain.id", ""))

    assert score_article(gold(**values), right_site, PROFILES).fields["outlet"].ok
    assert score_article(gold(**values), right_name, PROFILES).fields["outlet"].ok
    assert not score_article(gold(**values), wrong, PROFILES).fields["outlet"].ok
    # A registry outlet proposed as new is a miss: the registry knew it.
    registry = article(outlet_key=None, new_outlet=OutletSighting("Kompas", "kompas.com", ""))
    assert not score_article(gold(outlet_domain="kompas.com"), registry, PROFILES).fields["outlet"].ok

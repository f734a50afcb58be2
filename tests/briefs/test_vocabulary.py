"""One vocabulary (briefs/vocabulary.py): the models' choices, the assembly, the suggestion lexicon and the
API agree with it."""

from __future__ import annotations

import pytest
from drf_spectacular.generators import SchemaGenerator

from briefs import vocabulary
from briefs.api import filters, serializers
from briefs.assembly import dates, figures, inputs
from briefs.models import Claim, ClaimFigure, ClaimSuggestion, Proposition
from briefs.suggestions import rules
from ingest import evaluation
from ingest.models import Source
from ingest.pipeline import dates as publication_dates


def values(choices) -> list[str]:
    return [value for value, _ in choices]


def test_every_definition_of_the_stances_is_the_one_vocabulary():
    assert tuple(Claim.Stance.values) == vocabulary.STANCES
    assert values(ClaimSuggestion._meta.get_field("stance").choices) == list(vocabulary.STANCES)
    assert rules.STANCES is vocabulary.STANCES
    assert inputs.STANCES is vocabulary.STANCES
    assert sorted(vocabulary.POSITION_ORDER) == sorted(vocabulary.STANCES)
    assert len(set(vocabulary.POSITION_ORDER)) == len(vocabulary.STANCES)


def test_each_stance_has_a_translatable_label():
    assert [str(label) for _, label in Claim.Stance.choices] == list(vocabulary.STANCES)


def test_the_suggestion_lexicon_gives_every_stance_and_only_those():
    by_verb = {cue.stance for cue in rules.VERB_CUES}
    assert by_verb == set(vocabulary.STANCES), "each stance can be suggested from some reporting verb"
    assert set(rules.ATTRIBUTION_STANCES.values()) <= set(vocabulary.STANCES)


def test_the_models_qualifiers_and_precisions_are_the_vocabulary_in_its_order():
    assert tuple(ClaimFigure.Qualifier.values) == vocabulary.QUALIFIERS
    assert tuple(Claim.Precision.values) == vocabulary.EVENT_PRECISIONS
    assert values(Proposition._meta.get_field("event_precision").choices) == list(vocabulary.EVENT_PRECISIONS)
    assert tuple(Source.DatePrecision.values) == vocabulary.PUBLICATION_PRECISIONS
    assert vocabulary.PUBLICATION_PRECISIONS is publication_dates.PUBLICATION_PRECISIONS
    assert inputs.QUALIFIERS is vocabulary.QUALIFIERS


def test_the_assembly_knows_every_qualifier_and_precision():
    assert set(figures.QUALIFIER_WORDS) == set(vocabulary.QUALIFIERS)
    assert set(dates.PRECISION_RANK) == set(vocabulary.EVENT_PRECISIONS)


def test_the_api_offers_and_documents_the_vocabulary():
    assert values(filters.ClaimFilter.base_filters["stance"].extra["choices"]) == list(vocabulary.STANCES)
    written = serializers.ClaimInputSerializer().fields
    assert list(written["stance"].choices) == list(vocabulary.STANCES)
    assert list(written["event_precision"].choices) == list(vocabulary.EVENT_PRECISIONS)
    assert list(serializers.FigureInputSerializer().fields["qualifier"].choices) == list(
        vocabulary.QUALIFIERS
    )
    assert list(serializers.EventDateSerializer().fields["precision"].choices) == list(
        vocabulary.EVENT_PRECISIONS
    )
    published = serializers.PublicationDateSerializer().fields["precision"]
    assert list(published.choices) == [*vocabulary.PUBLICATION_PRECISIONS, "unknown"]
    schema = SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]
    assert schema["EventPrecisionEnum"]["enum"] == list(vocabulary.EVENT_PRECISIONS)
    assert schema["PublicationPrecisionEnum"]["enum"] == [*vocabulary.PUBLICATION_PRECISIONS, "unknown"]


def test_the_corpus_scorer_reads_the_publication_precisions_of_ingest():
    gold = {"value": "2023-10", "precision": "month"}
    assert evaluation.PublishedGold.parse(gold).precision == "month"
    with pytest.raises(ValueError, match="not one of"):
        evaluation.PublishedGold.parse({"value": "2023", "precision": "year"})


def test_every_stance_has_a_direction_or_none_and_every_position_is_reachable():
    assert set(vocabulary.STANCE_DIRECTION) == set(vocabulary.STANCES)
    assert set(vocabulary.STANCE_DIRECTION.values()) - {None} == {vocabulary.SUPPORTS, vocabulary.DISPUTES}
    reached = {
        vocabulary.position_of(given)
        for given in (["asserts"], ["denies"], ["asserts", "denies"], ["warns"], ["condemns", "questions"])
    }
    assert reached == set(vocabulary.POSITIONS)


@pytest.mark.parametrize(
    ("given", "position"),
    [
        (["asserts", "confirms", "warns"], "supports"),
        (["condemns", "denies"], "disputes"),
        (["questions"], "disputes"),
        (["pledges", "condemns"], "unclear"),
        (["confirms", "questions"], "mixed"),
    ],
)
def test_a_position_is_derived_from_the_directed_stances_only(given, position):
    assert vocabulary.position_of(given) == position


def test_a_claims_set_position_is_one_of_the_directions_a_stance_can_have():
    assert tuple(Claim.KeyPointPosition.values) == vocabulary.KEY_POINT_POSITIONS
    directions = set(vocabulary.STANCE_DIRECTION.values()) - {None}
    assert set(vocabulary.KEY_POINT_POSITIONS) == directions
    assert vocabulary.claim_direction("condemns") is None
    assert vocabulary.claim_direction("condemns", "disputes") == "disputes"
    assert vocabulary.claim_direction("asserts") == "supports"

"""The vocabulary is defined once (briefs/vocabulary.py); models, assembly and suggestion rules agree with it."""

import pytest

from briefs import vocabulary
from briefs.assembly import inputs
from briefs.models import Claim, ClaimFigure
from briefs.suggestions import rules
from ingest.models import Source


def test_the_models_choices_are_the_vocabulary():
    assert {value for value, _ in Claim.Stance.choices} == set(vocabulary.STANCES)
    assert {value for value, _ in ClaimFigure.Qualifier.choices} == set(vocabulary.QUALIFIERS)
    assert {value for value, _ in Claim.Precision.choices} == set(vocabulary.EVENT_PRECISIONS)
    assert {value for value, _ in Source.DatePrecision.choices} == set(vocabulary.PUBLICATION_PRECISIONS)


def test_the_assembly_and_the_suggestion_rules_use_the_vocabulary_itself():
    assert inputs.STANCES is vocabulary.STANCES
    assert inputs.QUALIFIERS is vocabulary.QUALIFIERS
    assert {rules.ASSERTS, rules.DENIES, rules.CONDEMNS, rules.WARNS, rules.PLEDGES, rules.CONFIRMS} <= set(
        vocabulary.STANCES
    ) and rules.QUESTIONS in vocabulary.STANCES


def test_every_stance_has_a_direction_or_none_and_every_position_is_reachable():
    assert set(vocabulary.STANCE_DIRECTION) == set(vocabulary.STANCES)
    assert set(vocabulary.STANCE_DIRECTION.values()) - {None} == {vocabulary.SUPPORTS, vocabulary.DISPUTES}
    reached = {
        vocabulary.position_of(stances)
        for stances in (["asserts"], ["denies"], ["asserts", "denies"], ["warns"], ["condemns", "questions"])
    }
    assert reached == set(vocabulary.POSITIONS)


@pytest.mark.parametrize(
    ("stances", "position"),
    [
        (["asserts", "confirms", "warns"], "supports"),
        (["condemns", "denies"], "disputes"),
        (["questions"], "disputes"),
        (["pledges", "condemns"], "unclear"),
        (["confirms", "questions"], "mixed"),
    ],
)
def test_a_position_is_derived_from_the_directed_stances_only(stances, position):
    assert vocabulary.position_of(stances) == position

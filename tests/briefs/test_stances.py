"""One vocabulary (briefs/stances.py): the models' choices, the assembly and the suggestion rules agree with it."""

from __future__ import annotations

import pytest

from briefs import stances
from briefs.assembly import inputs
from briefs.models import Claim, ClaimFigure, ClaimSuggestion
from briefs.suggestions import rules
from ingest.models import Source


def test_every_definition_of_the_stances_is_the_one_vocabulary():
    assert tuple(Claim.Stance.values) == stances.STANCES
    assert [value for value, _ in ClaimSuggestion._meta.get_field("stance").choices] == list(stances.STANCES)
    assert rules.STANCES is stances.STANCES
    assert inputs.STANCES is stances.POSITION_ORDER
    assert sorted(stances.POSITION_ORDER) == sorted(stances.STANCES)
    assert len(set(stances.POSITION_ORDER)) == len(stances.STANCES)


def test_each_stance_has_a_translatable_label():
    assert [str(label) for _, label in Claim.Stance.choices] == list(stances.STANCES)


def test_the_models_qualifiers_and_precisions_are_the_vocabulary():
    assert {value for value, _ in ClaimFigure.Qualifier.choices} == set(stances.QUALIFIERS)
    assert {value for value, _ in Claim.Precision.choices} == set(stances.EVENT_PRECISIONS)
    assert {value for value, _ in Source.DatePrecision.choices} == set(stances.PUBLICATION_PRECISIONS)
    assert inputs.QUALIFIERS is stances.QUALIFIERS


def test_every_stance_has_a_direction_or_none_and_every_position_is_reachable():
    assert set(stances.STANCE_DIRECTION) == set(stances.STANCES)
    assert set(stances.STANCE_DIRECTION.values()) - {None} == {stances.SUPPORTS, stances.DISPUTES}
    reached = {
        stances.position_of(given)
        for given in (["asserts"], ["denies"], ["asserts", "denies"], ["warns"], ["condemns", "questions"])
    }
    assert reached == set(stances.POSITIONS)


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
    assert stances.position_of(given) == position

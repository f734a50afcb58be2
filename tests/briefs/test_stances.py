"""One stance vocabulary: the model's choices, the assembly's order and the suggestion rules agree."""

from __future__ import annotations

from briefs import stances
from briefs.assembly import inputs
from briefs.models import Claim, ClaimSuggestion
from briefs.suggestions import rules


def test_every_definition_of_the_stances_is_the_one_vocabulary():
    assert tuple(Claim.Stance.values) == stances.STANCES
    assert [value for value, _ in ClaimSuggestion._meta.get_field("stance").choices] == list(stances.STANCES)
    assert rules.STANCES == stances.STANCES
    assert sorted(inputs.STANCES) == sorted(stances.STANCES)
    assert len(set(stances.POSITION_ORDER)) == len(stances.STANCES)


def test_each_stance_has_a_translatable_label():
    assert [str(label) for _, label in Claim.Stance.choices] == list(stances.STANCES)

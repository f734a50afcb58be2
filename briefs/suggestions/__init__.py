"""Claim suggestions: pure rules over Indonesian reporting language (no Django here).

``suggest_claims(body, lexicon)`` proposes attributed statements in a cleaned article body;
``ActorLexicon`` knows the actors and the names a text may use for them (briefs/data/actors.json);
``evaluate`` measures suggestions against gold annotations.
"""

from briefs.suggestions.engine import Suggestion, suggest_claims
from briefs.suggestions.evaluation import evaluate
from briefs.suggestions.lexicon import (
    ActorEntry,
    ActorLexicon,
    Mention,
    actor_from_dict,
    default_lexicon,
    load_default_actors,
)
from briefs.vocabulary import STANCES

__all__ = [
    "STANCES",
    "ActorEntry",
    "ActorLexicon",
    "Mention",
    "Suggestion",
    "actor_from_dict",
    "default_lexicon",
    "evaluate",
    "load_default_actors",
    "suggest_claims",
]

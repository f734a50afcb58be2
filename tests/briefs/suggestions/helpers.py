"""Shared helpers for the suggestion rules (no fixtures, so the tests also run with --noconftest)."""

from __future__ import annotations

from briefs.suggestions.engine import Suggestion, suggest_claims
from briefs.suggestions.lexicon import default_lexicon

LEXICON = default_lexicon()


def suggest(body: str) -> list[Suggestion]:
    return suggest_claims(body, LEXICON)


def only(suggestions: list[Suggestion]) -> Suggestion:
    assert len(suggestions) == 1, suggestions
    return suggestions[0]


def quoting(body: str, words: str) -> Suggestion:
    """The first suggestion whose quote holds `words`; fails, showing every suggestion, if none does."""
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    return found[0]

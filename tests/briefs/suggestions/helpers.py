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

"""Quotation marks for a quote shown inside double quotation marks (pure, no Django)."""

from __future__ import annotations

#: A double quotation mark inside a quote, and whether it opens (by what precedes a straight one).
_OPENING_QUOTES = {"“": True, "„": True, "”": False}
_BEFORE_AN_OPENING_QUOTE = set("([{<—–-/")


def quotes_within_a_quote(text: str) -> str:
    """A quote shown inside double quotation marks, its own double quotes made single:
    'kata "signifikan" itu' is shown “kata ‘signifikan’ itu”, not “kata "signifikan" itu”.

    Straight quotes open after a space, an opening bracket or a dash, and close otherwise. The result is
    plain text (autoescaped like any other)."""
    if not text:
        return ""
    text = str(text)
    shown = []
    for index, char in enumerate(text):
        if char in _OPENING_QUOTES:
            shown.append("‘" if _OPENING_QUOTES[char] else "’")
        elif char == '"':
            before = text[index - 1] if index else " "
            shown.append("‘" if before.isspace() or before in _BEFORE_AN_OPENING_QUOTE else "’")
        else:
            shown.append(char)
    return "".join(shown)

"""A readable name for an article the importer found no headline in: the opening words of its body.

Readers need something to recognise an article by in lists and search results; an outlet and a date alone
("Liputan6.com · 17 Oct 2023") do not tell two articles apart. The words are the article's own, so the
pages quote them and say what they are, never passing them off as its headline (the source page, the
Sources index, search; JSON-LD leaves the headline out)."""

from __future__ import annotations

import re

STAND_IN_WORDS = 10
#: The outlet's signature and dateline before a dash at the very start ("Liputan6.com, Moskow - "):
#: boilerplate, not the article's words.
_DATELINE = re.compile(r"^[^\n]{0,60}?\s[-–—]\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def stand_in_title(body: str, words: int = STAND_IN_WORDS) -> str:
    """The first ``words`` words of the body's first sentence, after any dateline, with "…" when cut;
    "" for an empty body."""
    text = body.strip()
    text = _DATELINE.sub("", text, count=1)
    first_sentence = _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
    found = first_sentence.split()
    if len(found) > words:
        return " ".join(found[:words]) + "…"
    return " ".join(found)

"""The importer's notes on a publication date, in the reader's language.

The pipeline (``ingest/pipeline/metadata.py``) writes each note in English from a few fixed sentences
with the article's own words spliced in ("'Senin, 16 Okt 2023' in the page header; time not given"),
clauses joined by "; ". ``localise_date_note`` reads a note back clause by clause and writes each
known clause through gettext with the same words; a clause it does not know stays as written, so a new
sentence in the pipeline shows in English rather than not at all (tests/ingest/test_date_notes.py runs
the pipeline's sentences through here and fails on any it does not know).
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

#: Where on the page a date was found, as the pipeline says it.
_WHERE = {
    "in the page header": gettext_noop("in the page header"),
    "below the article": gettext_noop("below the article"),
    "on the byline line": gettext_noop("on the byline line"),
}
#: Where an unwritten year was taken from (DateMention.year_source).
_YEAR_SOURCE = {
    "weekday": gettext_noop("weekday"),
    "context": gettext_noop("context"),
    "none": gettext_noop("nothing"),
}
_WHERES = "|".join(re.escape(where) for where in _WHERE)
_YEAR_SOURCES = "|".join(_YEAR_SOURCE)

#: (the clause as the pipeline writes it, the message readers are shown), in the order they are tried.
_CLAUSES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (
            rf"'(?P<text>.+)' (?P<where>{_WHERES}) is later than every event in the text \(latest "
            r"(?P<latest>[\d-]+)\): probably the site's display date, not the publication date",
            gettext_noop(
                "“%(text)s” %(where)s is later than every event in the text (latest %(latest)s): probably "
                "the site's display date, not the publication date"
            ),
        ),
        (
            rf"'(?P<text>.+)' (?P<where>{_WHERES}) sits above the headline without a time and no event in "
            r"the text is close to it: probably the site's display date, not the publication date",
            gettext_noop(
                "“%(text)s” %(where)s sits above the headline without a time and no event in the text is "
                "close to it: probably the site's display date, not the publication date"
            ),
        ),
        (
            r"'(?P<text>.+)' stamps the stored page, but it is later than every event in the text \(latest "
            r"(?P<latest>[\d-]+)\): probably not the publication date",
            gettext_noop(
                "“%(text)s” stamps the stored page, but it is later than every event in the text (latest "
                "%(latest)s): probably not the publication date"
            ),
        ),
        (
            r"'(?P<text>.+)' in the lede, in the month the page is stamped with \('(?P<stamp>.+)'\)",
            gettext_noop("“%(text)s” in the lede, in the month the page is stamped with (“%(stamp)s”)"),
        ),
        (
            r"'(?P<text>.+)' stamps the stored page: the month only",
            gettext_noop("“%(text)s” stamps the stored page: the month only"),
        ),
        (rf"'(?P<text>.+)' (?P<where>{_WHERES})", gettext_noop("“%(text)s” %(where)s")),
        (
            rf"the year is not written and was inferred from the (?P<year_source>{_YEAR_SOURCES})",
            gettext_noop("the year is not written and was inferred from the %(year_source)s"),
        ),
        (
            rf"year inferred from the (?P<year_source>{_YEAR_SOURCES})",
            gettext_noop("year inferred from the %(year_source)s"),
        ),
        (
            r"date '(?P<text>.+)' from the first paragraph, time unknown",
            gettext_noop("date “%(text)s” from the first paragraph, time unknown"),
        ),
        (r"No dated byline or page header", gettext_noop("No dated byline or page header")),
        (
            r"No dated byline, page header or lede",
            gettext_noop("No dated byline, page header or lede"),
        ),
        (
            r"'(?P<text>.+)' is the latest day the body dates news in full: probably the copy's day, to be "
            r"confirmed",
            gettext_noop(
                "“%(text)s” is the latest day the body dates news in full: probably the copy's day, to be "
                "confirmed"
            ),
        ),
        (
            r"the lede dates '(?P<lede>.+)', but the body reports news of '(?P<text>.+)', so the page is no "
            r"older: that day, time unknown",
            gettext_noop(
                "the lede dates “%(lede)s”, but the body reports news of “%(text)s”, so the page is no "
                "older: that day, time unknown"
            ),
        ),
        (
            r"the text reports '(?P<text>.+)' as past, months later, so only a guess",
            gettext_noop("the text reports “%(text)s” as past, months later, so only a guess"),
        ),
        (
            r"the page's address is filed under another month, so only a guess",
            gettext_noop("the page's address is filed under another month, so only a guess"),
        ),
        (
            r"without a weekday it may date background rather than the news",
            gettext_noop("without a weekday it may date background rather than the news"),
        ),
        (r"time not given", gettext_noop("time not given")),
        (r"time unknown", gettext_noop("time unknown")),
        (r"No publication date found", gettext_noop("No publication date found")),
        (r"No date found", gettext_noop("No date found")),
    )
)


def _clause(clause: str) -> str | None:
    for pattern, message in _CLAUSES:
        match = pattern.fullmatch(clause)
        if match is None:
            continue
        words = match.groupdict()
        if "where" in words:
            words["where"] = _(_WHERE[words["where"]])
        if "year_source" in words:
            words["year_source"] = _(_YEAR_SOURCE[words["year_source"]])
        return _(message) % words
    return None


def known_clauses(note: str) -> list[bool]:
    """For each clause of the note, whether it has a translation (tests use it)."""
    return [_clause(clause) is not None for clause in note.split("; ")]


def localise_date_note(note: str) -> str:
    """The note in the active language, clause by clause; an unknown clause stays as written."""
    if not note:
        return ""
    return "; ".join(_clause(clause) or clause for clause in note.split("; "))

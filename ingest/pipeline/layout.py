"""Page elements that a copy glued onto one line, split back apart before the lines are classified.

A copied page sometimes loses the break between two elements: a stored copy opens with its
"date 2023-09" stamp on the same line as the first element of the page, and a header's time runs into
the dateline of the lead ("… 10:51 WIBPYONGYANG, KOMPAS.TV - …"). Classified as one line, the pair is
neither a date nor a lead. Splitting only ever adds a line break where one element visibly ends, so
no word changes and applying it twice changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["split_glued_elements"]

# A stored copy's month stamp at the start of a line, with more of the page after it.
_STAMP_PREFIX = re.compile(r"^(?P<stamp>date[ ]+(?:19|20)\d\d-\d\d(?:-\d\d)?)[ ]+(?=\S)")
# A clock time and its zone, then straight on (no space) into a word in capitals: the dateline.
_GLUED_TIME = re.compile(r"(?<=\d[:.]\d\d)(?P<zone>[ ]?(?:WITA|WIB|WIT|KST))(?=[A-Z][A-Z]+\b|[A-Z][a-z]+,)")


def split_glued_elements(lines: Iterable[str]) -> list[str]:
    """``lines`` with glued page elements on lines of their own (see the module docstring)."""
    out: list[str] = []
    for line in lines:
        out.extend(_split(line))
    return out


def _split(line: str) -> list[str]:
    stamp = _STAMP_PREFIX.match(line) if line.startswith("date") else None
    if stamp is not None:
        return [stamp.group("stamp"), *_split(line[stamp.end() :])]
    # Speed: the look-behind is tried at every position; most lines carry no zone at all.
    glued = _GLUED_TIME.search(line) if "WI" in line or "KST" in line else None
    if glued is not None:
        return [line[: glued.end()], *_split(line[glued.end() :])]
    return [line]

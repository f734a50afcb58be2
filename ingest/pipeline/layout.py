"""Page elements that a copy glued onto one line, split back apart before the lines are classified.

A copied page sometimes loses the break between two elements: a stored copy opens with its
"date 2023-09" stamp on the same line as the first element of the page, a header's time runs into
the dateline of the lead ("… 10:51 WIBPYONGYANG, KOMPAS.TV - …"), and so does a photo credit ("Foto:
AFP/STRMOSKOW - …"). Classified as one line, the pair is
neither a date nor a lead. Splitting only ever adds a line break where one element visibly ends, so
no word changes and applying it twice changes nothing.

The opposite happens too: a theme prints a credit's label and its value on lines of their own
("Sumber :" then "• Al Jazeera", "Editor:" then a name). Each line alone is neither a credit nor a
byline, so the two are joined (``join_split_labels``) and read like the one-line form every rule knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["join_split_labels", "split_glued_elements"]

# A stored copy's month stamp at the start of a line, with more of the page after it.
_STAMP_PREFIX = re.compile(r"^(?P<stamp>date[ ]+(?:19|20)\d\d-\d\d(?:-\d\d)?)[ ]+(?=\S)")
# A clock time and its zone, then straight on (no space) into a word in capitals: the dateline.
_GLUED_TIME = re.compile(r"(?<=\d[:.]\d\d)(?P<zone>[ ]?(?:WITA|WIB|WIT|KST))(?=[A-Z][A-Z]+\b|[A-Z][a-z]+,)")


# A photo credit run into the lead's dateline: "Foto: AFP/KCNA/KNS/STRMOSKOW - Rusia pada …". The credit's
# last part is one of the codes photo credits end with, the place in capitals glued straight onto it.
_CREDIT_CODES = (
    "REUTERS", "YONHAP", "ANTARA", "XINHUA", "SPUTNIK", "GETTY", "KCNA", "POOL", "TASS", "AFP", "EPA",
    "STR", "KNS", "YNA", "NET", "IST", "DOK", "AP", "HO",
)  # fmt: skip
_GLUED_CREDIT = re.compile(
    r"^(?P<credit>(?i:foto|photo)[ ]*[:：][ ]*(?:[^/\n]{1,40}/)*?(?:"
    + "|".join(_CREDIT_CODES)
    + r"))(?=[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2}[ ]+[-–—][ ]+\S)"
)


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
    credit = _GLUED_CREDIT.match(line) if line[:1] in "FfPp" else None
    if credit is not None:
        return [credit.group("credit"), line[credit.end() :]]
    return [line]


# A credit's label alone on its line: the label words every Indonesian or English news page uses for its
# sources, pictures and staff, then a colon.
_LABEL_ALONE = re.compile(
    r"^(?:sumber(?: foto| gambar| berita| artikel)?|source|foto|photo|gambar|image|ilustrasi|caption"
    r"|keterangan foto|editor|penulis|reporter|pewarta|penyunting|redaktur|kontributor|writer|author"
    r"|editor foto|fotografer|photographer)[ ]*[:：]$",
    re.IGNORECASE,
)
# Its value: a few words (a bullet before them is the theme's), not a question or an exclamation.
_LABEL_VALUE = re.compile(r"^(?:[•·▪*-][ ]*)?(?P<value>[^\s.!?][^!?]{0,60})$")
_MAX_VALUE_WORDS = 6


def join_split_labels(lines: Iterable[str]) -> list[str]:
    """``lines`` with a credit label alone on its line joined to the value on the next line."""
    out: list[str] = []
    for line in lines:
        value = _LABEL_VALUE.match(line) if out and _LABEL_ALONE.match(out[-1]) else None
        if value is not None and len(value.group("value").split()) <= _MAX_VALUE_WORDS:
            out[-1] = f"{out[-1]} {value.group('value')}"
        else:
            out.append(line)
    return out

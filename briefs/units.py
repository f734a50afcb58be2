"""The units of figures that pages name in the reader's language, defined once here.

Editors write a figure's unit as text ("containers", "kontainer", "km from the Ukrainian border"). A
unit this vocabulary knows, under any of its spellings (English or Indonesian, compared casefolded with
whitespace collapsed), is shown in the page's language: "containers" on English pages (singular for
exactly one), "kontainer" on Indonesian ones (``locale/id``). A unit followed by words the vocabulary
cannot know ("km from the Ukrainian border") has its unit localised and the rest shown as written, which
pages mark with its language; any other unit is shown as written. The snapshot keeps the unit as the
editor wrote it: this is presentation only.

A new unit is one entry below, with its Indonesian label in the catalogue; a test checks that every
unit has one.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache

from django.utils import translation
from django.utils.translation import npgettext

# Each unit: its English label for a count (the msgids), and the other ways editors write it.
UNITS: dict[str, tuple[Callable[[int], str], tuple[str, ...]]] = {
    "container": (
        lambda n: npgettext("figure unit", "container", "containers", n),
        ("kontainer", "peti kemas"),
    ),
    "artillery shell": (
        lambda n: npgettext("figure unit", "artillery shell", "artillery shells", n),
        ("peluru artileri",),
    ),
    "shell": (lambda n: npgettext("figure unit", "shell", "shells", n), ("peluru",)),
    "round": (lambda n: npgettext("figure unit", "round", "rounds", n), ("butir amunisi",)),
    "rocket": (lambda n: npgettext("figure unit", "rocket", "rockets", n), ("roket",)),
    "missile": (lambda n: npgettext("figure unit", "missile", "missiles", n), ("rudal", "misil")),
    "rail car": (
        lambda n: npgettext("figure unit", "rail car", "rail cars", n),
        ("railcar", "railcars", "gerbong", "gerbong kereta"),
    ),
    "ship": (lambda n: npgettext("figure unit", "ship", "ships", n), ("kapal",)),
    "vehicle": (lambda n: npgettext("figure unit", "vehicle", "vehicles", n), ("kendaraan",)),
    "tonne": (
        lambda n: npgettext("figure unit", "tonne", "tonnes", n),
        ("ton", "tons", "metric tons", "metric tonnes"),
    ),
    "soldier": (lambda n: npgettext("figure unit", "soldier", "soldiers", n), ("tentara", "prajurit")),
    "person": (lambda n: npgettext("figure unit", "person", "people", n), ("persons", "orang")),
    "day": (lambda n: npgettext("figure unit", "day", "days", n), ("hari",)),
    "km": (
        lambda n: npgettext("figure unit", "km", "km", n),
        ("kilometre", "kilometres", "kilometer", "kilometers"),
    ),
}


def _key(unit: str) -> str:
    return " ".join(unit.split()).casefold()


@cache
def _spellings() -> dict[str, str]:
    """Every spelling of a known unit (its key, its English labels, its other spellings) → its key."""
    found: dict[str, str] = {}
    with translation.override(None):  # the labels' msgids, the English names
        for key, (label, others) in UNITS.items():
            for spelling in (key, label(1), label(2), *others):
                found.setdefault(_key(spelling), key)
    return found


def unit_parts(unit: str, value: Decimal) -> tuple[str, str]:
    """The unit the text begins with, in the active language, and the rest as the editor wrote it:
    "km from the Ukrainian border" → ("km", "from the Ukrainian border"); ("", unit) when the text begins
    with no unit the vocabulary knows. The longest known beginning wins ("artillery shells", not "shell")."""
    words = unit.split()
    for length in range(len(words), 0, -1):
        key = _spellings().get(_key(" ".join(words[:length])))
        if key is not None:
            return UNITS[key][0](1 if value == 1 else 2), " ".join(words[length:])
    return "", unit


def unit_label(unit: str, value: Decimal) -> str:
    """``unit`` in the active language as far as the vocabulary knows it (singular for exactly one, where
    the language has one), the rest as written."""
    label, rest = unit_parts(unit, value)
    return " ".join(part for part in (label, rest) if part)

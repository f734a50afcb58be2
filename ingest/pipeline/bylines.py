"""Bylines and credit lines: who wrote or edited an article, as ``(role, names)``.

Used by ``classify`` (a byline is header material) and by ``metadata`` (the credited people)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pipeline.dateline import known_place
from ingest.pipeline.dates import find_dates
from ingest.pipeline.patterns import _I, _TAG, _words

_NAME = r"[A-Z\u00c0-\u00de][\w'’.-]*(?:[ ]+[A-Z\u00c0-\u00de][\w'’.-]*){0,4}"
_BYLINE_LABEL = re.compile(
    r"^(?P<label>penulis|reporter|wartawan|jurnalis|kontributor|koresponden|author|writer|written by|editor"
    # A blog's or portal's header: "Ditulis oleh Ani", "Diposting oleh Ani pada 11 November 2024".
    r"|(?:ditulis|dikirim|diposting|diposkan|diunggah) oleh|posted by"
    r"|pewarta|penyunting|redaktur|oleh|by|laporan wartawan"
    r"|laporan reporter|laporan)\b[ ]*(?P<colon>[:：])?[ ]*(?P<names>.+)$",
    _I,
)
_BYLINE_ROLE = re.compile(
    rf"^(?P<names>{_NAME})[ ]*,[ ]*(?:jurnalis|wartawan|reporter|kontributor|koresponden|penulis|editor)\b",
    _I,
)
_BYLINE_OUTLET = re.compile(
    rf"^(?P<names>{_NAME}(?:[ ]*(?:,|&|dan|and)[ ]*{_NAME})*)[ ]*[-–—|][ ]*(?P<outlet>\S+)$"
)
_BRAND_TOKEN = re.compile(r"^(?:[a-z]+[A-Z][\w.]*|\w[\w-]*\.(?:com|co\.id|co|id|net|org|tv))$")
_NAME_SPLIT = re.compile(r"[ ]*(?:,|&|;|\band\b|\bdan\b)[ ]*")
_NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.-]*$")
_ROLE_WORDS = frozenset(
    [
        "jurnalis",
        "wartawan",
        "reporter",
        "kontributor",
        "koresponden",
        "penulis",
        "editor",
        "tim",
        "redaksi",
        "staff",
        "staf",
    ]
)
_PARENTHESISED = re.compile(r"[ ]*\(([^()]{1,40})\)")
_BEFORE_DATE = re.compile(r"[ ]+(?i:pada|on|at|tanggal|tgl\.?)[ ]*,")
_MAX_BYLINE_WORDS = 16
_MAX_ROLE_BYLINE_WORDS = 40


def parse_byline(line: str, names: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]] | None:
    """``(role, names)`` for a byline or credit line, e.g. ("editor", ("Daryono",)); else None.

    Recognised: "Penulis: X", "Editor: X", "Reporter: X", "Oleh X", "By X", "X - detikNews",
    "X , Jurnalis-Jum'at, 27 Oktober 2023", and a header stamp of several parts of which one is a
    byline ("JUMAT, 29 MARET 2024 | 13:32 WIB | LAPORAN: X"). Role is "editor" or "author".
    """
    credits = parse_credits(line, names)
    return credits[0] if credits else None


def parse_credits(line: str, names: frozenset[str] = frozenset()) -> list[tuple[str, tuple[str, ...]]]:
    """Every ``(role, names)`` a credit line gives: "Penulis: A Editor: B" gives the author and the editor."""
    whole = _parse_credit(line, names)
    if _words(line) > _MAX_ROLE_BYLINE_WORDS or not _may_have_parts(line):
        return [whole] if whole is not None else []
    pieces = _credit_pieces(line)
    if len(pieces) < 2:
        return [whole] if whole is not None else []
    found = [parsed for piece in pieces if (parsed := _parse_credit(piece, names)) is not None]
    return found or ([whole] if whole is not None else [])


# The parts of a header stamp ("date | time | LAPORAN: X") and the labels that open a credit.
_STAMP_PARTS = re.compile(r"[ ]+[|•·][ ]+|[ ]+\|$|^\|[ ]+")
_CREDIT_LABEL_AHEAD = re.compile(
    r"(?<=\S)[ ]+(?=(?:penulis|reporter|wartawan|jurnalis|kontributor|koresponden|author|writer|editor"
    r"|pewarta|penyunting|redaktur|laporan|sumber|foto)[ ]*[:：])",
    _I,
)


def _may_have_parts(line: str) -> bool:
    # Speed: a line with no separator and at most one colon has one part; most lines are such.
    return "|" in line or "•" in line or "·" in line or line.count(":") + line.count("：") >= 2


def _credit_pieces(line: str) -> list[str]:
    pieces: list[str] = []
    for part in _STAMP_PARTS.split(line):
        pieces.extend(piece.strip(" ,;") for piece in _CREDIT_LABEL_AHEAD.split(part))
    return [piece for piece in pieces if piece]


def _parse_credit(line: str, names: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    count = _words(line)
    # "Name , Jurnalis-<date>" is recognised by its opening alone: a hard-wrapped copy may carry
    # the next header line on the same line.
    match = _BYLINE_ROLE.match(line)
    if match is not None and count <= _MAX_ROLE_BYLINE_WORDS:
        people = _names(match.group("names"), names)
        return ("author", people) if people else None
    if count > _MAX_BYLINE_WORDS:
        return None
    match = _BYLINE_LABEL.match(line)
    if match is not None:
        people = _names(match.group("names"), names)
        label = match.group("label").lower()
        needs_colon = label not in {
            "oleh",
            "by",
            "laporan wartawan",
            "laporan reporter",
        } and not label.endswith((" oleh", " by"))
        if people and (match.group("colon") or not needs_colon):
            role = "editor" if label in {"editor", "penyunting", "redaktur"} else "author"
            return role, people
        return None
    match = _BYLINE_OUTLET.match(line)
    if match is not None:
        outlet = match.group("outlet")
        if outlet.casefold() in names or _BRAND_TOKEN.match(outlet):
            people = _names(match.group("names"), names)
            return ("author", people) if people else None
    return None


def _names(text: str, outlet_names: frozenset[str]) -> tuple[str, ...]:
    """Person names in a byline fragment: split on "," "&" "dan" "and"; drop outlets and dates."""
    text = _TAG.sub("", text)
    for mention in reversed(find_dates(text)):
        text = text[: mention.start] + "," + text[mention.end :]
    # "Ani Wijaya pada 11 November 2024": the word that led to the date is no part of the name.
    text = _BEFORE_DATE.sub(",", text)
    # "Ani Wijaya (AFP)": the wire in parentheses is one more part, an outlet's, dropped below.
    text = _PARENTHESISED.sub(r", \1", text)
    people: list[str] = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .-–—|:")
        words = part.split()
        if not words or part.casefold() in outlet_names or _BRAND_TOKEN.match(part):
            continue
        if people and known_place(part):
            continue  # "Oleh Ani Wijaya, Jakarta": where the writer filed from
        if words[-1].casefold().split("-")[0] in _ROLE_WORDS:
            words = words[:-1]
        if 1 <= len(words) <= 5 and all(_NAME_WORD.match(word) for word in words):
            people.append(_name_case(words))
    return tuple(dict.fromkeys(people))


def _name_case(words: Sequence[str]) -> str:
    """A name written in capitals ("ALIFIA DWI RAMANDHITA") as a name is written; initials stay."""
    if len(words) > 1 and all(word.isupper() for word in words):
        return " ".join(word.capitalize() if len(word) > 2 else word for word in words)
    return " ".join(words)

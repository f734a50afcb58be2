"""Actors and the names a text may use for them: aliases ("Korut", "Gedung Putih") and role phrases
("juru bicara Kremlin").

:class:`ActorLexicon` finds mentions in a body: whole words only, the longest name wins, short or
all-capital aliases ("AS", "DPRK", "Cha") only with their exact capitals, so the "as" of another word
is never the United States. A name followed by another name of the same actor in brackets
("Korea Utara (Korut)") or a role next to the name ("juru bicara Kremlin Dmitry Peskov") is one mention;
so is a name qualified by the actor it belongs to ("Badan Intelijen Nasional Korea Selatan",
"kantor berita Korea Utara KCNA", "juru bicara Departemen Luar Negeri AS Matthew Miller": the narrower
actor) and a name glossed in brackets ("Kremlin (Kantor Kepresidenan Rusia)").
A spokesperson of an organisation that has no named spokesperson in the data ("juru bicara Departemen
Luar Negeri AS") is a mention of the organisation itself.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_ACTORS_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.json"

KINDS = ("person", "organisation", "state", "media")

ALIAS = "alias"
ROLE = "role"

# Aliases this short, or written in capitals, are matched with their exact capitals only.
_CASE_SENSITIVE_MAX_LEN = 4
_WORD_START = re.compile(r"(?<![\w])\w")
_SPOKESPERSON = re.compile(
    r"(?:(?:seorang|para|sang)\s+)?(?:juru\s+bicara|jubir)(?:\s+resmi)?\s+$", re.IGNORECASE
)
# What may separate two names of one actor: "Korea Utara (Korut)", "John Kirby, Kirby", "Kremlin Dmitry".
_BRACKET_JOIN = re.compile(r"\s*\(\s*$")
_APPOSITION_JOIN = re.compile(r"\s*,?\s*$")
_QUALIFIER_JOIN = re.compile(r"[^\S\n]+")
_GLOSS = re.compile(r"[^\S\n]*\((?P<inner>[^()\n]{1,60})\)")
# A place's name that begins the name of a paper or an institution ("Washington Post", "Moscow Times",
# "Seoul National University"): not the state the place stands for.
_TITLE_AFTER_PLACE = re.compile(
    r"[^\S\n]+(?:Post|Times|Herald|Journal|Tribune|Daily|Shimbun|Gazette|Telegraph|Independent|Review|"
    r"Institute|University|Center|Centre|National[^\S\n]+University)(?![\w-])"
)

# An institution the registry does not know, glossed by its acronym: "Badan Intelijen Militer Ukraina (HUR)".
_ACRONYM_GLOSS = re.compile(
    r"(?<![\w-])(?P<inst>(?:Badan|Dinas|Lembaga|Kementerian|Dewan|Komite|Komisi|Pusat|Institut|Departemen|"
    r"Direktorat|Angkatan|Pasukan|Layanan|Biro)(?:[^\S\n]+[A-Z][\w-]*){1,6})[^\S\n]*\((?P<acronym>[A-Z]{2,6})\)"
)
# Words for a state's spy agency right before the state: "Intelijen Korea Selatan", "agen mata-mata Seoul",
# "badan intelijen Seoul". Not a person of it ("pejabat intelijen AS") nor military intelligence ("intelijen
# militer Ukraina" names no state right after "intelijen").
_SPY_AGENCY_BEFORE = re.compile(
    r"(?<![\w-])(?<!pejabat )(?<!anggota )(?<!kepala )(?<!direktur )(?<!mantan )(?<!sumber )"
    r"(?:(?:badan|dinas|agen|agensi|lembaga)[^\S\n]+)?(?:intelijen|mata-mata)[^\S\n]+$",
    re.IGNORECASE,
)
_SPY_NAME = re.compile(r"intelijen|mata-mata", re.IGNORECASE)
# Kinship: a name after a kin word is whose relative speaks ("Saudara perempuan … Kim Jong Un, itu juga
# mengatakan …" is his sister, not Kim Jong Un). Kin words by the relation they name.
_KIN_FAMILIES = {
    "adik": "sibling", "kakak": "sibling", "saudara": "sibling", "saudari": "sibling",
    "istri": "spouse", "suami": "spouse", "putri": "child", "putra": "child", "anak": "child",
}  # fmt: skip
_KIN_WORD = rf"(?P<kin>{'|'.join(_KIN_FAMILIES)})(?:[^\S\n]+(?:perempuan|laki-laki|kandung))?"
_KIN_ROLE = re.compile(rf"{_KIN_WORD}[^\S\n]+(?P<name>\S.*)", re.IGNORECASE)
# Before a mention: the kin word and at most six words ("Saudari berpengaruh sang pemimpin Korea Utara …").
_KIN_BEFORE = re.compile(rf"(?<![\w-]){_KIN_WORD}(?:[^\S\n]+[^\W\d_][\w-]*){{0,6}}?[^\S\n]+$", re.IGNORECASE)
# An office every state has, named without its state: "kata Kementerian Luar Negeri sambil …".
_OFFICE_HEAD = (
    r"Kementerian[^\S\n]+(?:Luar[^\S\n]+Negeri|Pertahanan|Unifikasi)|Kemlu|Kemenlu|Kemhan|Kemenhan|Deplu"
)
_OFFICE_OF_STATE = re.compile(rf"(?P<head>{_OFFICE_HEAD})[^\S\n]+(?P<state>\S.*)", re.IGNORECASE)
_BARE_OFFICE = re.compile(rf"(?<![\w-])(?P<head>{_OFFICE_HEAD})(?![\w-])(?![^\S\n]*\(?[^\S\n]*[A-Z])")


@dataclass(frozen=True)
class ActorEntry:
    """One actor as the rules know it. ``key`` is the slug of the Actor row."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass(frozen=True)
class Mention:
    """``text == body[start:end]`` names actor ``key``; ``via`` is "alias" or "role"."""

    key: str
    start: int
    end: int
    text: str
    via: str = ALIAS


def actor_from_dict(data: Mapping[str, Any]) -> ActorEntry:
    """An :class:`ActorEntry` from one object of actors.json (extra fields such as country are ignored)."""
    return ActorEntry(
        key=str(data["key"]),
        name=str(data["name"]),
        kind=str(data.get("kind") or "organisation"),
        aliases=tuple(str(alias) for alias in data.get("aliases") or ()),
        roles=tuple(str(role) for role in data.get("roles") or ()),
        affiliation=data.get("affiliation") or None,
    )


def load_actor_records(path: Path | str = DEFAULT_ACTORS_PATH) -> list[dict[str, Any]]:
    """The raw objects of an actors.json file."""
    with open(path, encoding="utf-8") as handle:
        return list(json.load(handle)["actors"])


@lru_cache(maxsize=1)
def load_default_actors() -> tuple[ActorEntry, ...]:
    """The actors shipped in briefs/data/actors.json."""
    return tuple(actor_from_dict(record) for record in load_actor_records(DEFAULT_ACTORS_PATH))


def _is_case_sensitive(alias: str) -> bool:
    letters = [char for char in alias if char.isalpha()]
    return len(alias) <= _CASE_SENSITIVE_MAX_LEN or (bool(letters) and all(c.isupper() for c in letters))


def _folded_words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _alternation(names: Iterable[str]) -> str:
    escaped = [r"[^\S\n]+".join(re.escape(part) for part in name.split()) for name in names]
    return "|".join(sorted(escaped, key=len, reverse=True))


class ActorLexicon:
    """Finds actor mentions in text. Build it once per set of actors; it is immutable and thread-safe."""

    def __init__(self, entries: Iterable[ActorEntry]):
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self._by_key = {entry.key: entry for entry in self.entries}
        self._names: dict[tuple[str, bool], tuple[str, str]] = {}
        exact: list[str] = []
        folded: list[str] = []
        for entry in self.entries:
            for name, via in [(entry.name, ALIAS), *((a, ALIAS) for a in entry.aliases)] + [
                (role, ROLE) for role in entry.roles
            ]:
                name = " ".join(name.split())
                if not name:
                    continue
                sensitive = via == ALIAS and _is_case_sensitive(name)
                lookup = (name if sensitive else name.casefold(), sensitive)
                if lookup in self._names:
                    continue  # first actor listed keeps a shared name
                self._names[lookup] = (entry.key, via)
                (exact if sensitive else folded).append(name)
        # each state's spy agency, when the registry has one: an organisation of the state named for it
        self._spy_agency: dict[str, str] = {}
        for entry in self.entries:
            if (
                entry.kind == "organisation"
                and entry.affiliation
                and any(_SPY_NAME.search(name) for name in (entry.name, *entry.aliases))
            ):
                self._spy_agency.setdefault(entry.affiliation, entry.key)
        # relatives the registry knows by a kin role: ("sibling", "kim-jong-un") → "kim-yo-jong"
        self._relatives: dict[tuple[str, str], str] = {}
        for entry in self.entries:
            for role in entry.roles:
                kin = _KIN_ROLE.fullmatch(" ".join(role.split()))
                named = self._lookup(kin.group("name")) if kin else None
                if kin and named and named[0] != entry.key:
                    self._relatives.setdefault((_KIN_FAMILIES[kin.group("kin").lower()], named[0]), entry.key)
        self._exact = re.compile(rf"(?:{_alternation(exact)})(?![\w])") if exact else None
        self._folded = re.compile(rf"(?:{_alternation(folded)})(?![\w])", re.IGNORECASE) if folded else None
        # each state's offices by their head words: ("kementerian luar negeri", "south-korea") → its ministry
        self._offices: dict[tuple[str, str], str] = {}
        for entry in self.entries:
            for alias in entry.aliases if entry.kind == "organisation" and entry.affiliation else ():
                office = _OFFICE_OF_STATE.fullmatch(" ".join(alias.split()))
                resolved = self._lookup(office.group("state")) if office else None
                if office and resolved and resolved[0] == entry.affiliation:
                    self._offices.setdefault(
                        (_folded_words(office.group("head")), entry.affiliation), entry.key
                    )

    def __len__(self) -> int:
        return len(self.entries)

    def including(self, extra: Iterable[ActorEntry]) -> ActorLexicon:
        """This lexicon, also knowing ``extra`` actors by key (kind, affiliation); they are not searched
        for in text. One article's people the registry lacks are added this way."""
        extended = copy.copy(self)
        extended.entries = self.entries + tuple(extra)
        extended._by_key = {**self._by_key, **{entry.key: entry for entry in extended.entries}}
        return extended

    def get(self, key: str | None) -> ActorEntry | None:
        return self._by_key.get(key) if key else None

    def kind_of(self, key: str | None) -> str | None:
        entry = self.get(key)
        return entry.kind if entry else None

    def ancestors(self, key: str | None) -> tuple[str, ...]:
        """The affiliation chain above ``key`` (nearest first), stopping at unknown keys or a cycle."""
        chain: list[str] = []
        entry = self.get(key)
        while (
            entry is not None
            and entry.affiliation
            and entry.affiliation not in chain
            and entry.affiliation != key
        ):
            chain.append(entry.affiliation)
            entry = self.get(entry.affiliation)
        return tuple(chain)

    def related(self, first: str | None, second: str | None) -> bool:
        """Same actor, or one belongs (through affiliations) to the other."""
        if not first or not second:
            return False
        return first == second or first in self.ancestors(second) or second in self.ancestors(first)

    def _lookup(self, matched: str) -> tuple[str, str] | None:
        normal = " ".join(matched.split())
        return self._names.get((normal, True)) or self._names.get((normal.casefold(), False))

    def _candidates(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for word in _WORD_START.finditer(text):
            position = word.start()
            best: Mention | None = None
            for pattern in (self._exact, self._folded):
                if pattern is None:
                    continue
                match = pattern.match(text, position)
                if match is None:
                    continue
                resolved = self._lookup(match.group())
                if resolved is None:
                    continue
                if self.kind_of(resolved[0]) == "state" and _TITLE_AFTER_PLACE.match(text, match.end()):
                    continue
                if best is None or match.end() > best.end:
                    best = Mention(resolved[0], position, match.end(), match.group(), resolved[1])
            if best is not None:
                found.append(best)
        return found

    def find_mentions(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in ``text``, in order; the longest name wins an overlap."""
        chosen: list[Mention] = []
        taken = bytearray(len(text))
        for mention in sorted(self._candidates(text), key=lambda m: (-(m.end - m.start), m.start)):
            if any(taken[mention.start : mention.end]):
                continue
            chosen.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.sort(key=lambda m: m.start)
        chosen = self._with_relatives(text, chosen)
        chosen = self._with_bare_offices(text, chosen)
        chosen = self._with_acronyms(text, chosen)
        return self._merge(
            text, [self._with_spy_agency(text, self._with_spokesperson(text, mention)) for mention in chosen]
        )

    def _with_relatives(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A person named after a kin word ("adik perempuan Kim Jong Un", "istri Presiden X") is whose
        relative is meant: the relative when the registry knows them by such a role, else nobody (the
        named one is not the party)."""
        kept: list[Mention] = []
        for mention in mentions:
            before = _KIN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            if before is None or self.kind_of(mention.key) != "person":
                kept.append(mention)
                continue
            relative = self._relatives.get((_KIN_FAMILIES[before.group("kin").lower()], mention.key))
            if relative is not None:
                start = before.start()
                kept.append(Mention(relative, start, mention.end, text[start : mention.end], ROLE))
        return kept

    def _with_acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "Badan Intelijen Militer Ukraina (HUR)" and later "HUR mengatakan": the acronym stands for the
        institution, which speaks for the actor its name holds (Ukraine); found as a role, to be checked."""
        added: list[Mention] = []
        for gloss in _ACRONYM_GLOSS.finditer(text):
            acronym = gloss.group("acronym")
            if self._lookup(acronym) is not None:
                continue  # the registry knows it ("NIS")
            inside = [
                m
                for m in mentions
                if gloss.start("inst") <= m.start
                and m.end <= gloss.end("inst")
                and self.kind_of(m.key) in ("state", "organisation")
            ]
            if not inside:
                continue
            for later in re.finditer(rf"(?<![\w(-]){acronym}(?![\w)-])", text[gloss.end() :]):
                start, end = gloss.end() + later.start(), gloss.end() + later.end()
                if not any(m.start < end and start < m.end for m in [*mentions, *added]):
                    added.append(Mention(inside[-1].key, start, end, acronym, ROLE))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _with_bare_offices(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "kata Kementerian Luar Negeri" with no state after it: that office of the first state the text
        names that has one in the registry (the state the story is told from). Found as a role, not a
        name: a reading of the story, to be checked."""
        states = [m.key for m in mentions if self.kind_of(m.key) == "state"]
        added: list[Mention] = []
        for bare in _BARE_OFFICE.finditer(text):
            if any(m.start < bare.end() and bare.start() < m.end for m in mentions):
                continue
            head = _folded_words(bare.group("head"))
            key = next((self._offices[(head, s)] for s in states if (head, s) in self._offices), None)
            if key is not None:
                added.append(Mention(key, bare.start(), bare.end(), bare.group(), ROLE))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _with_spy_agency(self, text: str, mention: Mention) -> Mention:
        """ "Intelijen Korea Selatan", "agen mata-mata Seoul": the state's spy agency, if the registry has it."""
        agency = self._spy_agency.get(mention.key)
        if agency is None or self.kind_of(mention.key) != "state":
            return mention
        match = _SPY_AGENCY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if match is None:
            return mention
        return Mention(agency, match.start(), mention.end, text[match.start() : mention.end], ALIAS)

    def _with_spokesperson(self, text: str, mention: Mention) -> Mention:
        """A spokesperson ("juru bicara") of an organisation with no role of its own is the organisation."""
        if mention.via == ROLE or self.kind_of(mention.key) not in ("organisation", "state"):
            return mention
        match = _SPOKESPERSON.search(text, max(0, mention.start - 40), mention.start)
        if match is None:
            return mention
        return Mention(mention.key, match.start(), mention.end, text[match.start() : mention.end], ROLE)

    def _merge(self, text: str, mentions: list[Mention]) -> list[Mention]:
        merged: list[Mention] = []
        for mention in mentions:
            if merged:
                joined = self._joined(text, merged[-1], mention)
                if joined is not None:
                    merged[-1] = joined
                    continue
            merged.append(mention)
        return self._glossed(text, merged)

    def _joined(self, text: str, previous: Mention, mention: Mention) -> Mention | None:
        """``previous`` and ``mention`` as one mention, when the text makes them one name."""
        between = text[previous.end : mention.start]
        if previous.key == mention.key:
            closing = text[mention.end : mention.end + 2]
            if _BRACKET_JOIN.fullmatch(between) and closing.lstrip().startswith(")"):
                end = text.index(")", mention.end) + 1
                return Mention(previous.key, previous.start, end, text[previous.start : end], previous.via)
            if _APPOSITION_JOIN.fullmatch(between) and ROLE in (previous.via, mention.via):
                via = ALIAS if ALIAS in (previous.via, mention.via) else ROLE
                return Mention(
                    previous.key, previous.start, mention.end, text[previous.start : mention.end], via
                )
            return None
        narrower = self._narrower(previous, mention, between)
        if narrower is None:
            return None
        return Mention(
            narrower.key, previous.start, mention.end, text[previous.start : mention.end], narrower.via
        )

    def _narrower(self, previous: Mention, mention: Mention, between: str) -> Mention | None:
        """Of two mentions side by side, the one the other qualifies: "Korea Utara KCNA" is KCNA,
        "NIS Korea Selatan" is the NIS, a spokesperson's role before their name is the person."""
        side_by_side = _QUALIFIER_JOIN.fullmatch(between) is not None
        if previous.key in self.ancestors(mention.key):
            if side_by_side or (previous.via == ROLE and _APPOSITION_JOIN.fullmatch(between)):
                return mention
            return None
        if (
            side_by_side
            and mention.key in self.ancestors(previous.key)
            and self.kind_of(previous.key) in ("organisation", "media")
            and self.kind_of(mention.key) == "state"
        ):
            return previous
        return None

    def _glossed(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A bracket right after a name that only names the same side explains it: one mention."""
        result: list[Mention] = []
        skip_until = -1
        for at, mention in enumerate(mentions):
            if mention.start < skip_until:
                continue
            gloss = _GLOSS.match(text, mention.end)
            if gloss is not None:
                inside = [
                    m
                    for m in mentions[at + 1 :]
                    if gloss.start("inner") <= m.start and m.end <= gloss.end("inner")
                ]
                if inside and all(self.related(mention.key, m.key) for m in inside):
                    end = gloss.end()
                    result.append(
                        Mention(mention.key, mention.start, end, text[mention.start : end], mention.via)
                    )
                    skip_until = end
                    continue
            result.append(mention)
        return result


@lru_cache(maxsize=1)
def default_lexicon() -> ActorLexicon:
    """A lexicon of the shipped actors (cached)."""
    return ActorLexicon(load_default_actors())

"""Which outlets and wires an article credits ("dilansir Reuters", "dikutip dari Al Jazeera").

A credit is a name in a crediting construction, not any mention of a name: "(Foto: Reuters)" is
a photo credit (and lives in a caption line that never reaches this module), and the Kremlin
"dirilis oleh Menteri Luar Negeri" is a press release, not a news outlet. Known outlets (from
the registry) count with any crediting cue nearby; unknown names count only after a strong cue
("dilansir dari Washington Times"), so that the list stays free of officials and ministries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.pipeline.outlets import OutletProfile, registry_derived, resolve_outlet

__all__ = ["Citation", "find_citations"]

# Words that credit a source when they sit just before (or after) an outlet's name.
_CUE_BEFORE = re.compile(
    r"\b(?:dilansir|melansir|dikutip|mengutip|menurut|dirilis|disiarkan|dilaporkan|melaporkan|laporan"
    r"|kata|ujar|ungkap|tulis|sebut|disebutkan|kepada|sumber|kantor berita|media|surat kabar|harian|stasiun"
    r"|according to|reported|told|cited|quoted|via|source|wawancara|interview)\b",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^[ ,]*(?:\([^()]{1,40}\)[ ,]*)?(?:melaporkan|memberitakan"
    r"|dalam laporannya|menyebutkan|reported|said|says"
    r"|mengutip|menulis|wrote|writes)\b",
    re.IGNORECASE,
)
_CUE_WINDOW = 60
_SENTENCE_BREAK = re.compile(r"[.!?]\s|[.!?]$|\n")
_STRONG_CUE = re.compile(
    # The look-ahead (the cues' first letters) only lets re skip other positions quickly.
    r"\b(?=(?i:[dmar]))(?i:dilansir|melansir|dikutip|mengutip|menurut laporan|according to|reported by|as reported by)"
    r"(?i:[ ]+(?:dari|oleh|dalam|by))?[ ]+"
    # Media nouns in lower case are a description; capitalised they are part of the name.
    r"(?:(?:kantor berita|media|surat kabar|harian"
    r"|situs(?: berita)?|laman|portal(?: berita)?|stasiun televisi"
    r"|televisi|radio|majalah|outlet(?: berita)?|news agency|the newspaper|newspaper|broadcaster)[ ]+)?"
    r"(?P<name>(?:The[ ]+)?[A-Z][\w&.'’-]*(?:[ ]+(?:[A-Z][\w&.'’-]*|of|de))*)"
)
_MAX_NAME_WORDS = 5
# Capitalised words that start the name of a person, office or institution, not of an outlet.
_NOT_OUTLETS = frozenset(
    [
        "presiden",
        "menteri",
        "juru",
        "jubir",
        "kepala",
        "direktur",
        "sekretaris",
        "wakil",
        "gubernur",
        "perdana",
        "duta",
        "kementerian",
        "pemerintah",
        "gedung",
        "pejabat",
        "ketua",
        "panglima",
        "pasukan",
        "tentara",
        "kremlin",
        "pentagon",
        "dewan",
        "badan",
        "lembaga",
        "pernyataan",
        "data",
        "keterangan",
        "president",
        "minister",
        "spokesman",
        "spokesperson",
        "official",
        "officials",
        "the",
        "government",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_SOURCE_LINE = re.compile(
    r"^(?:sumber|source|sumber berita|sumber artikel)[ ]*:[ ]*(?P<sources>.+)$", re.IGNORECASE
)
_SOURCE_SPLIT = re.compile(r"[ ]*(?:,|;|&|\bdan\b|\band\b)[ ]*")


@dataclass(frozen=True)
class Citation:
    """One credited outlet: canonical registry name when known, else the name as written."""

    name: str
    line: int
    start: int
    profile_key: str | None


def find_citations(
    lines: Iterable[tuple[int, str]],
    *,
    profiles: Sequence[OutletProfile],
    source_lines: Iterable[tuple[int, str]] = (),
    publisher: OutletProfile | None = None,
) -> tuple[str, ...]:
    """Credited outlet names in order of first appearance, without duplicates or the publisher.

    ``lines`` are (line number, text) of article content; ``source_lines`` are "Sumber: X" lines.
    """
    pattern = _known_names_pattern(profiles)
    found: list[Citation] = []
    for index, text in lines:
        found.extend(_known_citations(index, text, pattern, profiles))
        found.extend(_unknown_citations(index, text, profiles))
    for index, text in source_lines:
        found.extend(_source_citations(index, text, profiles))
    found.sort(key=lambda citation: (citation.line, citation.start))
    names: dict[str, None] = {}
    for citation in found:
        if publisher is not None and citation.profile_key == publisher.key:
            continue
        names.setdefault(citation.name, None)
    return tuple(names)


def _known_names_pattern(profiles: Sequence[OutletProfile]) -> re.Pattern[str] | None:
    return registry_derived(profiles, "citation_pattern", _build_known_names_pattern)


def _build_known_names_pattern(profiles: Sequence[OutletProfile]) -> re.Pattern[str] | None:
    variants = {variant for profile in profiles for name in profile.names for variant in (name, name.upper())}
    if not variants:
        return None
    # Same matches as the plain alternation of the names, longest first, but as a trie: re no longer
    # tries 200-odd names at every capital letter of the text, and the look-ahead on the first
    # letters lets it skip the other positions at once.
    first_letters = "".join(sorted({re.escape(name[0]) for name in variants}))
    return re.compile(rf"(?=[{first_letters}])(?<![\w.@/]){trie_alternation(variants)}(?![\w@]|\.\w)")


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching the same words as ``word1|word2|...`` sorted longest first, as a trie.

    At any position the words that match are prefixes of one another, so trying the longer
    continuation before the end of a shorter word (and backtracking from there) is exactly the
    longest-first order of the plain alternation.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


def _known_citations(
    index: int, text: str, pattern: re.Pattern[str] | None, profiles: Sequence[OutletProfile]
) -> list[Citation]:
    if pattern is None:
        return []
    citations = []
    for match in pattern.finditer(text):
        if not (_cue_before(text, match.start()) or _CUE_AFTER.match(text, match.end())):
            continue
        profile = resolve_outlet(match.group(), profiles)
        if profile is not None:
            citations.append(Citation(profile.name, index, match.start(), profile.key))
    return citations


def _cue_before(text: str, position: int) -> bool:
    window = text[max(0, position - _CUE_WINDOW) : position]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return _CUE_BEFORE.search(window) is not None


def _unknown_citations(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    citations = []
    for match in _STRONG_CUE.finditer(text):
        name = _clean_name(match.group("name"))
        if name is None or resolve_outlet(name, profiles) is not None:
            continue  # known outlets are found (with their canonical name) by _known_citations
        citations.append(Citation(name, index, match.start("name"), None))
    return citations


def _clean_name(name: str) -> str | None:
    words = name.rstrip(".,'’-").split()
    while words and words[-1] in {"of", "de"}:
        words.pop()
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    if first.casefold() in _NOT_OUTLETS:
        return None
    return " ".join(words)


def _source_citations(index: int, text: str, profiles: Sequence[OutletProfile]) -> list[Citation]:
    """ "Sumber: CNA/SL" credits CNA (SL is the editor's initials); "Sumber: A, B" credits both."""
    match = _SOURCE_LINE.match(text)
    if match is None:
        return []
    citations = []
    for part in _SOURCE_SPLIT.split(match.group("sources")):
        name = part.split("/")[0].strip(" .()[]")
        if not name or not name[0].isalnum():
            continue
        profile = resolve_outlet(name, profiles)
        shown = profile.name if profile else name
        citations.append(Citation(shown, index, match.start("sources"), profile.key if profile else None))
    return citations

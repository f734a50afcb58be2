"""Recognise the dateline that opens a news lead: "MOSKOW - ...", "Liputan6.com, Moskow - ...".

The dateline is the most reliable boundary between a page's header (headline, byline, captions)
and the article, in every house style: a short run of capitalised words (the place, sometimes
with the outlet's name or a wire credit) and a dash followed by a space, then the first
paragraph. Some sites put the dateline alone on its line ("Washington DC -"), put the place after
the outlet's name and the dash ("KONTAN.CO.ID - SEOUL. …"), or use a colon ("Moskow: …"; read only
when asked, because "Name: …" also opens quotes and labels). A hyphen inside a word
("Jurnalis-Jum'at") is not a dateline dash, and a byline "Name - detikNews" is not one either,
because no paragraph follows the dash.

Which segment names the outlet: a registry name, a domain-like token ("REPUBLIKA.CO.ID"), a
credit in parentheses ("(ANTARA)"), or the publisher the caller knows from elsewhere (the page's
URL): ``publisher_keys`` are its names squashed to letters and digits ("idntimes"), so that
"Jakarta, IDN Times -" gives the place "Jakarta" and "VIVA Bandung -" gives no place at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Dateline", "is_region", "known_place", "parse_dateline", "squash"]

_DATELINE = re.compile(
    r"^(?P<prefix>\S.{0,79}?)(?:[ ]+(?:--|[-–—])(?:[ ]+(?P<rest>.*))?"
    # The dash set against one side only: "KORUT -Pemimpin …" (the lead's first word, capitalised, glued to
    # it) or "MOSKOW- Presiden …" (glued to the place). A hyphen inside a word ("Jurnalis-Jum'at") has
    # neither space and stays a word.
    r"|[ ]+(?:--|[-–—])(?P<glued>[A-Z\u00c0-\u00de\"“].*)|(?<=[\w.)])(?:--|[-–—])[ ]+(?P<after>.*))$"
)
_COLON_DATELINE = re.compile(
    r"^(?P<prefix>[A-Z\u00c0-\u00de][\w.'’-]*(?:[ ][A-Z\u00c0-\u00de][\w.'’-]*){0,2}):[ ]+(?P<rest>.*)$"
)
# "KONTAN.CO.ID - SEOUL. Pemimpin …": the place in capitals after the outlet's dash, ending with a full stop.
_PLACE_AFTER_DASH = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’ -]{1,30}?)\.[ ]+(?P<rest>\S.*)$"
)
_QUOTE_OPENERS = "\"'“‘«"
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?[ ]+[A-Z\u00c0-\u00de]")
_NOT_ALNUM = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\(([^()]{1,40})\)")
_SEGMENT_SPLIT = re.compile(r"[ ]*[,|/][ ]*")
_CAPITALISED = re.compile(r"^[A-Z\u00c0-\u00de][\w.'’&-]*$")
_DOMAIN_LIKE = re.compile(r"^\w[\w-]*\.(?:com|co\.id|co|id|net|org|tv|news|asia|my\.id)$", re.IGNORECASE)
# "detikNews", "kumparanNEWS", and a name that opens with its number: "5Blogger", "24Berita".
_CAMEL_BRAND = re.compile(r"^(?:[a-z]+|\d+)[A-Z][\w.]*$")
_NUMBER = re.compile(r"^\d{1,4}$")
_TERMINAL = re.compile(r"""[.!?…]["'”’)]*$|["”’]$""")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)]*$""")
_MAX_PREFIX_WORDS = 7
_BARE_PLACE = re.compile(r"[A-Z\u00c0-\u00de]{3,}(?:[ ][A-Z\u00c0-\u00de]{2,}){0,2}")
_MAX_BARE_WORDS = 3
_PLACE_BEFORE_SENTENCE = re.compile(r"^(?P<place>[A-Z\u00c0-\u00de]{5,})[ ]+(?P<rest>[A-Z][a-z].*)$")
_PLACE_COMMA_WHEN = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de]{3,}(?:[ ][A-Z\u00c0-\u00de]{2,}){0,2}),[ ]+(?P<rest>pada[ ].*)$"
)
_MAX_PLACE_WORDS = 3
# Words of the labels pages print in capitals on a line of their own; no place is called that.
_SECTION_WORDS = frozenset(
    (
        "terbaru", "terkini", "populer", "berita", "news", "home", "nasional", "internasional", "dunia",
        "global", "headline", "fokus", "video", "foto", "iklan", "advertisement", "advertising", "google",
        "follow", "ikuti", "breaking", "live", "update", "trending", "opini", "editorial", "rekomendasi",
        "pilihan", "redaksi", "topik", "tag", "tags", "terpopuler", "lainnya", "baca", "juga", "artikel",
        "terkait", "related",
    )
)  # fmt: skip
# Words that make a capitalised name a publication's, not a place's: "JABAR EKSPRES", "Jakarta Insider".
_OUTLET_WORDS = frozenset(
    (
        "news", "times", "post", "pos", "ekspres", "express", "media", "tv", "online", "daily", "insider",
        "today", "berita", "kabar", "portal", "koran", "harian", "radar", "warta", "suara", "tribun",
        "info", "pers", "channel", "network", "jurnal", "journal", "majalah", "magazine", "mail",
        "herald", "review", "rakyat", "pikiran",
    )
)  # fmt: skip
# Words that qualify a place's name: "JAKARTA UTARA", "Kota Bogor", "NORTH CHUNGCHEONG".
_PLACE_QUALIFIERS = frozenset(
    ("utara", "selatan", "barat", "timur", "tengah", "north", "south", "east", "west", "kota", "kabupaten", "kab")
)  # fmt: skip
_MAX_ABBREVIATION = 3
PLACES_PATH = Path(__file__).resolve().parent.parent / "data" / "places.json"
_MIN_REST_WORDS = 6
_LONG_REST_WORDS = 15
# Labels that open a line with a colon and are no place: "Catatan: …", "Kesimpulan: …".
_LABELS = frozenset(
    [
        "catatan",
        "kesimpulan",
        "intinya",
        "ringkasan",
        "poin",
        "baca",
        "lihat",
        "simak",
        "foto",
        "video",
        "sumber",
        "editor",
        "penulis",
        "reporter",
        "update",
        "ralat",
        "koreksi",
        "pembaruan",
        "tags",
        "tag",
        "topik",
        "info",
        "note",
        "keterangan",
        "disclaimer",
        "peringatan",
        "pengumuman",
        "perhatian",
        "redaksi",
        "pertanyaan",
        "jawaban",
        "tanya",
        "jawab",
        "summary",
        "source",
    ]
)
# Capitalised words that open ordinary sentences, never a place: "Menurut Kirby - ..." is prose.
_SENTENCE_OPENERS = frozenset(
    [
        "menurut",
        "namun",
        "sementara",
        "selain",
        "dalam",
        "pada",
        "saat",
        "ketika",
        "sebelumnya",
        "kemudian",
        "adapun",
        "dia",
        "ia",
        "mereka",
        "kami",
        "kita",
        "ini",
        "itu",
        "hal",
        "karena",
        "jika",
        "bahwa",
        "para",
        "the",
        "in",
        "on",
        "at",
        "but",
        "and",
        "when",
        "after",
        "before",
        "this",
        "that",
        "he",
        "she",
        "they",
        "we",
        "it",
        "however",
        "meanwhile",
    ]
)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline. ``place`` is title-cased when written in capitals ("MOSKOW" -> "Moskow")."""

    place: str | None
    outlet: str | None
    rest: str

    @property
    def alone(self) -> bool:
        """True for a dateline on its own line, with the first paragraph on the next one."""
        return not self.rest


def parse_dateline(
    line: str,
    *,
    known_names: Collection[str] = frozenset(),
    publisher_keys: Collection[str] = frozenset(),
    allow_colon: bool = False,
    allow_bare: bool = False,
) -> Dateline | None:
    """Parse ``line`` as a lead opening with a dateline, or return None.

    ``known_names`` are casefolded outlet names and aliases, so that "Jakarta, CNN Indonesia --"
    yields the place "Jakarta" and the outlet "CNN Indonesia"; ``publisher_keys`` are the
    publisher's names squashed (see :func:`squash`). ``allow_colon`` also reads "Moskow: …";
    ``allow_bare`` also reads a place in capitals alone on its line, with no dash ("ISTANBUL"): only a
    caller that checks a paragraph follows should ask, as section labels look the same.
    """
    bracketed = _BRACKETED.match(line) if line.startswith("[") else None
    if bracketed is not None:
        return _bracketed_dateline(bracketed, known_names, publisher_keys, allow_bare)
    match = _DATELINE.match(line)
    if match is None and allow_bare and _bare_place(line):
        return Dateline(place=_title_case(line.strip()), outlet=None, rest="")
    glued = _PLACE_BEFORE_SENTENCE.match(line) if match is None and allow_bare else None
    if (
        glued is not None
        and glued.group("place").casefold() not in known_names
        and _bare_place(glued.group("place"))
        and _is_paragraph(glued.group("rest"))
    ):
        # "PYONGYANG Anggota parlemen …": a copy that lost the dateline's dash
        return Dateline(place=_title_case(glued.group("place")), outlet=None, rest=glued.group("rest"))
    lead = _PLACE_COMMA_WHEN.match(line) if match is None and allow_bare else None
    if lead is not None and _bare_place(lead.group("place")) and _is_paragraph(lead.group("rest")):
        # "MOSKOW, pada Jumat (14/1), mengecam …": a wire's dateline with a comma, the time after it
        return Dateline(place=_title_case(lead.group("place")), outlet=None, rest=lead.group("rest"))
    signed = _place_comma_outlet(line, known_names, publisher_keys) if match is None else None
    if signed is not None:
        return signed
    paired = _outlet_comma_place(line, known_names, publisher_keys) if match is None and allow_bare else None
    if paired is not None:
        return paired
    if match is None:
        return _colon_dateline(line, known_names, publisher_keys) if allow_colon else None
    rest = (match.group("rest") or match.group("glued") or match.group("after") or "").strip()
    if rest and not _is_paragraph(rest):
        return None
    prefix = match.group("prefix").strip()
    outlets = [group.strip() for group in _PARENS.findall(prefix)]
    places: list[str] = []
    segments: list[tuple[str, str]] = []
    for segment in _SEGMENT_SPLIT.split(_PARENS.sub(" ", prefix)):
        segment = segment.strip()
        if not segment:
            continue
        kind = _segment_kind(segment, known_names, publisher_keys)
        if kind is None:
            return None
        segments.append((segment, kind))
    words = sum(len(segment.split()) for segment, _ in segments)
    for segment, kind in _places_or_outlets(segments, bool(outlets)):
        if kind == "outlet":
            outlets.append(segment)
        elif kind == "place":
            places.append(_title_case(segment))
    if words > _MAX_PREFIX_WORDS or not (places or outlets):
        return None
    if outlets and not places:
        after = _PLACE_AFTER_DASH.match(rest)
        if after is not None and _is_paragraph(after.group("rest")):
            places.append(_title_case(after.group("place").strip()))
    # The place is the first one named: what follows it qualifies it ("SEOUL, KOREA SELATAN") or is an
    # outlet the registry does not know ("BEIJING, Sindonews"), and neither is where the news was filed.
    return Dateline(place=places[0] if places else None, outlet=", ".join(outlets) or None, rest=rest)


# "[SEOUL] – Korea Utara …", "[MOSKOW]": a dateline some sites set in square brackets. The brackets hold a
# name, never a label with its colon ("[Foto: …]", "[Gambas:Video …]").
_BRACKETED = re.compile(
    r"^\[[ ]*(?P<inner>[^\[\]:]{2,60}?)[ ]*\](?:[ ]*(?P<dash>--|[-–—])(?=[ ]|$))?[ ]*(?P<rest>.*)$"
)


def _bracketed_dateline(
    match: re.Match[str], known_names: Collection[str], publisher_keys: Collection[str], allow_bare: bool
) -> Dateline | None:
    """A dateline in square brackets, read as the same dateline without them. Labels in brackets ("[Video]",
    "[ADVERTISEMENT]", "[Foto]") name no place; without a dash ("[MOSKOW]" alone, or "[SEOUL] Korea Utara …")
    the name must be one the gazetteer knows, as a bracketed topic tag or label looks the same."""
    inner, rest = match.group("inner").strip(), match.group("rest").strip()
    words = _SEGMENT_SPLIT.sub(" ", inner).split()
    if any(word.casefold() in _SECTION_WORDS or word.casefold() in _LABELS for word in words):
        return None
    if match.group("dash"):
        parsed = parse_dateline(
            f"{inner} – {rest}".rstrip(), known_names=known_names, publisher_keys=publisher_keys
        )
        return parsed if parsed is not None and parsed.place is not None else None
    place = _SEGMENT_SPLIT.split(inner)[0].strip()
    if _segment_kind(place, known_names, publisher_keys) != "place" or not known_place(place):
        return None
    if not rest:
        return Dateline(place=_title_case(place), outlet=None, rest="") if allow_bare else None
    if rest[:1].isupper() and _is_paragraph(rest):
        return Dateline(place=_title_case(place), outlet=None, rest=rest)
    return None


def _place_comma_outlet(
    line: str, known_names: Collection[str], publisher_keys: Collection[str]
) -> Dateline | None:
    """ "Pyongyang, Purna Warta Duta Besar …": a place the gazetteer knows, a comma, then the outlet's own
    name run straight into the lead: the dateline's dash was lost with the page's markup."""
    match = _PLACE_COMMA_TAIL.match(line)
    if match is None or _place_kind(match.group("place")) is None:
        return None
    words = match.group("tail").split(" ")
    for size in range(1, min(_MAX_SIGNATURE_WORDS, len(words) - 1) + 1):
        name = " ".join(words[:size])
        rest = " ".join(words[size:])
        # The publisher's name, a registry outlet's, or a site's address ("Amerika Serikat, CONTOH.COM Para
        # pejabat …"), which names an outlet whoever reads the page.
        if not (
            squash(name) in publisher_keys
            or name.casefold() in known_names
            or (size == 1 and _DOMAIN_LIKE.match(name))
        ):
            continue
        if rest[:1].isupper() and _is_paragraph(rest):
            return Dateline(place=_title_case(match.group("place")), outlet=name, rest=rest)
    return None


def _outlet_comma_place(
    line: str, known_names: Collection[str], publisher_keys: Collection[str]
) -> Dateline | None:
    """ "TVRINews, Jakarta" or "Jakarta, Kabarcontoh.com" alone on its line, no dash: the dateline some
    sites set on a line of its own above the lead. Read only when one side is a place the gazetteer knows
    and the other an outlet's name (a registry name, the publisher's, a domain, or an unknown name beside
    a known city, as in a dashed dateline); two names that are neither ("Putin, Kim") are a headline's."""
    if _PAIR_LINE.fullmatch(line.strip()) is None:
        return None
    parsed = parse_dateline(f"{line.strip()} -", known_names=known_names, publisher_keys=publisher_keys)
    if parsed is None or parsed.place is None or parsed.outlet is None or not known_place(parsed.place):
        return None
    if any(word.casefold() in _SECTION_WORDS for word in parsed.outlet.split()):
        return None  # "Berita, Jakarta": a section label and a place, not a dateline
    return Dateline(place=parsed.place, outlet=parsed.outlet, rest="")


# Two short names and a comma, nothing else: "TVRINews, Jakarta", "SURABAYA, Kabarcontoh.com".
_PAIR_LINE = re.compile(r"[^\s,]+(?:[ ][^\s,]+){0,2},[ ][^\s,]+(?:[ ][^\s,]+){0,2}")


_PLACE_COMMA_TAIL = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de][\w'’.-]*(?:[ ][A-Z\u00c0-\u00de][\w'’.-]*){0,2}),[ ]+(?P<tail>\S.*)$"
)
_MAX_SIGNATURE_WORDS = 4


def _places_or_outlets(segments: list[tuple[str, str]], credited: bool) -> list[tuple[str, str]]:
    """Tell which capitalised segments are places and which are an outlet the registry lacks.

    By shape alone "JABAR EKSPRES -", "PARBOABOA, Jakarta -" and "Kyiv, VIVA -" look like places. A name
    the gazetteer knows is a place; one with a publication's word ("Ekspres", "Insider") is an outlet;
    an unknown name beside a known city is the outlet that filed from that city, beside a region it is a
    town the region qualifies ("CIBINONG, JAWA BARAT"), beside an outlet it is the place, and alone it is
    taken for the outlet: datelines name cities a gazetteer knows far more often than villages.
    """
    gazetteer = [
        (segment, kind, _place_kind(segment) if kind == "place" else None) for segment, kind in segments
    ]
    beside_city = any(known == "city" for _, _, known in gazetteer)
    beside_region = any(known == "region" for _, _, known in gazetteer)
    beside_outlet = credited or any(kind == "outlet" for _, kind, _ in gazetteer)
    resolved = []
    for segment, kind, known in gazetteer:
        publication_word = any(word in _OUTLET_WORDS for word in map(squash, segment.split()))
        unqualified = not beside_outlet and (beside_city or not beside_region)
        if kind == "place" and known is None and (publication_word or unqualified):
            kind = "outlet"
        resolved.append((segment, kind))
    return resolved


def _place_kind(name: str) -> str | None:
    """'city' or 'region' when the gazetteer knows ``name`` (qualifiers such as "Utara" aside), else None."""
    cities, regions = _gazetteer()
    words = [squash(word) for word in name.split()]
    core = [word for word in words if word not in _PLACE_QUALIFIERS] or words
    # "NEW YORK DC", "SEOUL SELATAN": a known name, then qualifiers or an abbreviation.
    for end in range(len(core), 0, -1):
        if end < len(core) and any(len(word) > _MAX_ABBREVIATION for word in core[end:]):
            continue
        key = "".join(core[:end])
        if key in cities:
            return "city"
        if key in regions:
            return "region"
    return None


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city or a region ("Korea Utara", "Moskow")."""
    return _place_kind(name) is not None


def is_region(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a region (a country, a province), not a city."""
    return _place_kind(name) == "region"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    document = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    return frozenset(map(squash, document["cities"])), frozenset(map(squash, document["regions"]))


def _bare_place(line: str) -> bool:
    """A place in capitals alone on its line ("ISTANBUL", "WASHINGTON DC"), not a page's section label."""
    words = line.split()
    return (
        bool(_BARE_PLACE.fullmatch(line.strip()))
        and len(words) <= _MAX_BARE_WORDS
        and not any(word.casefold() in _SECTION_WORDS for word in words)
    )


def squash(name: str) -> str:
    """A name's letters and digits, casefolded: "IDN Times" and "idntimes" agree."""
    return _NOT_ALNUM.sub("", name.casefold())


def _colon_dateline(
    line: str, known_names: Collection[str], publisher_keys: Collection[str]
) -> Dateline | None:
    match = _COLON_DATELINE.match(line)
    if match is None:
        return None
    prefix, rest = match.group("prefix"), match.group("rest").strip()
    if rest[:1] in _QUOTE_OPENERS or not rest[:1].isupper() or len(rest.split()) < _MIN_REST_WORDS:
        return None
    # A sentence, not a headline: "Putin: Hubungan yang Lebih Erat …" reads like a title, and so does one
    # that ends on a quoted phrase ("Kremlin: … ‘jika diperlukan’") rather than a full stop.
    if not (_SENTENCE_END.search(rest) or _SENTENCE_BREAK.search(rest)):
        return None
    if prefix.split()[0].casefold() in _LABELS:
        return None
    if _segment_kind(prefix, known_names, publisher_keys) != "place":
        return None
    return Dateline(place=_title_case(prefix), outlet=None, rest=rest)


def _is_paragraph(text: str) -> bool:
    count = len(text.split())
    return count >= _LONG_REST_WORDS or (count >= _MIN_REST_WORDS and bool(_TERMINAL.search(text)))


def _segment_kind(
    segment: str, known_names: Collection[str], publisher_keys: Collection[str] = ()
) -> str | None:
    """'outlet', 'place', 'date' (ignored) or None when the segment cannot be part of a dateline."""
    if segment.casefold() in known_names:
        return "outlet"
    words = segment.split()
    if publisher_keys and (squash(segment) in publisher_keys or squash(words[0]) in publisher_keys):
        return "outlet"  # "IDN Times", or "VIVA Bandung": the publisher and its regional edition
    if len(words) == 1 and (_DOMAIN_LIKE.match(segment) or _CAMEL_BRAND.match(segment)):
        return "outlet"
    if all(_NUMBER.match(word) or _CAPITALISED.match(word) for word in words) and any(
        _NUMBER.match(word) for word in words
    ):
        return "date"  # "SEOUL, 14 Oktober (Reuters) -"
    if (
        all(_CAPITALISED.match(word) for word in words)
        and words[0].casefold() not in _SENTENCE_OPENERS
        and len(words) <= _MAX_PLACE_WORDS
    ):
        return "place"  # a place has a short name: "RUSIA PUJI TENTARA KORUT - …" is a caption's label
    return None


def _title_case(place: str) -> str:
    """'MOSKOW' -> 'Moskow', 'WASHINGTON DC' -> 'Washington DC'; mixed case is left alone."""
    letters = [ch for ch in place if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return place
    return " ".join(word if len(word) <= 2 else word.capitalize() for word in place.split())

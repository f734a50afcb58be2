"""Who published a page: a registry outlet, or one the page reveals that the registry does not know yet.

The evidence, strongest first:

1. the page's address (given with the import, or the HTML page's canonical URL): its domain names
   the publisher, known or not;
2. a registry outlet's signature in the lead's dateline ("Liputan6.com, Moskow -");
3. an outlet named in the lead's dateline that the registry lacks: a domain-like name
   ("REPUBLIKA.CO.ID, MOSKOW --", "KONTAN.CO.ID - SEOUL."), a credit in parentheses ("Seoul
   (XYZ) -");
4. a registry signature in the header above the lead, then an outlet-like name in a header stamp
   ("Contoh.com - 25/04/2019, 12:17 WIB") or a byline ("Name - Contoh.com");
5. a registry signature anywhere but a wire's, then a copyright line ("© 2024 Contoh.co.id"), then
   the site inviting its readers to follow it ("ikuti WhatsApp channel contoh.com"), then the site's
   address gathering the article's sources in its own voice ("Contoh.co.id mengutip laporan …").

An outlet the registry lacks comes back as an :class:`OutletSighting`: the name as the page writes
it, the domain when one was seen, and the signature fragment (what an editor confirms so that the
next page of that outlet is recognised by its text too). Each answer says which line it came from
and how sure it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pipeline.bylines import parse_byline
from ingest.pipeline.classify import is_correction_notice
from ingest.pipeline.dateline import Dateline, parse_dateline, squash
from ingest.pipeline.dates import find_dates
from ingest.pipeline.outlets import (
    CREDITED_KINDS,
    OutletProfile,
    host_of,
    known_names,
    profile_for_domain,
    resolve_outlet,
    site_root,
)

__all__ = ["OutletSighting", "Publisher", "identify_publisher", "publisher_keys"]

_DOMAIN_TOKEN = re.compile(
    r"(?<![\w@/.-])(?P<name>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:com|co\.id|co|id|net|org|tv|news|asia"
    r"|my\.id|live|jp|kr|co\.kr|or\.id|web\.id))(?![\w.-]*\w)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyrights?\b|hak cipta\b)", re.IGNORECASE)
_LEADING_DOMAIN = re.compile(rf"^{_DOMAIN_TOKEN.pattern}(?=[ ]*(?:,|/|[-–—|][ ]|$))", re.IGNORECASE)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyrights?)[ ]*(?:©|\(c\))?[ ]*(?:\d{4}(?:[ ]*[-–][ ]*\d{4})?[ ]*)?(?:pt\.?[ ]+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})",
    re.IGNORECASE,
)
# "Ikuti WhatsApp channel contoh.com", "breaking news Contoh.co lewat Grup Telegram": a site invites its
# readers to follow it, under its own name, at the foot of its pages.
_INVITATION = re.compile(
    r"\b(?:ikuti|follow|gabung|bergabung|join|dapatkan|simak|subscribe|berlangganan|langganan)\b.*"
    r"\b(?:channel|saluran|google news|whatsapp|telegram|newsletter|breaking news|update berita)\b"
    r"|\b(?:channel|saluran|google news|whatsapp|telegram|breaking news)\b.*"
    r"\b(?:ikuti|follow|gabung|bergabung|join|subscribe|berlangganan)\b"
    r"|\b(?:breaking news|update berita|berita terkini|berita terbaru)\b.*\b(?:google news|whatsapp|telegram)\b",
    re.IGNORECASE,
)
_BYLINE_OUTLET = re.compile(r"[-–—|][ ]*(?P<outlet>\S+)$")
_SEPARATOR_AFTER = r"\)?[ ]*(?:,|--|[-–—])"
_MAX_ACRONYM = 5
_SECOND_LEVEL_WORDS = frozenset({"co", "or", "ac", "go", "web", "my", "sch", "net", "com", "org"})

# How sure each kind of evidence makes us of the publisher.
CONFIDENCE = {
    "url": 0.95,
    "html": 0.9,
    "dateline": 0.85,
    "dateline_new": 0.7,
    "header": 0.75,
    "header_new": 0.6,
    "page": 0.55,
    "copyright_new": 0.5,
    "invitation": 0.45,
}


@dataclass(frozen=True)
class OutletSighting:
    """An outlet the registry does not know, as the page shows it: what an editor confirms or merges."""

    name: str
    domain: str = ""
    signature: str = ""  # the literal fragment that marks its pages, e.g. "REPUBLIKA.CO.ID,"


@dataclass(frozen=True)
class Publisher:
    """The publisher of a page: a registry ``profile`` or a ``sighting``, with its provenance.

    ``line`` is the 0-based index of the line the evidence is on (None for an address), ``evidence``
    that line or the address, ``how`` a few words for editors, ``confidence`` between 0 and 1.
    """

    profile: OutletProfile | None
    sighting: OutletSighting | None
    line: int | None
    evidence: str
    how: str
    confidence: float

    @property
    def name(self) -> str:
        if self.profile is not None:
            return self.profile.name
        return self.sighting.name if self.sighting is not None else ""


def publisher_keys(publisher: Publisher | None) -> frozenset[str]:
    """The publisher's names squashed (``dateline.squash``), to tell its name from a place in a dateline."""
    if publisher is None:
        return frozenset()
    if publisher.profile is not None:
        names = [*publisher.profile.names, _label(publisher.profile.domain)]
    else:
        assert publisher.sighting is not None  # noqa: S101 - narrows the type for mypy: a publisher has a profile or a sighting
        names = [publisher.sighting.name, _label(publisher.sighting.domain)]
    return frozenset(key for key in map(squash, names) if len(key) >= 3)


def identify_publisher(
    lines: Sequence[str],
    profiles: Sequence[OutletProfile],
    *,
    lead: int | None,
    url: str | None = None,
    html_domain: str | None = None,
    site_name: str | None = None,
) -> Publisher | None:
    """The publisher of the page made of ``lines`` (see the module docstring), or None.

    ``lead`` is the index of the article's first line (its dateline), as classification found it.
    """
    names = known_names(profiles)
    for address, how in ((url, "url"), (html_domain, "html")):
        host = host_of(address or "")
        if host and "." in host:
            return _from_host(host, address or "", how, lines, lead, profiles, names, site_name)
    lead_line = lines[lead] if lead is not None and lead < len(lines) else ""
    # The lead as classification found it: a dateline alone on its line ("TVRINews, Jakarta") names its outlet too.
    dateline = parse_dateline(lead_line, known_names=names, allow_bare=True) if lead_line else None
    header_end = lead if lead is not None else min(len(lines), 15)
    found = (
        _known_signature(lines, [lead] if lead_line and lead is not None else [], profiles, True, "dateline")
        or _dateline_outlet(dateline, lead_line, lead, profiles)
        or _known_signature(lines, range(header_end), profiles, True, "header")
        or _header_sighting(lines, range(header_end), names)
        # The lead itself may open with the site's address and a comma: "CONTOH.COM, Kepala intelijen …".
        or _leading_domain(
            lines, [*range(header_end), *([lead] if lead_line and lead is not None else [])], profiles
        )
        or _known_signature(lines, range(len(lines)), profiles, False, "page")
        or _copyright_sighting(lines)
        or _invitation_outlet(lines, profiles)
        or _gathering_site(lines, profiles)
    )
    return found


# --- from the address -----------------------------------------------------------------------------


def _from_host(
    host: str,
    address: str,
    how: str,
    lines: Sequence[str],
    lead: int | None,
    profiles: Sequence[OutletProfile],
    names: frozenset[str],
    site_name: str | None,
) -> Publisher:
    where = "the page's address" if how == "url" else "the HTML page's canonical address"
    known = profile_for_domain(host, profiles)
    if known is not None:
        return Publisher(known, None, None, address, f"domain {host} in {where}", CONFIDENCE[how])
    domain = site_root(host)
    label = _label(domain)
    # How the page itself writes the name, when it does: "REPUBLIKA.CO.ID", "IDN Times", "JABAR EKSPRES".
    seen = _seen_as(label, lines, lead, names)
    if seen is None and host != domain:
        # A network's regional site on a subdomain signs its pages with its own name: "MEDIA PAKUAN -"
        # on mediapakuan.<network>.com. Only a name the page writes counts, so "m." or "news." never does.
        seen = _seen_as(squash(host.split(".")[0]), lines, lead, names)
    if seen is not None:
        name, signature = seen
    else:
        name, signature = (site_name or "").strip() or _name_from_domain(domain), ""
    sighting = OutletSighting(name=name[:200], domain=domain, signature=signature)
    return Publisher(
        None, sighting, None, address, f"domain {host} in {where}; not in the registry", CONFIDENCE[how]
    )


def _seen_as(
    label: str, lines: Sequence[str], lead: int | None, names: frozenset[str]
) -> tuple[str, str] | None:
    """(name, signature) of the outlet whose name squashes to ``label``, as the lead or header writes it."""
    keys = frozenset({label})
    candidates = ([lead] if lead is not None and lead < len(lines) else []) + list(
        range(min(len(lines), lead if lead is not None else 15))
    )
    for index in candidates:
        line = lines[index]
        parsed = parse_dateline(line, known_names=names, publisher_keys=keys)
        if parsed is not None and parsed.outlet:
            for outlet in parsed.outlet.split(", "):
                if label in {squash(outlet), squash(outlet.split()[0]), _label(outlet.lower())}:
                    return _display(outlet), _signature(line, outlet)
        for match in _DOMAIN_TOKEN.finditer(line):
            if _label(match.group("name").lower()) == label:
                return _display(match.group("name")), ""
    return None


# --- from the text --------------------------------------------------------------------------------


def _known_signature(
    lines: Sequence[str],
    indexes: Sequence[int] | range,
    profiles: Sequence[OutletProfile],
    credited_allowed: bool,
    how: str,
) -> Publisher | None:
    """The registry signature that occurs first in the given lines (the longer one at the same place)."""
    chosen = [index for index in indexes if lines[index]]
    if not chosen:
        return None
    # Speed: one search per signature over the lines joined, not one per signature and line.
    text = "\n".join(lines[index] for index in chosen).casefold()
    best: tuple[int, int, OutletProfile, str] | None = None
    for profile in profiles:
        if not credited_allowed and profile.kind in CREDITED_KINDS:
            continue
        for signature in profile.signatures:
            position = text.find(signature.casefold())
            if position >= 0 and (best is None or (position, -len(signature)) < best[:2]):
                best = (position, -len(signature), profile, signature)
    if best is None:
        return None
    position, _, profile, signature = best
    index = chosen[text.count("\n", 0, position)]
    where = {"dateline": "the dateline", "header": "the page header", "page": "the page"}[how]
    return Publisher(
        profile, None, index, lines[index], f"signature “{signature}” in {where}", CONFIDENCE[how]
    )


def _dateline_outlet(
    dateline: Dateline | None, line: str, lead: int | None, profiles: Sequence[OutletProfile]
) -> Publisher | None:
    """The outlet the lead's dateline names: a registry outlet by name, else a sighting."""
    if dateline is None or not dateline.outlet or lead is None:
        return None
    for outlet in dateline.outlet.split(", "):
        known = resolve_outlet(outlet, profiles)
        if known is not None:
            return Publisher(known, None, lead, line, f"“{outlet}” in the dateline", CONFIDENCE["dateline"])
        domain = outlet.lower() if _DOMAIN_TOKEN.fullmatch(outlet) else ""
        sighting = OutletSighting(name=_display(outlet), domain=domain, signature=_signature(line, outlet))
        return Publisher(
            None,
            sighting,
            lead,
            line,
            f"“{outlet}” in the dateline; not in the registry",
            CONFIDENCE["dateline_new"],
        )
    return None


def _header_sighting(lines: Sequence[str], indexes: range, names: frozenset[str]) -> Publisher | None:
    """An outlet-like name in a header stamp or byline: "Contoh.com - 25/04/2019", "Ani - Contoh.com"."""
    for index in indexes:
        line = lines[index]
        if not line or is_correction_notice(line):
            continue
        token = None
        if parse_byline(line, names) is not None:
            match = _BYLINE_OUTLET.search(line)
            token = (
                match.group("outlet") if match and _DOMAIN_TOKEN.fullmatch(match.group("outlet")) else None
            )
        elif _is_stamp(line):
            match = _DOMAIN_TOKEN.search(line)
            token = match.group("name") if match else None
        if token:
            sighting = OutletSighting(name=_display(token), domain=token.lower(), signature="")
            return Publisher(
                None,
                sighting,
                index,
                line,
                f"“{token}” in the page header; not in the registry",
                CONFIDENCE["header_new"],
            )
    return None


def _is_stamp(line: str) -> bool:
    return any(mention.precision == "day" for mention in find_dates(line)) and len(line.split()) <= 12


def _leading_domain(
    lines: Sequence[str], indexes: Sequence[int], profiles: Sequence[OutletProfile]
) -> Publisher | None:
    """A header line that opens with the site's own name: "CONTOH.COM, DUNIA.", "contoh.co.id",
    "contoh.com/lain.com/Judul". A registry outlet there is a credit or a photo's source, not the publisher."""
    first = next((index for index in indexes if lines[index].strip()), None)
    for index in indexes:
        match = _LEADING_DOMAIN.match(lines[index])
        if match is None and index == first:
            # The page's first line: the site's name and its tagline ("contoh.co portal berita harian …").
            match = _DOMAIN_TOKEN.match(lines[index])
        if match is None or resolve_outlet(match.group("name"), profiles) is not None:
            continue
        token = match.group("name")
        sighting = OutletSighting(name=_display(token), domain=token.lower(), signature="")
        return Publisher(
            None,
            sighting,
            index,
            lines[index],
            f"“{token}” opens a line of the page header; not in the registry",
            CONFIDENCE["copyright_new"],
        )
    return None


def _invitation_outlet(lines: Sequence[str], profiles: Sequence[OutletProfile]) -> Publisher | None:
    """The site that invites readers to follow it ("ikuti WhatsApp channel contoh.com"), by its domain.

    A wire or state agency named there is not the publisher: sites do not invite readers to follow
    the agencies they credit, so such a line is skipped.
    """
    for index, line in enumerate(lines):
        if len(line.split()) > 40 or not _INVITATION.search(line):
            continue
        token = _DOMAIN_TOKEN.search(line)
        if token is None:
            continue
        name = token.group("name")
        known = resolve_outlet(name, profiles) or profile_for_domain(name, profiles)
        how = f"“{name}” in an invitation to follow the site"
        if known is not None:
            if known.kind in CREDITED_KINDS:
                continue
            return Publisher(known, None, index, line, how, CONFIDENCE["invitation"])
        sighting = OutletSighting(name=_display(name), domain=name.lower(), signature="")
        return Publisher(None, sighting, index, line, f"{how}; not in the registry", CONFIDENCE["invitation"])
    return None


# "Contoh.co.id mengutip laporan terbaru dari …": a site's address as the subject of a verb of gathering what
# others published is the site writing the article; an outlet the article credits is the object of such a verb.
_GATHERS = re.compile(
    rf"{_DOMAIN_TOKEN.pattern}[ ]+(?:(?:telah|juga|sebelumnya)[ ]+)?(?:mengutip|melansir|merangkum|menghimpun)\b",
    re.IGNORECASE,
)


def _gathering_site(lines: Sequence[str], profiles: Sequence[OutletProfile]) -> Publisher | None:
    """The site whose address gathers the article's sources in its own voice (see ``_GATHERS``), when it is
    not a registry outlet: "Kompas.com mengutip …" on another site is that site's copy of Kompas's story."""
    for index, line in enumerate(lines):
        for match in _GATHERS.finditer(line):
            name = match.group("name")
            if resolve_outlet(name, profiles) or profile_for_domain(name, profiles):
                continue
            sighting = OutletSighting(name=_display(name), domain=name.lower(), signature="")
            how = f"“{name}” gathers the article's sources in its own voice; not in the registry"
            return Publisher(None, sighting, index, line, how, CONFIDENCE["invitation"])
    return None


def _copyright_sighting(lines: Sequence[str]) -> Publisher | None:
    for index, line in enumerate(lines):
        if not _COPYRIGHT.search(line) or len(line.split()) > 20:
            continue
        token = _DOMAIN_TOKEN.search(line)
        if token is not None:
            name, domain = _display(token.group("name")), token.group("name").lower()
        else:
            match = _COPYRIGHT_NAME.search(line)
            if match is None:
                continue
            name, domain = _copyright_holder(match.group("name")), ""
            if not name or name.casefold() in {"all", "hak", "copyright"}:
                continue
        sighting = OutletSighting(name=name, domain=domain, signature="")
        return Publisher(
            None,
            sighting,
            index,
            line,
            f"“{name}” in the copyright line; not in the registry",
            CONFIDENCE["copyright_new"],
        )
    return None


# --- names ----------------------------------------------------------------------------------------


_RIGHTS_WORDS = frozenset(
    {"all", "semua", "hak", "rights", "reserved", "cipta", "dilindungi", "undang-undang"}
)


def _copyright_holder(words: str) -> str:
    """The holder a copyright line names: "Kabar Pesisir Media. All" -> "Kabar Pesisir Media"; the
    sentence that follows the name ("All rights reserved", "Hak cipta dilindungi") is no part of it."""
    name = re.split(r"\.[ ]", words, maxsplit=1)[0].strip(" .,")
    kept = name.split()
    while kept and kept[-1].casefold().strip(".,") in _RIGHTS_WORDS:
        kept.pop()
    return " ".join(kept)


def _label(domain: str) -> str:
    """The distinctive label of a domain: "kontan" for "kontan.co.id", "idntimes" for "idntimes.com"."""
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return squash(domain)
    labels = labels[:-1]
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL_WORDS:
        labels.pop()
    return squash(labels[-1])


def _display(name: str) -> str:
    """A name as an editor would file it: "REPUBLIKA.CO.ID" -> "Republika.co.id", "JABAR EKSPRES" -> "Jabar Ekspres"."""
    name = name.strip(" ,-–—()")
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        if "." in name and " " not in name:
            head, _, tail = name.partition(".")
            return f"{head.capitalize()}.{tail.lower()}"
        words = name.split()
        if len(words) == 1 and len(name) <= _MAX_ACRONYM:
            return name  # "KBN", "RRI": an acronym
        return " ".join(word.capitalize() if len(word) > 3 else word for word in words)
    return name


def _name_from_domain(domain: str) -> str:
    return domain[:1].upper() + domain[1:]


def _signature(line: str, outlet: str) -> str:
    """The fragment of ``line`` that marks the outlet's pages: "REPUBLIKA.CO.ID," or "(ANTARA) -"."""
    match = re.search(r"\(?" + re.escape(outlet) + _SEPARATOR_AFTER, line)
    return match.group(0) if match else outlet

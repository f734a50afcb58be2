"""The outlet registry: who publishes, who is credited, and how a page gives its publisher away.

Outlet knowledge is data (``ingest/data/outlets.json``, and database rows on the Django side
built with :func:`profile_from_dict`), never ``if outlet == ...`` code, so that editors can add an
outlet without a deploy. Signatures are literal, case-insensitive fragments rather than regexes
because editors maintain them in the admin.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ingest.pipeline.dateline import parse_dateline, squash

__all__ = [
    "CREDITED_KINDS",
    "DEFAULT_PROFILES_PATH",
    "OUTLET_KINDS",
    "SIGNOFF_ROLES",
    "OutletProfile",
    "detect_outlet",
    "glued_spellings",
    "host_of",
    "known_names",
    "load_default_profiles",
    "profile_for_domain",
    "profile_from_dict",
    "resolve_outlet",
    "site_root",
]

DEFAULT_PROFILES_PATH = Path(__file__).resolve().parent.parent / "data" / "outlets.json"
OUTLET_KINDS = ("newspaper", "news_site", "wire", "state_media", "broadcaster")
SIGNOFF_ROLES = ("editor", "author", "initials")
# Agencies whose name in a text is a credit, not a claim of publication: they only count as the
# publisher when their own dateline signature ("(Reuters) -") sits in the lead or header.
CREDITED_KINDS = frozenset({"wire", "state_media"})

# How far down a page the lead may sit (ad blocks, headline, byline, captions come first).
_LEAD_SEARCH_LINES = 60
# Without a detected lead, this many lines count as the page header.
_HEADER_LINES_WITHOUT_LEAD = 15
# Second-level labels under which registries sell names (co.id, or.jp, com.au, ...).
_SECOND_LEVEL = frozenset({"co", "or", "com", "ac", "go", "net", "org", "web", "my", "sch"})
_HOST_PREFIX = re.compile(r"^www\d?\.")


@dataclass(frozen=True)
class OutletProfile:
    """One outlet: a publisher of pages, a source that texts credit, or both."""

    key: str
    name: str
    domain: str
    country: str
    kind: str
    aliases: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    signoff_role: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a text may use for this outlet, canonical name first."""
        return (self.name, *self.aliases)


def profile_from_dict(data: Mapping[str, Any]) -> OutletProfile:
    """Build a profile from a JSON object or a database row with the same keys.

    Raises ``ValueError`` on malformed data: that is a configuration error, not bad input.
    """
    missing = [field for field in ("key", "name", "domain", "country", "kind") if not data.get(field)]
    if missing:
        raise ValueError(f"outlet profile {data.get('key')!r} lacks {', '.join(missing)}")
    if data["kind"] not in OUTLET_KINDS:
        raise ValueError(f"outlet {data['key']!r}: kind {data['kind']!r} is not one of {OUTLET_KINDS}")
    role = data.get("signoff_role") or None
    if role is not None and role not in SIGNOFF_ROLES:
        raise ValueError(f"outlet {data['key']!r}: signoff_role {role!r} is not one of {SIGNOFF_ROLES}")
    return OutletProfile(
        key=str(data["key"]),
        name=str(data["name"]),
        domain=_host(str(data["domain"])),
        country=str(data["country"]).upper(),
        kind=str(data["kind"]),
        aliases=_strings(data.get("aliases")),
        signatures=_strings(data.get("signatures")),
        signoff_role=role,
    )


def _strings(values: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(str(value).strip() for value in values or () if str(value).strip())


def load_default_profiles(path: Path | None = None) -> tuple[OutletProfile, ...]:
    """The registry shipped with the code (``ingest/data/outlets.json`` unless ``path`` is given)."""
    return _load(path or DEFAULT_PROFILES_PATH)


@lru_cache(maxsize=8)
def _load(path: Path) -> tuple[OutletProfile, ...]:
    document = json.loads(path.read_text(encoding="utf-8"))
    profiles = tuple(profile_from_dict(item) for item in document["profiles"])
    keys = [profile.key for profile in profiles]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"{path}: duplicate outlet keys {duplicates}")
    return profiles


# Speed: what a registry implies (its names, its lookup table, a compiled pattern) is worked out once
# per registry, not once per line: an import batch hands every article the same tuple of frozen
# profiles. Keyed by identity, and the entry holds the tuple, so an id is never reused while cached.
_REGISTRY_CACHE: dict[int, tuple[tuple[OutletProfile, ...], dict[str, Any]]] = {}
_REGISTRY_CACHE_SIZE = 16


def registry_derived(
    profiles: Sequence[OutletProfile], name: str, build: Callable[[Sequence[OutletProfile]], Any]
):
    """``build(profiles)``, cached for an (immutable) tuple of profiles; a list is built every time."""
    if not isinstance(profiles, tuple):
        return build(profiles)
    entry = _REGISTRY_CACHE.get(id(profiles))
    if entry is None or entry[0] is not profiles:
        if len(_REGISTRY_CACHE) >= _REGISTRY_CACHE_SIZE:
            _REGISTRY_CACHE.clear()
        entry = (profiles, {})
        _REGISTRY_CACHE[id(profiles)] = entry
    derived = entry[1]
    if name not in derived:
        derived[name] = build(profiles)
    return derived[name]


def known_names(profiles: Sequence[OutletProfile]) -> frozenset[str]:
    """Casefolded names, aliases and domains of every outlet (to recognise them in datelines)."""
    return registry_derived(profiles, "known_names", _known_names)


def _known_names(profiles: Sequence[OutletProfile]) -> frozenset[str]:
    names: set[str] = set()
    for profile in profiles:
        names.update(name.casefold() for name in profile.names)
        names.add(profile.domain.casefold())
    return frozenset(names)


# A name of two words or more written as one ("Kyivindependent", "Nypost" for "NY Post"): the same outlet
# when its letters and digits agree and there are enough of them not to spell a word of their own.
_MIN_GLUED_NAME = 6
# An outlet's channel named the house way, its name in lower case and the channel's in capitals
# ("detikINET", "detikFinance"): the outlet itself.
_CHANNEL = re.compile(r"^(?P<head>[a-z]{3,})[A-Z][A-Za-z]*$")


def resolve_outlet(name: str, profiles: Sequence[OutletProfile]) -> OutletProfile | None:
    """The profile a credited name refers to ("Associated Press" -> AP), or None."""
    wanted = _name_key(name)
    if not wanted:
        return None
    found = registry_derived(profiles, "by_name_key", _by_name_key).get(wanted)
    if found is not None or " " in wanted:
        return found
    channel = _CHANNEL.match(name.strip())
    if channel is not None:
        found = registry_derived(profiles, "by_name_key", _by_name_key).get(channel.group("head"))
    return found or registry_derived(profiles, "by_glued_name", _by_glued_name).get(squash(wanted))


def _by_glued_name(profiles: Sequence[OutletProfile]) -> dict[str, OutletProfile]:
    """A name of several words squashed to its letters and digits → the first profile with that name."""
    table: dict[str, OutletProfile] = {}
    for profile in profiles:
        for candidate in profile.names:
            glued = squash(candidate)
            if " " in candidate.strip() and len(glued) >= _MIN_GLUED_NAME:
                table.setdefault(glued, profile)
    return table


def glued_spellings(name: str) -> tuple[str, ...]:
    """How a name of several words reads with its spaces lost ("Kyiv Independent" -> "KyivIndependent",
    "Kyivindependent"), or nothing for a one-word or short name."""
    words = name.split()
    if len(words) < 2 or len(squash(name)) < _MIN_GLUED_NAME:
        return ()
    glued = "".join(words)
    return (glued, glued[:1].upper() + glued[1:].lower())


def _by_name_key(profiles: Sequence[OutletProfile]) -> dict[str, OutletProfile]:
    """Name key → the first profile (in registry order) with a name, alias or domain of that key."""
    table: dict[str, OutletProfile] = {}
    for profile in profiles:
        for candidate in (*profile.names, profile.domain):
            table.setdefault(_name_key(candidate), profile)
    return table


def _name_key(name: str) -> str:
    key = name.casefold().strip(" .,:;()[]")
    key = key.removeprefix("the ").removeprefix("www.")
    for suffix in (".com", ".co.id", ".co", ".id", ".net", ".org"):
        key = key.removesuffix(suffix)
    return " ".join(key.split())


def _host(domain_or_url: str) -> str:
    text = domain_or_url.strip().lower()
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    except ValueError:  # e.g. an unbalanced "[" in a pasted URL
        return ""
    return _HOST_PREFIX.sub("", host.rstrip("."))


def host_of(domain_or_url: str) -> str:
    """The host of a URL or domain, lower case, without "www." or a trailing dot; "" when there is none."""
    return _host(domain_or_url)


def site_root(host: str) -> str:
    """The registrable part of a host: "internasional.kontan.co.id" -> "kontan.co.id"."""
    return _site_root(host)


def _site_root(host: str) -> str:
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def profile_for_domain(domain_or_url: str, profiles: Sequence[OutletProfile]) -> OutletProfile | None:
    """The outlet a host or URL belongs to: exact host, then parent domain, then same site."""
    host = _host(domain_or_url)
    if not host:
        return None
    matches = [p for p in profiles if host == p.domain or host.endswith("." + p.domain)]
    if matches:
        return max(matches, key=lambda profile: len(profile.domain))
    same_site = [p for p in profiles if _site_root(p.domain) == _site_root(host)]
    return min(same_site, key=lambda profile: len(profile.domain)) if same_site else None


def detect_outlet(
    lines_or_text: str | Sequence[str],
    profiles: Sequence[OutletProfile],
    *,
    domain_hint: str | None = None,
) -> OutletProfile | None:
    """The outlet that published this page, or None.

    Evidence in order of strength: the domain from the HTML metadata; a signature in the lead
    (dateline) line; a signature in the header above the lead; a signature anywhere. Wires and
    state media are skipped in the last tier, because further down the page their names are
    credits ("dilansir Reuters"), not claims of publication.
    """
    if domain_hint:
        hinted = profile_for_domain(domain_hint, profiles)
        if hinted is not None:
            return hinted
    lines = lines_or_text.split("\n") if isinstance(lines_or_text, str) else list(lines_or_text)
    lead = _lead_index(lines, known_names(profiles))
    header_end = lead if lead is not None else _HEADER_LINES_WITHOUT_LEAD
    tiers = (
        ([lines[lead]] if lead is not None else [], True),
        (lines[:header_end], True),
        (lines, False),
    )
    for tier_lines, credited_allowed in tiers:
        found = _first_signature("\n".join(tier_lines).casefold(), profiles, credited_allowed)
        if found is not None:
            return found
    return None


def _lead_index(lines: Sequence[str], names: frozenset[str]) -> int | None:
    for index, line in enumerate(lines[:_LEAD_SEARCH_LINES]):
        if line.strip() and parse_dateline(line.strip(), known_names=names) is not None:
            return index
    return None


def _first_signature(
    text: str, profiles: Sequence[OutletProfile], credited_allowed: bool
) -> OutletProfile | None:
    best: tuple[int, int, OutletProfile] | None = None
    for profile in profiles:
        if not credited_allowed and profile.kind in CREDITED_KINDS:
            continue
        for signature in profile.signatures:
            position = text.find(signature.casefold())
            if position < 0:
                continue
            rank = (position, -len(signature), profile)
            if best is None or rank[:2] < best[:2]:
                best = rank
    return best[2] if best else None

"""briefs/data/actors.json: every speaker of the seed articles, consistent links, no ambiguous names."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briefs.suggestions.lexicon import KINDS, load_actor_records, load_default_actors

RECORDS = load_actor_records()
KEYS = {record["key"] for record in RECORDS}
# Names deliberately given to two actors: none today. Add ("name", frozenset({key, key})) with a reason.
SHARED_ON_PURPOSE: set[str] = set()


def test_keys_are_unique_slugs():
    keys = [record["key"] for record in RECORDS]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key) for key in keys)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["key"])
def test_each_actor_has_the_documented_fields(record):
    required = {"key", "name", "kind", "country", "affiliation", "description", "aliases", "roles"}
    assert required <= set(record) <= required | {"name_indonesian", "description_indonesian"}
    # An Indonesian page shows every description in Indonesian; a name only where it differs.
    assert record["description_indonesian"].strip()
    assert record.get("name_indonesian", "x") != record["name"]
    assert record["kind"] in KINDS
    assert record["country"] == "" or re.fullmatch(r"[A-Z]{2}", record["country"])
    assert record["name"].strip() and record["description"].strip()
    assert all(isinstance(alias, str) and alias.strip() for alias in record["aliases"])
    assert all(isinstance(role, str) and role.strip() for role in record["roles"])


def test_every_affiliation_points_at_an_existing_actor():
    dangling = {
        r["key"]: r["affiliation"] for r in RECORDS if r["affiliation"] and r["affiliation"] not in KEYS
    }
    assert dangling == {}


def test_affiliations_have_no_cycles():
    parent = {record["key"]: record["affiliation"] for record in RECORDS}
    for key in parent:
        seen = {key}
        current = parent[key]
        while current:
            assert current not in seen, f"cycle through {key}"
            seen.add(current)
            current = parent[current]


def test_no_name_designates_two_actors_unless_on_purpose():
    owners: dict[str, set[str]] = {}
    for record in RECORDS:
        for name in [record["name"], *record["aliases"], *record["roles"]]:
            owners.setdefault(" ".join(name.casefold().split()), set()).add(record["key"])
    shared = {name for name, keys in owners.items() if len(keys) > 1}
    assert shared <= SHARED_ON_PURPOSE


def test_no_alias_is_listed_twice_for_one_actor():
    for record in RECORDS:
        counts = Counter(" ".join(a.split()) for a in record["aliases"])
        assert [a for a, n in counts.items() if n > 1] == [], record["key"]


@pytest.mark.parametrize(
    ("key", "affiliation"),
    [
        ("john-kirby", "white-house"),
        ("white-house", "united-states"),
        ("dmitry-peskov", "kremlin"),
        ("kremlin", "russia"),
        ("sergey-lavrov", "russia-foreign-ministry"),
        ("russia-foreign-ministry", "russia"),
    ],
)
def test_documented_affiliation_chains(key, affiliation):
    assert {r["key"]: r["affiliation"] for r in RECORDS}[key] == affiliation


def test_every_seed_speaker_is_present():
    wanted = {
        "kim-jong-un", "vladimir-putin", "john-kirby", "dmitry-peskov", "sergey-lavrov", "sergey-shoigu",
        "antony-blinken", "park-jin", "yoko-kamikawa", "lim-soosuk", "victor-cha", "united-states", "russia",
        "north-korea", "south-korea", "japan", "united-kingdom", "ukraine", "white-house", "kremlin",
        "us-state-department", "north-korea-defence-ministry", "russia-foreign-ministry",
        "south-korea-foreign-ministry", "south-korea-unification-ministry", "uk-government",
        "un-security-council", "nato", "csis", "wagner-group", "kcna", "reuters", "ap", "afp", "interfax",
        "al-jazeera", "cna", "yonhap", "tass", "washington-times",
    }  # fmt: skip
    assert wanted <= KEYS


def test_north_korea_is_known_by_its_usual_names():
    north_korea = next(r for r in RECORDS if r["key"] == "north-korea")
    assert {"Korea Utara", "Korut", "DPRK", "Pyongyang", "Republik Demokratik Rakyat Korea"} <= set(
        north_korea["aliases"]
    )


def test_loaded_entries_mirror_the_file():
    entries = load_default_actors()
    assert [entry.key for entry in entries] == [record["key"] for record in RECORDS]
    kirby = next(entry for entry in entries if entry.key == "john-kirby")
    assert kirby.affiliation == "white-house" and "Kirby" in kirby.aliases and kirby.kind == "person"

"""How many outlets carry a key point, and how many independent origins they come down to.

The outlets of a key point are the distinct outlets of the sources that carry its linked claims. Outlets
are then merged (union-find) into origins:

* by credit: each outlet is keyed by the names it credits in those sources (their ``cited_outlets``)
  plus its own name, compared casefolded. Outlets sharing a key are one origin: two outlets that both
  credit Reuters are one, and so is the Reuters wire itself if it is among the outlets. An outlet that
  credits nobody is keyed by its own name only, so it is its own origin unless someone credits it;
* by copy: a source an editor kept as a copy of another (``copy_of``) is one origin with it when both
  carry the key point, whatever their texts;
* by text: outlets that carry near-identical bodies (``similarity.NearDuplicates``) among those sources
  are one origin.

Each origin lists its outlets (sorted), the names its outlets credit (sorted; empty when none) and
whether near-identical text (or an editor's copy mark) merged any of its outlets.

Credits are merged first (``credit_origins``), text second (``origins_by_text``): when credits already
leave one origin, text can merge nothing, so assembly compares the bodies of the other key points only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.similarity import NearDuplicates

from .corpus import Corpus
from .inputs import ClaimIn


class UnionFind:
    def __init__(self, items: Sequence[str]) -> None:
        self._parent = {item: item for item in items}

    def find(self, item: str) -> str:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: str, b: str) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if root_b < root_a:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        return True

    def groups(self) -> list[list[str]]:
        members: dict[str, list[str]] = defaultdict(list)
        for item in self._parent:
            members[self.find(item)].append(item)
        return sorted(sorted(group) for group in members.values())


@dataclass
class CreditOrigins:
    """A key point's outlets merged by credit: the first step, which needs no text."""

    outlets: list[str]
    sources_of: dict[str, set[int]]
    credited: dict[str, set[str]]
    merged: UnionFind
    copied: set[str]

    @property
    def text_can_merge(self) -> bool:
        """Whether more than one origin is left, so that near-identical text could still merge two.

        When credits alone make one origin, text changes nothing: no union succeeds, so no outlet is
        marked as merged by text either. Assembly shingles only the sources of key points where it can.
        """
        find = self.merged.find
        return len({find(outlet) for outlet in self.outlets}) > 1


def credit_origins(claims: Sequence[ClaimIn], corpus: Corpus) -> CreditOrigins:
    sources_of: dict[str, set[int]] = defaultdict(set)
    for claim in claims:
        sources_of[corpus.outlet(claim)].add(claim.source_id)
    outlets = sorted(sources_of)
    merged = UnionFind(outlets)

    credited: dict[str, set[str]] = {}
    holder: dict[str, str] = {}
    for outlet in outlets:
        names = {
            name.strip().casefold()
            for source_id in sources_of[outlet]
            for name in corpus.sources[source_id].cited_outlets
            if name.strip()
        }
        credited[outlet] = names
        for key in (*sorted(names), outlet.strip().casefold()):
            if key in holder:
                merged.union(holder[key], outlet)
            else:
                holder[key] = outlet
    outlet_of = {source_id: outlet for outlet in outlets for source_id in sources_of[outlet]}
    copied: set[str] = set()
    for source_id in sorted(outlet_of):
        original = outlet_of.get(corpus.sources[source_id].copy_of)
        if original is not None and original != outlet_of[source_id]:
            merged.union(original, outlet_of[source_id])
            copied.update((original, outlet_of[source_id]))
    return CreditOrigins(
        outlets=outlets, sources_of=sources_of, credited=credited, merged=merged, copied=copied
    )


def corroboration(
    claims: Sequence[ClaimIn], corpus: Corpus, near: NearDuplicates | None, credit_names: dict[str, str]
) -> dict:
    """``credit_names`` maps a casefolded credited name to the spelling shown (shared across the brief)."""
    return origins_by_text(credit_origins(claims, corpus), near, credit_names)


def origins_by_text(
    by_credit: CreditOrigins, near: NearDuplicates | None, credit_names: dict[str, str]
) -> dict:
    """The second step: merge by near-identical text what credits left apart, and describe the origins.

    ``near`` must cover the key point's sources when ``by_credit.text_can_merge``; it is not read otherwise.
    """
    outlets, sources_of, merged = by_credit.outlets, by_credit.sources_of, by_credit.merged
    by_text: set[str] = set()
    if near is not None and by_credit.text_can_merge:
        outlet_of_group: dict[int, str] = {}
        for outlet in outlets:
            for source_id in sorted(sources_of[outlet]):
                group = near.group(source_id)
                if group is None:
                    continue
                if group in outlet_of_group:
                    if outlet_of_group[group] != outlet and merged.union(outlet_of_group[group], outlet):
                        by_text.update((outlet_of_group[group], outlet))
                else:
                    outlet_of_group[group] = outlet
        for group, outlet in outlet_of_group.items():
            for other in near.similar_groups(group):
                other_outlet = outlet_of_group.get(other)
                if other_outlet is not None and other_outlet != outlet and merged.union(outlet, other_outlet):
                    by_text.update((outlet, other_outlet))

    origins = [
        {
            "outlets": group,
            "credited": sorted(
                {credit_names[name] for outlet in group for name in by_credit.credited[outlet]}
            ),
            "shared_text": any(outlet in by_text or outlet in by_credit.copied for outlet in group),
        }
        for group in merged.groups()
    ]
    return {"outlets": len(outlets), "independent_origins": len(origins), "origins": origins}

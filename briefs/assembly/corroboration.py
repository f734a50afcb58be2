"""How well a key point is corroborated: reports, distinct statements and independent origins.

Every linked claim is one *report*. Reports of one statement (``statements``) are one *statement*, however
many outlets carried it. Reports are *dependent*, and belong to one *origin*, when

* they report the same statement (three outlets repeating one White House statement rest on that one
  statement);
* their statements are credited to the same wire or outlet (``credits``: in the statement's own paragraph,
  or the article's source line), compared casefolded: what Reuters reported reaches us once, however many
  outlets take it; a name credited elsewhere in the article does not count;
* they quote the same words, case and spacing aside (a joint statement attributed to two governments);
* one's article is a copy an editor kept of the other's (``copy_of``: counted once with its original when
  both carry the key point, whatever their texts);
* their articles are near-identical (``similarity.NearDuplicates``: syndicated copy).

Independent origins are the groups of dependent reports (closed transitively). So the counts satisfy
independent origins ≤ distinct statements ≤ reports. An outlet's own reporting of a statement is not
merged with its own reporting of another one: two officials quoted by one newspaper are two statements.

``corroboration`` gives ``{"reports", "outlets", "statements", "independent_origins", "origins": [...]}``;
each origin lists its reports (claim, source, outlet, speaker, stance, the credit and whether it covers the
statement or the whole article), its outlets, its credited names, its number of statements, and what joined
its reports: ``same_statement``, ``credited`` (names shared by two of its reports), ``same_words`` and
``shared_text`` (near-identical text or an editor's copy mark). Origins follow their first report in
citation order.

Credits, statements, words and copy marks are joined first (``Origins``), text second (``merge_text``): when the
first step leaves one origin, text can join nothing, so assembly compares the bodies of the other key
points only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ingest.similarity import NearDuplicates

from .corpus import Corpus
from .credits import Credit, Credits
from .inputs import ClaimIn


class _Union:
    """Union-find over claim ids that remembers why groups were joined."""

    def __init__(self, items: Sequence[int]) -> None:
        self._parent = {item: item for item in items}
        self.reasons: dict[int, set[str]] = defaultdict(set)

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int, reason: str) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if root_b < root_a:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self.reasons[root_a] |= self.reasons.pop(root_b, set()) | {reason}
        return True

    def roots(self) -> set[int]:
        return {self.find(item) for item in self._parent}


class Origins:
    """One key point's reports joined by statement, credit and words: the first step, which needs no text."""

    def __init__(
        self, claims: Sequence[ClaimIn], corpus: Corpus, statements: Mapping[int, int], credits: Credits
    ) -> None:
        self.claims = sorted(claims, key=corpus.claim_key)
        self.corpus = corpus
        self.statements = statements
        self.credits = {claim.id: credits.of(claim) for claim in self.claims}
        self.union = _Union([claim.id for claim in self.claims])
        first_of: dict[tuple[str, object], int] = {}
        words_of: dict[str, str] = {}  # reports often quote the same words
        for claim in self.claims:
            credit = self.credits[claim.id]
            keys: list[tuple[str, object, str]] = [("same_statement", statements[claim.id], "same_statement")]
            if credit is not None:
                keys.append(("credited", credit.name.strip().casefold(), f"credited:{credit.name}"))
            words = words_of.get(claim.quote)
            if words is None:
                words = words_of[claim.quote] = " ".join(claim.quote.casefold().split())
            if words:
                keys.append(("same_words", words, "same_words"))
            for kind, value, reason in keys:
                first = first_of.setdefault((kind, value), claim.id)
                if first != claim.id:
                    self.union.union(first, claim.id, reason)
        # An editor's copy mark joins the reports of a copy and of its original, like near-identical text
        # does, when the original carries the key point too.
        present = {claim.source_id for claim in self.claims}
        copies = _Union(sorted(present))
        for source_id in sorted(present):
            original = corpus.sources[source_id].copy_of
            if original in present:
                copies.union(original, source_id, "")
        sources_of_copy: dict[int, int] = defaultdict(int)
        for source_id in present:
            sources_of_copy[copies.find(source_id)] += 1
        first_of_copy: dict[int, int] = {}
        for claim in self.claims:
            root = copies.find(claim.source_id)
            if sources_of_copy[root] < 2:
                continue
            first = first_of_copy.setdefault(root, claim.id)
            if first != claim.id:
                self.union.union(first, claim.id, "copied")

    @property
    def text_can_merge(self) -> bool:
        """Whether more than one origin is left, so that near-identical text could still join two."""
        return len(self.union.roots()) > 1

    def source_ids(self) -> set[int]:
        return {claim.source_id for claim in self.claims}

    def merge_text(self, near: NearDuplicates | None) -> None:
        """Join the reports whose articles are near-identical copies of one another: every report of a
        set of two or more articles chained by near-identical text. ``near`` must cover this key point's
        sources."""
        if near is None or not self.text_can_merge:
            return
        sources_of_group: dict[int, set[int]] = defaultdict(set)
        for claim in self.claims:
            group = near.group(claim.source_id)
            if group is not None:
                sources_of_group[group].add(claim.source_id)
        groups = _Union(sorted(sources_of_group))
        for group in sources_of_group:
            for other in near.similar_groups(group):
                if other in sources_of_group:
                    groups.union(group, other, "")
        sources_of_copy: dict[int, set[int]] = defaultdict(set)
        for group, source_ids in sources_of_group.items():
            sources_of_copy[groups.find(group)] |= source_ids
        copied = {
            source_id: root
            for root, source_ids in sources_of_copy.items()
            if len(source_ids) > 1
            for source_id in source_ids
        }
        first_of_copy: dict[int, int] = {}
        for claim in self.claims:
            root = copied.get(claim.source_id)
            if root is not None:
                first = first_of_copy.setdefault(root, claim.id)
                if first != claim.id:
                    self.union.union(first, claim.id, "shared_text")

    def describe(self) -> dict:
        members: dict[int, list[ClaimIn]] = defaultdict(list)
        for claim in self.claims:  # citation order, so each origin's reports are too
            members[self.union.find(claim.id)].append(claim)
        origins = [
            self._origin(reports, self.union.reasons.get(root, set())) for root, reports in members.items()
        ]
        return {
            "reports": len(self.claims),
            "outlets": len({self.corpus.outlet(claim) for claim in self.claims}),
            "statements": len({self.statements[claim.id] for claim in self.claims}),
            "independent_origins": len(origins),
            "origins": origins,
        }

    def _origin(self, reports: list[ClaimIn], reasons: set[str]) -> dict:
        credits: dict[str, int] = defaultdict(int)
        for claim in reports:
            credit = self.credits[claim.id]
            if credit is not None:
                credits[credit.name] += 1
        return {
            "reports": [self._report(claim, self.credits[claim.id]) for claim in reports],
            "outlets": sorted({self.corpus.outlet(claim) for claim in reports}),
            "statements": len({self.statements[claim.id] for claim in reports}),
            "credited": sorted(credits),
            "same_statement": "same_statement" in reasons,
            "joined_by_credit": sorted(name for name, count in credits.items() if count > 1),
            "same_words": "same_words" in reasons,
            "shared_text": bool(reasons & {"shared_text", "copied"}),
        }

    def _report(self, claim: ClaimIn, credit: Credit | None) -> dict:
        return {
            "claim_id": claim.id,
            "source_id": claim.source_id,
            "outlet": self.corpus.outlet(claim),
            "speaker": claim.speaker.name,
            "stance": claim.stance,
            "statement_id": self.statements[claim.id],
            "credited": credit.name if credit else None,
            "credit_scope": credit.scope if credit else None,
        }


def corroboration(
    claims: Sequence[ClaimIn],
    corpus: Corpus,
    statements: Mapping[int, int],
    credits: Credits,
    near: NearDuplicates | None = None,
) -> dict:
    origins = Origins(claims, corpus, statements, credits)
    origins.merge_text(near)
    return origins.describe()

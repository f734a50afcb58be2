"""Assemble a brief's snapshot: a pure, deterministic, JSON-ready dict built from typed inputs.

``assemble(brief, claims, sources)`` takes the brief, the claims to publish and the sources they cite.
The caller passes approved, anchored claims only; nothing here filters by status.

* Key points show only the claims linked to them. A link to a claim id that was not given (a draft, a
  rejected or an orphaned claim) is ignored.
* Every given claim, linked or not, contributes to the timeline, the figures table and the sources list.
* ``sources`` lists every source that a given claim cites; a given source that no claim cites is left out.
  A claim citing a source that was not given, or an id given twice, raises ``ValueError``.

The same inputs in any order give the same snapshot: key points follow (position, id) and everything
else is sorted on values, never on input order. Dates are ISO strings, figure values decimal strings.

Snapshot::

    {
      "schema_version": 1, "slug", "title", "language", "summary",
      "key_points": [{
          "id", "position", "statement",
          "event_date": {"start", "end", "precision"} | None,
          "positions": [{"actor": {"id", "slug", "name", "kind", "affiliation"}, "stance",
                         "citations": [{"claim_id", "source_id", "outlet", "quote", "published_at"}]}],
          "corroboration": {"outlets", "independent_origins",
                            "origins": [{"outlets": [...], "credited": [...], "shared_text"}]},
          "discrepancies": [{"kind": "figure" | "date", "subject", "description", "values": [...]}],
      }],
      "timeline": [{"date", "end", "precision", "label", "text", "key_point_id", "citations"}],
      "figures": [{"unit", "qualifier", "value", "label", "key_point_ids", "citations"}],
      "sources": [{"id", "outlet", "outlet_kind", "title", "published_at", "published_at_confidence",
                   "cited_outlets"}],
    }

The topic modules document each part: ``positions``, ``corroboration`` (independent origins),
``discrepancies``, ``timeline`` (ordering rule), ``figures``; ``corpus`` the citation order.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.similarity import NearDuplicates

from .corpus import Corpus
from .corroboration import CreditOrigins, credit_origins, origins_by_text
from .dates import event_date
from .discrepancies import discrepancies
from .figures import figure_table
from .inputs import BriefIn, ClaimIn, KeyPointIn, SourceIn
from .positions import positions
from .timeline import timeline

SCHEMA_VERSION = 1


def _credit_names(corpus: Corpus) -> dict[str, str]:
    """Casefolded credited name → the spelling shown: the smallest spelling used in any source."""
    names: dict[str, str] = {}
    for source in corpus.sources.values():
        for name in source.cited_outlets:
            spelling = name.strip()
            if spelling:
                key = spelling.casefold()
                names[key] = min(names.get(key, spelling), spelling)
    return names


def _near_duplicates(
    linked: dict[int, list[ClaimIn]], by_credit: dict[int, CreditOrigins], corpus: Corpus
) -> NearDuplicates | None:
    """Shingle only the sources of key points whose outlets credits leave in more than one origin: text
    can merge nothing elsewhere (a big brief on syndicated copy often has no such key point at all)."""
    source_ids: set[int] = set()
    for point_id, claims in linked.items():
        if by_credit[point_id].text_can_merge:
            source_ids.update(claim.source_id for claim in claims)
    if not source_ids:
        return None
    return NearDuplicates({source_id: corpus.sources[source_id].body for source_id in sorted(source_ids)})


def _key_point(
    point: KeyPointIn, claims: list[ClaimIn], corpus: Corpus, by_credit: CreditOrigins, near, credit_names
) -> dict:
    when = event_date(point.event_start, point.event_end, point.event_precision)
    return {
        "id": point.id,
        "position": point.position,
        "statement": point.statement,
        "event_date": when.as_dict() if when else None,
        "positions": positions(claims, corpus),
        "corroboration": origins_by_text(by_credit, near, credit_names),
        "discrepancies": discrepancies(claims, corpus),
    }


def assemble(brief: BriefIn, claims: Sequence[ClaimIn], sources: Sequence[SourceIn]) -> dict:
    corpus = Corpus(claims, sources)
    key_points = sorted(brief.key_points, key=lambda point: (point.position, point.id))
    if len({point.id for point in key_points}) != len(key_points):
        raise ValueError("a key point id is given twice")
    rank = {point.id: index for index, point in enumerate(key_points)}

    linked: dict[int, list[ClaimIn]] = {}
    key_points_of: dict[int, list[int]] = {}
    for point in key_points:
        claim_ids = sorted({claim_id for claim_id in point.claim_ids if claim_id in corpus.claims})
        linked[point.id] = [corpus.claims[claim_id] for claim_id in claim_ids]
        for claim_id in claim_ids:
            key_points_of.setdefault(claim_id, []).append(point.id)

    by_credit = {point.id: credit_origins(linked[point.id], corpus) for point in key_points}
    near = _near_duplicates(linked, by_credit, corpus)
    credit_names = _credit_names(corpus)
    all_claims = [corpus.claims[claim_id] for claim_id in sorted(corpus.claims)]
    cited = sorted({claim.source_id for claim in all_claims}, key=corpus.source_key)
    return {
        "schema_version": SCHEMA_VERSION,
        "slug": brief.slug,
        "title": brief.title,
        "language": brief.language,
        "summary": brief.summary,
        "key_points": [
            _key_point(point, linked[point.id], corpus, by_credit[point.id], near, credit_names)
            for point in key_points
        ],
        "timeline": timeline(key_points, linked, all_claims, key_points_of, corpus),
        "figures": figure_table(all_claims, corpus, key_points_of, rank),
        "sources": [corpus.source_entry(source_id) for source_id in cited],
    }

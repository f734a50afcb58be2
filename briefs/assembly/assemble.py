"""Assemble a brief's snapshot: a pure, deterministic, JSON-ready dict built from typed inputs.

``assemble(brief, claims, sources, aliases=…)`` takes the brief, the claims to publish and the sources they cite.
The caller passes approved, anchored claims only; nothing here filters by status.

* Key points show only the claims linked to them. A link to a claim id that was not given (a draft, a
  rejected or an orphaned claim) is ignored.
* Every given claim, linked or not, contributes to the timeline, the figures table and the sources list.
* ``sources`` lists every source that a given claim cites; a given source that no claim cites is left out.
  A claim citing a source that was not given, or an id given twice, raises ``ValueError``.

The same inputs in any order give the same snapshot: key points follow (position, id) and everything
else is sorted on values, never on input order. Dates are ISO strings, figure values decimal strings.

Snapshot (schema 2)::

    {
      "schema_version": 2, "slug", "title", "language", "summary",
      "coverage_through": {"value", "precision"} | None,
      "key_points": [{
          "id", "position", "statement",
          "event_date": {"start", "end", "precision"} | None,
          "positions": [{"actor": {"id", "slug", "name", "kind", "affiliation"},
                         "position": "supports" | "mixed" | "unclear" | "disputes", "acts": [stance, ...],
                         "statements": [{"acts", "said_on", "text", "claim_ids"}],
                         "history": [{"position", "from", "until"}], "citations": [citation, ...]}],
          "corroboration": {"reports", "outlets", "statements", "independent_origins",
                            "origins": [{"reports": [...], "outlets", "statements", "credited",
                                         "same_statement", "joined_by_credit", "same_words", "shared_text"}]},
          "figures": [{"unit", "progression", "values": [{"unit", "qualifier", "value", "label", "as_of",
                                                           "speaker", "claim_ids", "outlets"}]}],
          "discrepancies": [{"kind": "figure" | "date", "subject", "description", "values": [...]}],
      }],
      "timeline": [{"date", "end", "precision", "label", "text", "key_point_id", "citations",
                    "variants", "discrepancy"}],
      "figures": [{"unit", "qualifier", "value", "label", "as_of", "speaker", "key_point_ids", "citations"}],
      "sources": [{"id", "outlet", "outlet_kind", "title", "published": {"value", "precision"},
                   "cited_outlets"}],
    }

A citation is ``{"claim_id", "source_id", "outlet", "quote", "said_on", "published",
"published_precision"}`` (``corpus``), plus ``"quote_english"`` when the quote has an English rendering.
``"places"`` and ``"movements"`` (the route map, ``routes``) are present only when a claim states a
movement. The editors' translations are keys present only when written: ``"title_indonesian"`` and
``"summary_indonesian"`` at the top, ``"statement_indonesian"`` in a key point. ``coverage_through`` is the publication date of the newest cited
source. ``aliases`` (casefolded credited name → other spellings) helps find credits in a text.

The topic modules document each part: ``statements`` (one statement, several reports), ``positions``,
``credits`` and ``corroboration`` (independent origins), ``figures`` and ``discrepancies``, ``timeline``
(merging and ordering), ``routes`` (places and movements); ``corpus`` the citation order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ingest.similarity import NearDuplicates

from .corpus import Corpus
from .corroboration import Origins
from .credits import Credits
from .dates import event_date
from .discrepancies import discrepancies
from .figures import figure_table, figures_of, key_point_figures
from .inputs import BriefIn, ClaimIn, KeyPointIn, SourceIn
from .positions import positions
from .routes import routes
from .statements import statement_ids
from .timeline import date_homes, timeline

SCHEMA_VERSION = 2


def _near_duplicates(origins: dict[int, Origins], corpus: Corpus) -> NearDuplicates | None:
    """Shingle only the sources of key points where credits and statements leave more than one origin:
    text can join nothing elsewhere (a big brief on syndicated copy often has no such key point at all)."""
    source_ids: set[int] = set()
    for found in origins.values():
        if found.text_can_merge:
            source_ids.update(found.source_ids())
    if not source_ids:
        return None
    return NearDuplicates({source_id: corpus.sources[source_id].body for source_id in sorted(source_ids)})


def _key_point(
    point: KeyPointIn,
    claims: list[ClaimIn],
    corpus: Corpus,
    origins: Origins,
    statements: Mapping[int, int],
    homes: Mapping[int, int | None],
) -> dict:
    when = event_date(point.event_start, point.event_end, point.event_precision)
    figures = figures_of(claims, corpus, statements)
    # A date belongs to one key point (its home on the timeline): another key point the claim is linked
    # to does not repeat that date's discrepancy.
    dated = [claim for claim in claims if homes.get(claim.id) == point.id]
    entry = {
        "id": point.id,
        "position": point.position,
        "statement": point.statement,
        "event_date": when.as_dict() if when else None,
        "positions": positions(claims, corpus, statements),
        "corroboration": origins.describe(),
        "figures": key_point_figures(figures, corpus),
        "discrepancies": discrepancies(dated, figures, corpus),
    }
    _translations(entry, statement_indonesian=point.statement_indonesian)
    return entry


def _translations(entry: dict, **texts: str) -> None:
    """Add the editors' translations that exist: a snapshot without them hashes as it did before
    translations were part of it, so adding the feature makes no new revision of any brief."""
    for key, text in texts.items():
        if text.strip():
            entry[key] = text.strip()


def assemble(
    brief: BriefIn,
    claims: Sequence[ClaimIn],
    sources: Sequence[SourceIn],
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> dict:
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

    all_claims = [corpus.claims[claim_id] for claim_id in sorted(corpus.claims)]
    homes = date_homes(key_points, all_claims, key_points_of, corpus)
    statements = statement_ids(all_claims)
    credits = Credits(corpus, aliases)
    origins = {point.id: Origins(linked[point.id], corpus, statements, credits) for point in key_points}
    near = _near_duplicates(origins, corpus)
    for found in origins.values():
        found.merge_text(near)
    cited = sorted({claim.source_id for claim in all_claims}, key=corpus.source_key)
    snapshot = {
        "schema_version": SCHEMA_VERSION,
        "slug": brief.slug,
        "title": brief.title,
        "language": brief.language,
        "summary": brief.summary,
        "coverage_through": corpus.newest_date(cited),
        "key_points": [
            _key_point(point, linked[point.id], corpus, origins[point.id], statements, homes)
            for point in key_points
        ],
        "timeline": timeline(key_points, linked, all_claims, homes, corpus),
        "figures": figure_table(figures_of(all_claims, corpus, statements), corpus, key_points_of, rank),
        "sources": [corpus.source_entry(source_id) for source_id in cited],
    }
    _translations(
        snapshot, title_indonesian=brief.title_indonesian, summary_indonesian=brief.summary_indonesian
    )
    places, movements = routes(all_claims, corpus)
    if movements:
        # Only when a claim states one: a brief without routes hashes as it did before routes existed.
        snapshot["places"] = places
        snapshot["movements"] = movements
    return snapshot

"""Imports that nearly duplicate an earlier Source, and what an editor decides about them.

The content hash stops the exact same article from landing twice. An import whose text nearly repeats an
earlier Source's (a few words changed, another dateline, another outlet's copy of the same wire story)
lands, and is marked: ``near_duplicate_of`` that Source, with the similarity (Jaccard similarity of word
triples, ``ingest.similarity``). The import outcome reports it. An editor then keeps it as a copy of that
Source (``copy_of``, which corroboration counts once with it), tells them apart, or discards the import.

Finding the candidates reads the stored sketches (``SourceSketch``) that share values with the new texts,
never every body: one query per batch, at most ``_CANDIDATE_ROWS`` sketch rows per article, then the few
best candidates are compared exactly. On a table where thousands of Sources share the same paragraphs that
cap can leave a near-duplicate unreported; ordinary news (a wire story in a handful of outlets) stays far
below it.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import cast

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F, ProtectedError

from ingest.models import Source, SourceSketch
from ingest.similarity import MIN_SHARED_VALUES, closest, estimate, shingles, sketch
from ops.services.audit import record_audit

__all__ = [
    "CopyDecisionRefused",
    "discard_import",
    "keep_as_copy",
    "mark_near_duplicates",
    "not_a_copy",
    "store_sketches",
]

# Sketch rows read per new article: a table where thousands of Sources share the same paragraphs cannot
# make one import read them all.
_CANDIDATE_ROWS = 64
# Candidates compared exactly per new article, most shared sketch values first.
_CANDIDATES = 3
# A candidate whose sketch estimates a similarity below this is not compared exactly: at the threshold
# (0.6) the estimate from 16 values falls this low about once in a thousand pairs.
_ESTIMATE_FLOOR = 0.25


class CopyDecisionRefused(Exception):
    """The Source is not awaiting that decision, or cannot be discarded."""


def store_sketches(
    *, sources: Sequence[Source], sketches: Sequence[Sequence[int]] | None = None, replace: bool = True
) -> None:
    """Record the sketches of saved Sources (computed from their bodies unless given); ``replace`` first
    deletes the ones they had (not needed for Sources just inserted)."""
    values = sketches if sketches is not None else [sketch(source.body) for source in sources]
    if replace:
        SourceSketch.objects.filter(source__in=[source.pk for source in sources]).delete()
    SourceSketch.objects.bulk_create(
        SourceSketch(source_id=source.pk, value=value)
        for source, found in zip(sources, values, strict=True)
        for value in dict.fromkeys(found)
    )


def mark_near_duplicates(*, sources: Sequence[Source], sketches: Sequence[Sequence[int]]) -> None:
    """Mark each of the just-saved ``sources`` (in insertion order) that nearly duplicates an earlier
    Source: one stored before them, or one before it in ``sources``. The earlier one stays the original.

    Three queries at most, whatever the batch: the stored sketch rows sharing values with the batch (at
    most ``_CANDIDATE_ROWS`` per article), the whole sketches of the few best candidates (to estimate
    their similarity), the bodies of those whose estimate may reach the threshold (compared exactly).
    """
    if not sources:
        return
    first_new = min(source.pk for source in sources)
    rows = (
        SourceSketch.objects.filter(
            value__in={value for found in sketches for value in found}, source_id__lt=first_new
        )
        .order_by()
        .values_list("value", "source_id")[: _CANDIDATE_ROWS * len(sources)]
    )
    holders: defaultdict[int, list[int]] = defaultdict(list)
    for value, source_id in rows:
        holders[value].append(source_id)
    shortlist: dict[int, list[int]] = {}
    for source, found in zip(sources, sketches, strict=True):
        needed = min(MIN_SHARED_VALUES, len(found))
        if needed:
            shared = Counter(holder for value in found for holder in holders.get(value, ()))
            best = heapq.nsmallest(
                _CANDIDATES, ((-count, pk) for pk, count in shared.items() if count >= needed)
            )
            if best:
                shortlist[source.pk] = [pk for _, pk in best]
        for value in dict.fromkeys(found):
            holders[value].append(source.pk)  # the next articles of the batch see this one
    sketch_of = {source.pk: tuple(found) for source, found in zip(sources, sketches, strict=True)}
    stored = {pk for best in shortlist.values() for pk in best if pk not in sketch_of}
    if stored:
        whole: defaultdict[int, list[int]] = defaultdict(list)
        for source_id, value in SourceSketch.objects.filter(source_id__in=stored).values_list(
            "source_id", "value"
        ):
            whole[source_id].append(value)
        sketch_of.update((pk, tuple(sorted(values))) for pk, values in whole.items())
    # Only candidates whose sketches estimate a similarity near the threshold are compared exactly.
    likely = {
        pk: [
            other
            for other in best
            if other in sketch_of and estimate(sketch_of[pk], sketch_of[other]) >= _ESTIMATE_FLOOR
        ]
        for pk, best in shortlist.items()
    }
    bodies = {source.pk: source.body for source in sources}
    wanted = {other for best in likely.values() for other in best if other not in bodies}
    if wanted:
        bodies.update(Source.objects.filter(pk__in=wanted).values_list("pk", "body"))
    # Each text is shingled once, however many new articles it is a candidate for.
    shingled: dict[int, frozenset[str]] = {}

    def shingles_of(pk: int) -> frozenset[str]:
        if pk not in shingled:
            shingled[pk] = shingles(bodies[pk])
        return shingled[pk]

    marked: list[Source] = []
    for source in sources:
        candidates = {pk: shingles_of(pk) for pk in likely.get(source.pk, ()) if pk in bodies}
        nearest = closest(shingles_of(source.pk), candidates) if candidates else None
        if nearest is None:
            continue
        source.near_duplicate_of_id, similarity = nearest
        source.near_duplicate_similarity = round(similarity, 3)
        marked.append(source)
    if marked:
        Source.objects.bulk_update(marked, ["near_duplicate_of", "near_duplicate_similarity"])


@transaction.atomic
def keep_as_copy(*, source: Source, user: User | None) -> Source:
    """The editor keeps an import marked as a near-duplicate: it becomes a copy of that Source."""
    locked = _awaiting_copy_decision(source)
    near_duplicate_of_id = cast(int, locked.near_duplicate_of_id)  # set, or the decision was refused
    original = Source.objects.filter(pk=near_duplicate_of_id).values_list("copy_of_id", flat=True).first()
    # A copy of a copy counts once with the first original.
    target = original or locked.near_duplicate_of_id
    Source.objects.filter(pk=locked.pk).update(copy_of_id=target, version=F("version") + 1)
    record_audit(
        user=user,
        action="source.keep_copy",
        target=locked,
        before={"copy_of": None},
        after={"copy_of": target},
    )
    locked.refresh_from_db()
    return locked


@transaction.atomic
def not_a_copy(*, source: Source, user: User | None) -> Source:
    """The editor tells the two apart: the mark is removed, the import stays an independent Source."""
    locked = _awaiting_copy_decision(source)
    before = {
        "near_duplicate_of": locked.near_duplicate_of_id,
        "similarity": locked.near_duplicate_similarity,
    }
    Source.objects.filter(pk=locked.pk).update(
        near_duplicate_of=None, near_duplicate_similarity=None, version=F("version") + 1
    )
    record_audit(
        user=user, action="source.not_a_copy", target=locked, before=before, after={"near_duplicate_of": None}
    )
    locked.refresh_from_db()
    return locked


@transaction.atomic
def discard_import(*, source: Source, user: User | None) -> None:
    """The editor discards an import that nearly duplicates another Source. A Source with claims is kept:
    its claims would lose their text."""
    locked = _awaiting_copy_decision(source)
    before = {
        "title": locked.title,
        "near_duplicate_of": locked.near_duplicate_of_id,
        "similarity": locked.near_duplicate_similarity,
        "content_hash": locked.content_hash,
    }
    record_audit(
        user=user,
        action="source.discard_copy",
        target=locked,
        before=before,
        note=f"Discarded the import of {locked.original_filename}",
    )
    try:
        with transaction.atomic():
            locked.delete()
    except ProtectedError as exc:
        raise CopyDecisionRefused(f"“{locked}” has claims; it is kept. Remove them first.") from exc


def _awaiting_copy_decision(source: Source) -> Source:
    """The Source, locked, if it is still marked as a near-duplicate that no editor has decided on."""
    locked = Source.objects.select_for_update().get(pk=source.pk)
    if locked.near_duplicate_of_id is None or locked.copy_of_id is not None:
        raise CopyDecisionRefused(f"“{locked}” is not awaiting a decision about a near-duplicate.")
    return locked

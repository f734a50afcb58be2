"""Benchmark data, generated at run time and never committed.

* ``synthetic_corpus``: articles recombined from the lines of the real seeds (CORPUS): each keeps one seed's
  page furniture and lead (so outlet, dates and clutter rules all run) with about half of its body
  paragraphs swapped for paragraphs of the other seeds, in a new order. Deterministic for a given seed.
* ``build_brief``: a brief whose key points link ``count`` approved claims anchored on the exact words of
  imported sources, with speakers, stances, event dates and figures spread over them (bulk inserts).
* ``publish_as_reviewer``: publishes a brief's revision, vouching for the dates it cites.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

# Paragraphs at least this long are body text that may be swapped; shorter ones are kept (furniture).
_BODY_PARAGRAPH_CHARS = 120
_SENTENCE = re.compile(r"[A-Z\"“][^.!?\n]{30,400}[.!?]")


def seed_texts(corpus_dir: Path) -> list[str]:
    files = sorted(Path(corpus_dir).glob("*.txt"))
    if not files:
        raise RuntimeError(f"no seed articles (*.txt) in {corpus_dir}: set CORPUS to the seeds folder")
    return [path.read_text(encoding="utf-8") for path in files]


def synthetic_corpus(count: int, corpus_dir: Path, *, seed: int = 8) -> list[tuple[str, bytes]]:
    """``count`` distinct articles as (file name, bytes)."""
    rng = random.Random(seed)  # noqa: S311 - seeded for a reproducible benchmark corpus, never for secrets
    seeds = [[p for p in text.split("\n") if p.strip()] for text in seed_texts(corpus_dir)]
    pool = [line for lines in seeds for line in lines if len(line) >= _BODY_PARAGRAPH_CHARS]
    articles: list[tuple[str, bytes]] = []
    seen: set[tuple[str, ...]] = set()
    attempts = 0
    while len(articles) < count:
        attempts += 1
        if attempts > count * 10:
            raise RuntimeError("cannot recombine enough distinct articles from the seeds")
        lines = list(rng.choice(seeds))
        body = [i for i, line in enumerate(lines) if len(line) >= _BODY_PARAGRAPH_CHARS]
        swappable = body[1:]  # the first body paragraph is the lead: it carries the outlet and dateline
        chosen = rng.sample(swappable, k=max(1, len(swappable) // 2)) if swappable else []
        replacements = rng.sample(pool, k=len(chosen))
        for index, replacement in zip(chosen, replacements, strict=True):
            lines[index] = replacement
        key = tuple(lines)
        if key in seen:
            continue
        seen.add(key)
        articles.append((f"bench-{len(articles):05d}.txt", "\n\n".join(lines).encode("utf-8")))
    return articles


def bench_users():
    """An editor and a reviewer (in the editorial groups), created once."""
    from briefs.services.roles import EDITORS, REVIEWERS, ensure_editorial_groups

    groups = ensure_editorial_groups()
    user_model = get_user_model()
    editor, _ = user_model.objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    reviewer, _ = user_model.objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})
    editor.groups.add(groups[EDITORS])
    reviewer.groups.add(groups[REVIEWERS])
    return editor, reviewer


def publish_as_reviewer(*, revision, reviewer):
    """Publish ``revision``, the bench's reviewer confirming every cited date that waits for a person: the
    synthetic articles keep the seeds' page furniture, display dates included, and publication refuses a
    guessed date nobody vouched for."""
    from briefs.services.publishing import publish_revision
    from briefs.services.source_dates import dates_to_check

    unconfirmed = [
        check.source.pk
        for check in dates_to_check(content=revision.content)
        if check.problem == "unconfirmed"
    ]
    return publish_revision(revision=revision, reviewer=reviewer, confirm_source_ids=unconfirmed)


def baseline_groups(count: int) -> None:
    """Rows for the template and DRF baselines (django.contrib.auth Group: a trivial model)."""
    from django.contrib.auth.models import Group

    existing = Group.objects.filter(name__startswith="bench-row-").count()
    Group.objects.bulk_create(Group(name=f"bench-row-{i:04d}") for i in range(existing, count))


def _spans(body: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in _SENTENCE.finditer(body)]


def build_brief(
    *,
    slug: str,
    count: int,
    sources: Sequence,
    editor,
    reviewer,
    key_points: int = 8,
    per_source: int = 10,
    seed: int = 5,
):
    """A brief with ``key_points`` key points linking ``count`` approved claims over the given sources."""
    from briefs.models import Actor, Brief, Claim, ClaimFigure, Proposition
    from briefs.services.claims import body_hash

    rng = random.Random(seed)  # noqa: S311 - seeded for a reproducible benchmark brief, never for secrets
    speakers = list(Actor.objects.order_by("pk"))
    if not speakers:
        raise RuntimeError("no actors: the migrations seed them (briefs/data/actors.json)")
    brief = Brief.objects.create(
        slug=slug, title=f"Bench brief of {count} claims", summary="Generated by make bench.", language="id"
    )
    points = Proposition.objects.bulk_create(
        Proposition(
            brief=brief,
            position=i,
            statement=f"Key point {i} of the bench brief.",
            event_start=dt.date(2023, 9, 1 + i),
            event_precision=Claim.Precision.DAY,
        )
        for i in range(key_points)
    )
    stances = [choice for choice, _ in Claim.Stance.choices]
    now = timezone.now()
    claims: list[Claim] = []
    spans = {source.pk: _spans(source.body) for source in sources}
    # Enough sources give `per_source` claims each; too few are used again (another claim on the same words).
    for _pass in range(max(1, count // max(1, len(sources))) + per_source):
        for source in sources:
            if not spans[source.pk]:
                continue
            digest = body_hash(source.body)
            for start, end in rng.sample(spans[source.pk], k=min(per_source, len(spans[source.pk]))):
                n = len(claims)
                event_day = dt.date(2023, 9, 1 + n % 28)
                claims.append(
                    Claim(
                        source=source,
                        speaker=speakers[n % len(speakers)],
                        stance=stances[n % len(stances)],
                        exact=source.body[start:end],
                        prefix=source.body[max(0, start - 32) : start],
                        suffix=source.body[end : end + 32],
                        start=start,
                        end=end,
                        body_hash=digest,
                        paraphrase=f"Paraphrase of claim {n}.",
                        said_on=event_day if n % 3 else None,
                        event_start=event_day if n % 4 else None,
                        event_precision=(Claim.Precision.DAY if n % 8 else Claim.Precision.MONTH)
                        if n % 4
                        else "",
                        status=Claim.Status.APPROVED,
                        created_by=editor,
                        reviewed_by=reviewer,
                        reviewed_at=now,
                    )
                )
                if len(claims) == count:
                    break
            if len(claims) == count:
                break
        if len(claims) == count:
            break
    if len(claims) < count:
        raise RuntimeError(f"only {len(claims)} claim spans in {len(sources)} sources; {count} wanted")
    created = Claim.objects.bulk_create(claims, batch_size=500)
    qualifiers = [choice for choice, _ in ClaimFigure.Qualifier.choices]
    ClaimFigure.objects.bulk_create(
        (
            ClaimFigure(
                claim=claim,
                value=Decimal(1000 + (i % 7) * 250),
                unit="kontainer" if i % 2 else "peluru artileri",
                qualifier=qualifiers[i % len(qualifiers)],
            )
            for i, claim in enumerate(created)
            if i % 5 == 0
        ),
        batch_size=500,
    )
    through = Proposition.claims.through
    through.objects.bulk_create(
        (
            through(proposition_id=points[i % key_points].pk, claim_id=claim.pk)
            for i, claim in enumerate(created)
        ),
        batch_size=500,
    )
    return brief

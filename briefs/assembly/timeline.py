"""The brief's timeline: one entry per event, with the citations it rests on and the sources' variants.

Each dated claim belongs to one key point on the timeline, its *home*: the first key point (in brief order)
it is linked to whose own event date overlaps the claim's, else the first key point it is linked to, else
none. A claim whose words were said before the period its date describes starts (a plan, a forecast, a
warning: ``Corpus.stated_by``, the day it was said, else its source's publication) dates no entry: an
article cannot report an event that had not begun.

Within one home, the key point's own event date and its claims' event dates that overlap (a day inside a
month, two ranges that share a day, chained) are one event, so one entry; claims that dispute the key
point (denies, questions) are events of their own, apart from the ones that state it. Claims of no key
point share an entry only when they give the same date and text:

* its date is the key point's own date when that is part of the event, else the earliest of its
  claims' dates; its text is the key point's statement in the first case, else the first claim's
  paraphrase (or quote, when it has none);
* ``citations``: only the claims that support the event: the event's dated claims, none of them said or
  published before the entry's period starts. An event that is only the key point's own date rests on
  the key point's claims without a date of their own that assert or confirm it and were not said (or
  published) before its period starts; when there are none, it cites nothing rather than something
  else;
* ``variants``: each distinct date those claims give, once, with its claims and outlets
  (``discrepancies.date_variants``);
* ``discrepancy``: how the sources differ when two of them give conflicting dates for it (the rule of
  ``discrepancies``: "1 Sep" and "7 Sep" conflict, "Sep" and "7 Sep" do not), else None. The key point
  the entry belongs to lists the same discrepancy among its own (``date_homes`` decides which key point
  a date belongs to, so no other key point repeats it).

Ordering rule: every entry sorts at the first day of its period (a "Sep 2023" entry at 1 September, a
"2023" entry at 1 January, a range at its start). On the same start date the finer precision comes first:
day, then range (shorter first), then month, then year; then by text, then by key point order (key point
entries before claim entries on ties). So "1 Sep 2023" < "Sep 2023" < "7 Sep 2023" < "7 Sep – 1 Oct 2023"
< "13 Sep 2023": a month entry leads the rest of its month but follows a day entry dated the 1st.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefs.vocabulary import DISPUTES, SUPPORTS

from .corpus import Corpus
from .dates import EventDate, event_date
from .discrepancies import date_conflict, date_variants
from .inputs import ClaimIn, KeyPointIn


def _clusters(items: list[tuple[EventDate, ClaimIn | None]]) -> list[list[tuple[EventDate, ClaimIn | None]]]:
    """Overlapping dates chained into events; ``None`` stands for the key point's own date."""
    items = sorted(items, key=lambda item: (item[0].days, item[1] is not None, item[1].id if item[1] else 0))
    clusters: list[list[tuple[EventDate, ClaimIn | None]]] = []
    last_day: dt.date | None = None  # the last day of the last cluster
    for item in items:
        first, last = item[0].days
        if clusters and last_day is not None and first <= last_day:
            clusters[-1].append(item)
            last_day = max(last_day, last)
        else:
            clusters.append([item])
            last_day = last
    return clusters


def _same_date_and_text(items: list[tuple[EventDate, ClaimIn]]) -> list[list[tuple[EventDate, ClaimIn]]]:
    """Claims of no key point: nothing says two are about one event unless they give the same date and text."""
    groups: dict[tuple[EventDate, str], list[tuple[EventDate, ClaimIn]]] = defaultdict(list)
    for when, claim in items:
        groups[when, claim.paraphrase.strip() or claim.quote].append((when, claim))
    return list(groups.values())


def date_homes(
    key_points: Sequence[KeyPointIn],
    claims: Sequence[ClaimIn],
    key_points_of: Mapping[int, Sequence[int]],
    corpus: Corpus,
) -> dict[int, int | None]:
    """Each dated claim id → the id of its home key point on the timeline (None: no key point).

    ``key_points`` in brief order; ``key_points_of`` maps a claim id to its key point ids in brief order."""
    own = {
        point.id: event_date(point.event_start, point.event_end, point.event_precision)
        for point in key_points
    }
    homes: dict[int, int | None] = {}
    for claim in claims:
        when = corpus.event_date(claim)
        if when is None:
            continue
        points = key_points_of.get(claim.id, ())
        homes[claim.id] = next(
            (point for point in points if (period := own[point]) is not None and period.overlaps(when)),
            points[0] if points else None,
        )
    return homes


def _stated_before(claim: ClaimIn, first_day: dt.date, corpus: Corpus) -> bool:
    stated = corpus.stated_by(claim)
    return stated is not None and stated < first_day


def timeline(
    key_points: Sequence[KeyPointIn],
    linked: Mapping[int, Sequence[ClaimIn]],
    claims: Sequence[ClaimIn],
    homes: Mapping[int, int | None],
    corpus: Corpus,
) -> list[dict]:
    """``key_points`` in brief order; ``linked`` maps a key point id to its claims; ``homes`` a dated
    claim id to its home key point id (``date_homes``)."""
    rank = {point.id: index for index, point in enumerate(key_points)}
    # Events are found per home and side: the key point's own date sits with the claims that state it.
    by_home: dict[tuple[int | None, bool], list[tuple[EventDate, ClaimIn | None]]] = defaultdict(list)
    for claim in claims:
        when = corpus.event_date(claim)
        if when is not None and not _stated_before(claim, when.days[0], corpus):
            by_home[homes[claim.id], claim.direction == DISPUTES].append((when, claim))
    points_by_id = {point.id: point for point in key_points}
    own_dates: dict[int, EventDate] = {}
    for point in key_points:
        when = event_date(point.event_start, point.event_end, point.event_precision)
        if when is not None:
            own_dates[point.id] = when
            by_home[point.id, False].append((when, None))

    entries: list[tuple[tuple, dict]] = []
    for (home, _), items in by_home.items():
        # Under no key point (home None) there are claims only: a key point's own date is filed under its id.
        for cluster in _clusters(items) if home is not None else _same_date_and_text(items):  # type: ignore[arg-type]
            own = home is not None and any(claim is None for _, claim in cluster)
            dated = sorted(
                ((when, claim) for when, claim in cluster if claim is not None),
                key=lambda item: (item[0].sort_key, corpus.claim_key(item[1])),
            )
            if own and home is not None:  # `own` implies a home; said again for the type checker
                when, text = own_dates[home], points_by_id[home].statement
                first_day = when.days[0]
                dated = [
                    (date, claim) for date, claim in dated if not _stated_before(claim, first_day, corpus)
                ]
                cited = [claim.id for _, claim in dated] or [
                    claim.id
                    for claim in linked[home]
                    if corpus.event_date(claim) is None
                    and claim.direction == SUPPORTS
                    and not _stated_before(claim, first_day, corpus)
                ]
            else:
                when, first = dated[0]
                text = first.paraphrase.strip() or first.quote
                cited = [claim.id for _, claim in dated]
            order = len(key_points) if home is None else rank[home]
            entries.append(
                (
                    (when.sort_key, text, (order, 0 if own else 1)),
                    {
                        "date": when.start.isoformat(),
                        "end": when.end.isoformat() if when.end else None,
                        "precision": when.precision,
                        "label": when.label,
                        "text": text,
                        "key_point_id": home,
                        "citations": corpus.citations(cited),
                        "variants": date_variants(dated, corpus),
                        "discrepancy": date_conflict(dated, corpus),
                    },
                )
            )
    entries.sort(key=lambda item: item[0])
    return [entry for _, entry in entries]

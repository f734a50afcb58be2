"""Small builders for hand-made assembly inputs: defaults for everything a test does not care about."""

from __future__ import annotations

import datetime as dt

from briefs.assembly import ActorRef, BriefIn, ClaimIn, FigureIn, KeyPointIn, SourceIn

NORTH_KOREA = ActorRef(1, "north-korea", "North Korea", "state")
WHITE_HOUSE = ActorRef(2, "white-house", "White House", "organisation", "United States")
KIRBY = ActorRef(3, "john-kirby", "John Kirby", "person", "White House")
KREMLIN = ActorRef(4, "kremlin", "Kremlin", "organisation", "Russia")
SOUTH_KOREA = ActorRef(5, "south-korea", "South Korea", "state")
JAPAN = ActorRef(6, "japan", "Japan", "state")
PESKOV = ActorRef(7, "dmitry-peskov", "Dmitry Peskov", "person", "Kremlin")


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def body_for(source_id: int) -> str:
    """A body that resembles no other source's: every word carries the source id."""
    return " ".join(f"kata{source_id}n{i}" for i in range(40))


def source(
    id: int,
    outlet: str = "Liputan6.com",
    *,
    cited: tuple[str, ...] = (),
    body: str | None = None,
    published_at: str | None = "2023-10-14T09:00:00+07:00",
    precision: str = "minute",
    title: str | None = None,
    kind: str = "news_site",
    copy_of: int | None = None,
) -> SourceIn:
    return SourceIn(
        id=id,
        outlet=outlet,
        outlet_kind=kind,
        title=title if title is not None else f"Artikel {id}",
        published_at=published_at,
        published_precision=precision,
        cited_outlets=cited,
        body=body_for(id) if body is None else body,
        copy_of=copy_of,
    )


def figure(value: str, unit: str = "containers", qualifier: str = "exactly") -> FigureIn:
    return FigureIn(value=value, unit=unit, qualifier=qualifier)


def claim(
    id: int,
    source_id: int,
    speaker: ActorRef = WHITE_HOUSE,
    stance: str = "asserts",
    *,
    quote: str | None = None,
    paraphrase: str = "",
    figures: tuple[FigureIn, ...] = (),
    start: str | None = None,
    end: str | None = None,
    precision: str = "",
    said_on: str | None = None,
    key_point_position: str = "",
) -> ClaimIn:
    return ClaimIn(
        id=id,
        source_id=source_id,
        speaker=speaker,
        stance=stance,
        quote=quote if quote is not None else f"kutipan {id}",
        paraphrase=paraphrase,
        said_on=d(said_on) if said_on else None,
        event_start=d(start) if start else None,
        event_end=d(end) if end else None,
        event_precision=precision or ("day" if start and not end else "range" if end else ""),
        figures=figures,
        key_point_position=key_point_position,
    )


def key_point(
    id: int,
    claim_ids: tuple[int, ...] = (),
    *,
    position: int | None = None,
    statement: str | None = None,
    start: str | None = None,
    end: str | None = None,
    precision: str = "",
) -> KeyPointIn:
    return KeyPointIn(
        id=id,
        position=id if position is None else position,
        statement=statement if statement is not None else f"Key point {id}",
        claim_ids=claim_ids,
        event_start=d(start) if start else None,
        event_end=d(end) if end else None,
        event_precision=precision or ("day" if start and not end else "range" if end else ""),
    )


def brief(*key_points: KeyPointIn, summary: str = "Pyongyang ships munitions to Moscow.") -> BriefIn:
    return BriefIn(
        slug="dprk-russia-arms",
        title="North Korea's arms for Russia",
        language="en",
        summary=summary,
        key_points=key_points,
    )

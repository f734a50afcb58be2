"""Typed, immutable inputs for brief assembly: what the Django layer hands over, ORM-free.

Every sequence is a tuple, so every input is hashable and nothing changes under the assembler; a list
given for a tuple field is converted. Values are checked when an object is built: an unknown stance,
qualifier or date precision, an unparsable figure or publication date, a reversed event range or an
event date without a precision, a reversed quote span raise ``ValueError`` (or ``TypeError`` for the
wrong kind of value). The vocabularies come from ``briefs.vocabulary``.

Event dates are lenient where the database is: an ``event_end`` counts only for a "range"; a "range"
without an end is read as a single day; an end or a precision without a start means "no event date".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from briefs.vocabulary import (
    EVENT_PRECISIONS,
    KEY_POINT_POSITIONS,
    MOVEMENT_MODES,
    PLACE_KINDS,
    PUBLICATION_PRECISIONS,
    QUALIFIERS,
    SAID_ON_PRECISIONS,
    STANCES,
    claim_direction,
)


def _tuple(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if type(value) is tuple:  # the usual case, answered first: a big brief builds 10,000 claims
        return
    if isinstance(value, str | bytes):
        raise TypeError(f"{type(obj).__name__}.{name} must be a sequence, not a string")
    if not isinstance(value, tuple):
        object.__setattr__(obj, name, tuple(value))


def _date(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if value is None or type(value) is dt.date:  # the usual cases, answered first
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"{type(obj).__name__}.{name} must be a datetime.date or None, not {value!r}")


def _event(
    obj: object,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
    names: tuple[str, str] = ("event_start", "event_end"),
) -> None:
    for name in names:
        _date(obj, name)
    if precision not in EVENT_PRECISIONS and precision != "":
        raise ValueError(f"unknown event precision {precision!r}")
    if start is not None and not precision:
        raise ValueError(f"{type(obj).__name__} has an event date without a precision")
    if start is not None and end is not None and precision == "range" and end < start:
        raise ValueError(f"{type(obj).__name__} event range ends ({end}) before it starts ({start})")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A speaker. ``affiliation`` is the name of what it speaks for (John Kirby → "White House");
    ``name_indonesian`` and ``affiliation_indonesian`` the editors' Indonesian names ("" when the name
    reads the same or nobody wrote one yet)."""

    id: int
    slug: str
    name: str
    kind: str  # "person", "organisation", "state" or "media"
    affiliation: str | None = None
    name_indonesian: str = ""
    affiliation_indonesian: str = ""


@dataclass(frozen=True, slots=True)
class FigureIn:
    """A number a claim states: value as a decimal string ("1000", "2.5"), e.g. more than 1000 containers."""

    value: str
    unit: str
    qualifier: str = "exactly"

    def __post_init__(self) -> None:
        if isinstance(self.value, float):
            raise TypeError("FigureIn.value must be a decimal string, not a float")
        if not isinstance(self.value, str):
            object.__setattr__(self, "value", str(self.value))
        try:
            number = Decimal(self.value)
        except InvalidOperation:
            raise ValueError(f"figure value {self.value!r} is not a decimal number") from None
        if not number.is_finite():
            raise ValueError(f"figure value {self.value!r} is not finite")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown figure qualifier {self.qualifier!r}")
        if not self.unit.strip():
            raise ValueError("a figure needs a unit")

    @property
    def decimal(self) -> Decimal:
        return Decimal(self.value)


def _coordinate(obj: object, name: str, limit: int) -> None:
    value = getattr(obj, name)
    if isinstance(value, float):
        raise TypeError(f"{type(obj).__name__}.{name} must be a decimal string, not a float")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{name} {value!r} is not a decimal number") from None
    if not number.is_finite() or abs(number) > limit:
        raise ValueError(f"{name} {value!r} is not between -{limit} and {limit}")
    # One spelling per number ("42.25", never "42.2500"), so the snapshot and its hash do not depend on it.
    object.__setattr__(obj, name, format(number.normalize(), "f"))


@dataclass(frozen=True, slots=True)
class PlaceIn:
    """A place a movement names: coordinates as decimal strings (degrees, north and east positive)."""

    id: int
    name: str
    kind: str
    latitude: str
    longitude: str
    name_indonesian: str = ""

    def __post_init__(self) -> None:
        if self.kind not in PLACE_KINDS:
            raise ValueError(f"unknown place kind {self.kind!r}")
        _coordinate(self, "latitude", 90)
        _coordinate(self, "longitude", 180)


@dataclass(frozen=True, slots=True)
class MovementIn:
    """Something a claim says moved from ``origin`` to ``destination``, by ``mode``, in a period (optional)."""

    origin: PlaceIn
    destination: PlaceIn
    mode: str = "unknown"
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    period_precision: str = ""

    def __post_init__(self) -> None:
        if self.mode not in MOVEMENT_MODES:
            raise ValueError(f"unknown movement mode {self.mode!r}")
        if self.origin.id == self.destination.id:
            raise ValueError("a movement goes from one place to another")
        _event(
            self,
            self.period_start,
            self.period_end,
            self.period_precision,
            names=("period_start", "period_end"),
        )


@dataclass(frozen=True, slots=True)
class ClaimIn:
    """One attributed statement in one source; ``quote`` is the exact words, ``paraphrase`` the editor's,
    ``quote_english`` the editor's English rendering of the exact words ("" when there is none yet),
    ``key_point_position`` the way an editor said it points on its key points ("supports", "disputes",
    or "" when its stance decides: ``direction``).

    ``start`` and ``end`` locate the quote in its source's body (its paragraph decides which wire the
    statement is credited to); without them the quote's first occurrence in the body is used.
    """

    id: int
    source_id: int
    speaker: ActorRef
    stance: str
    quote: str
    paraphrase: str = ""
    quote_english: str = ""
    said_on: dt.date | None = None
    said_on_precision: str = "day"  # a month or year is stored as its first day, like an event date
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    event_precision: str = ""
    figures: tuple[FigureIn, ...] = ()
    movements: tuple[MovementIn, ...] = ()
    start: int | None = None
    end: int | None = None
    key_point_position: str = ""

    def __post_init__(self) -> None:
        if self.stance not in STANCES:
            raise ValueError(f"unknown stance {self.stance!r}")
        if self.key_point_position not in ("", *KEY_POINT_POSITIONS):
            raise ValueError(f"unknown key point position {self.key_point_position!r}")
        if (self.start is None) != (self.end is None) or (
            self.start is not None and self.end is not None and not 0 <= self.start <= self.end
        ):
            raise ValueError(f"claim {self.id} has no valid quote span ({self.start}, {self.end})")
        _date(self, "said_on")
        if self.said_on_precision not in SAID_ON_PRECISIONS:
            raise ValueError(f"unknown said_on precision {self.said_on_precision!r}")
        _event(self, self.event_start, self.event_end, self.event_precision)
        _tuple(self, "figures")
        _tuple(self, "movements")

    @property
    def direction(self) -> str | None:
        """Which way it points on its key points: "supports", "disputes" or None (no direction)."""
        return claim_direction(self.stance, self.key_point_position)


@dataclass(frozen=True, slots=True)
class SourceIn:
    """One imported article.

    ``published_at`` is ISO 8601 with the offset of the local time zone (a naive one is read as UTC):
    its local calendar day is the day of a "day" precision, its month the month of a "month" one.
    ``published_precision`` says how much of it is known ("minute", "day", "month"). Whether the date is
    a fact is not an input: publication refuses a source whose date nobody vouches for. ``copy_of`` is
    the id of the Source an editor marked this one a copy of.
    """

    id: int
    outlet: str
    outlet_kind: str = "news_site"
    title: str | None = None
    published_at: str | None = None
    published_precision: str = "minute"
    cited_outlets: tuple[str, ...] = ()
    body: str = ""
    copy_of: int | None = None

    def __post_init__(self) -> None:
        _tuple(self, "cited_outlets")
        if self.published_at is not None:
            try:
                dt.datetime.fromisoformat(self.published_at)
            except (TypeError, ValueError):
                raise ValueError(f"published_at {self.published_at!r} is not ISO 8601") from None
        if self.published_precision not in PUBLICATION_PRECISIONS:
            raise ValueError(f"unknown publication date precision {self.published_precision!r}")


@dataclass(frozen=True, slots=True)
class KeyPointIn:
    """The assertion several claims are about; each linked claim keeps its own stance."""

    id: int
    position: int
    statement: str
    claim_ids: tuple[int, ...] = ()
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    event_precision: str = ""
    statement_indonesian: str = ""

    def __post_init__(self) -> None:
        _tuple(self, "claim_ids")
        _event(self, self.event_start, self.event_end, self.event_precision)


@dataclass(frozen=True, slots=True)
class BriefIn:
    slug: str
    title: str
    language: str
    summary: str
    key_points: tuple[KeyPointIn, ...] = ()
    #: The editors' Indonesian versions of the title and summary ("" when there is none yet).
    title_indonesian: str = ""
    summary_indonesian: str = ""

    def __post_init__(self) -> None:
        _tuple(self, "key_points")

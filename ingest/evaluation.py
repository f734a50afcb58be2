"""How far an imported article's metadata and cleaning agree with what an editor recorded (``make eval``).

Pure functions, no Django: ``score_article(gold, article, profiles)`` compares one
:class:`~ingest.pipeline.ProcessedArticle` with its :class:`ArticleGold` and says, field by field,
whether the pipeline got it right and what it got. The rules, written for people reading the figures:

- outlet: right when the pipeline names the registry outlet the gold's domain belongs to (same host,
  parent domain or same site), or, for an outlet the registry does not know, proposes a new outlet
  with the gold's site as its domain or the gold's name (letters and digits compared). The article
  is processed with its address when the gold records one, as an import with ``--url-of`` is; the
  outlet is also scored from the text alone (``outlet_from_text``), without the address.
- title: equal after whitespace runs and letter case are folded; both absent is right.
- date: equal at the gold's precision (minute, day or month) in the gold's time zone for a minute,
  as printed (the value's own offset) for a day or month. When the gold has no date (the page gives
  none), no date is right, and so is a date the pipeline labels a guess (confidence below
  ``GUESS_BELOW``), because such a date is never shown to readers as fact.
- dateline: equal after whitespace and case folding; both absent is right.
- cited: the same set of outlets, each name resolved through the registry (so "Associated Press"
  and "AP" agree) or, for an outlet the registry lacks, compared by its folded name.
- clutter: a phrase is removed when the body no longer contains it; kept: the body contains it
  (both whitespace- and case-insensitive).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ingest.pipeline import ProcessedArticle
from ingest.pipeline.dateline import squash
from ingest.pipeline.dates import PUBLICATION_PRECISIONS
from ingest.pipeline.outlets import OutletProfile, host_of, profile_for_domain, resolve_outlet, site_root

__all__ = [
    "FIELDS",
    "GUESS_BELOW",
    "ArticleGold",
    "ArticleScore",
    "FieldCheck",
    "PhraseCheck",
    "PublishedGold",
    "contains_phrase",
    "score_article",
]

FIELDS = ("outlet", "title", "date", "dateline", "cited")
# The confidence below which the admin shows a publication date as unconfirmed (ingest/admin/sources.py).
GUESS_BELOW = 0.5


@dataclass(frozen=True)
class PublishedGold:
    """A publication date at a precision; ``value`` is a datetime (aware) for minutes, else a date."""

    value: datetime | date
    precision: str
    basis: str = "page"  # "page": printed as the publication date; "lede": the day the lede dates the report

    @classmethod
    def parse(cls, data: dict[str, Any]) -> PublishedGold:
        """From ``{"value": "2019-04-25T12:17+07:00" | "2019-04-25" | "2019-04", "precision": ...}``."""
        precision, text = data["precision"], data["value"]
        if precision not in PUBLICATION_PRECISIONS:
            raise ValueError(f"precision {precision!r} is not one of {PUBLICATION_PRECISIONS}")
        if precision == "minute":
            value: datetime | date = datetime.fromisoformat(text)
            if value.tzinfo is None:
                raise ValueError(f"a minute-precision date needs its UTC offset: {text!r}")
        elif precision == "day":
            value = date.fromisoformat(text)
        else:
            year, month = text.split("-")
            value = date(int(year), int(month), 1)
        return cls(value=value, precision=precision, basis=data.get("basis", "page"))

    def matches(self, got: datetime) -> bool:
        if self.precision == "minute":
            assert isinstance(self.value, datetime)  # noqa: S101 - narrows the type for mypy: minute precision is parsed to a datetime
            local = got.astimezone(self.value.tzinfo)
            return local.replace(second=0, microsecond=0) == self.value.replace(second=0, microsecond=0)
        if self.precision == "day":
            return got.date() == self.value
        return (got.year, got.month) == (self.value.year, self.value.month)

    def __str__(self) -> str:
        if self.precision == "minute":
            return self.value.isoformat(timespec="minutes")
        if self.precision == "month":
            return self.value.strftime("%Y-%m")
        return self.value.isoformat()


@dataclass(frozen=True)
class ArticleGold:
    """What an editor records about one article; ``None`` means the page does not give it."""

    key: str
    outlet_domain: str | None
    title: str | None
    published: PublishedGold | None
    dateline: str | None
    cited: tuple[str, ...] = ()
    clutter: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    outlet_name: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class FieldCheck:
    ok: bool
    expected: Any
    got: Any


@dataclass(frozen=True)
class PhraseCheck:
    ok: bool
    phrase: str


@dataclass
class ArticleScore:
    key: str
    fields: dict[str, FieldCheck]
    clutter: list[PhraseCheck] = field(default_factory=list)
    kept: list[PhraseCheck] = field(default_factory=list)
    cited_expected: int = 0
    cited_got: int = 0
    cited_both: int = 0
    outlet_from_text: FieldCheck | None = None

    def misses(self) -> list[tuple[str, Any, Any]]:
        """(field, expected, got) for every check that failed, in a stable order."""
        found = [(name, check.expected, check.got) for name, check in self.fields.items() if not check.ok]
        if self.outlet_from_text is not None and not self.outlet_from_text.ok:
            found.append(("outlet_text", self.outlet_from_text.expected, self.outlet_from_text.got))
        found += [
            ("clutter", f"removed: {check.phrase}", "still in the body")
            for check in self.clutter
            if not check.ok
        ]
        found += [
            ("kept", f"kept: {check.phrase}", "missing from the body") for check in self.kept if not check.ok
        ]
        return found


def _fold(text: str | None) -> str:
    """Whitespace runs become one space (kept at the ends, so a phrase can ask for a boundary), case folded."""
    if not text:
        return ""
    core = " ".join(text.split())
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{core}{tail}".casefold()


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text``, whitespace- and case-insensitively."""
    return bool(phrase.strip()) and _fold(phrase) in f" {_fold(text)} "


def score_article(
    gold: ArticleGold,
    article: ProcessedArticle,
    profiles: Sequence[OutletProfile],
    text_only: ProcessedArticle | None = None,
) -> ArticleScore:
    """``text_only`` is the same article processed without its address, for ``outlet_from_text``."""
    meta = article.metadata
    expected_cited = _outlet_keys(gold.cited, profiles)
    got_cited = _outlet_keys(meta.cited_outlets, profiles)
    fields = {
        "outlet": _outlet_check(gold, article, profiles),
        "title": FieldCheck(_fold(gold.title) == _fold(meta.title), gold.title, meta.title),
        "date": _date_check(gold.published, meta.published_at, meta.published_at_confidence),
        "dateline": FieldCheck(
            _fold(gold.dateline) == _fold(meta.dateline), gold.dateline, meta.dateline or None
        ),
        "cited": FieldCheck(expected_cited == got_cited, sorted(gold.cited), sorted(meta.cited_outlets)),
    }
    return ArticleScore(
        key=gold.key,
        fields=fields,
        clutter=[PhraseCheck(not contains_phrase(article.body, phrase), phrase) for phrase in gold.clutter],
        kept=[PhraseCheck(contains_phrase(article.body, phrase), phrase) for phrase in gold.keep],
        cited_expected=len(expected_cited),
        cited_got=len(got_cited),
        cited_both=len(expected_cited & got_cited),
        outlet_from_text=_outlet_check(gold, text_only, profiles) if text_only is not None else None,
    )


def _outlet_check(
    gold: ArticleGold, article: ProcessedArticle, profiles: Sequence[OutletProfile]
) -> FieldCheck:
    meta = article.metadata
    detected = next((p for p in profiles if p.key == meta.outlet_key), None) if meta.outlet_key else None
    if detected is not None:
        wanted = profile_for_domain(gold.outlet_domain, profiles) if gold.outlet_domain else None
        ok = wanted is not None and detected.key == wanted.key
        return FieldCheck(ok, gold.outlet_domain, detected.domain)
    new = meta.new_outlet
    if new is None:
        return FieldCheck(False, gold.outlet_domain, None)
    shown = f"{new.name} ({new.domain or 'no domain'}, new)"
    if profile_for_domain(gold.outlet_domain or "", profiles) is not None:
        return FieldCheck(False, gold.outlet_domain, shown)  # a registry outlet must be recognised as such
    gold_site = site_root(host_of(gold.outlet_domain or ""))
    same_site = bool(new.domain) and site_root(host_of(new.domain)) == gold_site
    gold_keys = {squash(gold.outlet_name or ""), squash(gold_site.split(".")[0])} - {""}
    return FieldCheck(same_site or squash(new.name) in gold_keys, gold.outlet_domain, shown)


def _date_check(gold: PublishedGold | None, got: datetime | None, confidence: float) -> FieldCheck:
    shown = got.isoformat(timespec="minutes") if got else None
    if gold is None:
        ok = got is None or confidence < GUESS_BELOW
        return FieldCheck(ok, None, f"{shown} (confidence {confidence:.2f})" if got else None)
    return FieldCheck(got is not None and gold.matches(got), str(gold), shown)


def _outlet_keys(names: Sequence[str], profiles: Sequence[OutletProfile]) -> set[str]:
    keys = set()
    for name in names:
        profile = resolve_outlet(name, profiles)
        keys.add(profile.key if profile else " ".join(name.casefold().removeprefix("the ").split()))
    return keys

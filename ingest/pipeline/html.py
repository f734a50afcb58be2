"""Main text and metadata of a saved HTML page.

trafilatura finds the article text (it is good at dropping navigation, ads and comments); the
publication time, canonical URL and Open Graph fields are read directly from the page's meta
tags and JSON-LD, because they carry the full timestamp with its zone where trafilatura keeps
only the day. Nothing here touches the network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from ingest.pipeline.dates import DEFAULT_UTC_OFFSET_MINUTES
from ingest.pipeline.errors import IngestError

__all__ = ["HtmlExtract", "extract_html"]

# Meta keys (property, name or itemprop) that carry the publication time, best first.
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
_TITLE_KEYS = ("og:title", "twitter:title")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author")
_SITE_KEYS = ("og:site_name", "application-name")
_URL_KEYS = ("og:url",)
_JSON_LD_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage"})
_MAX_JSON_LD = 200_000


@dataclass(frozen=True)
class HtmlExtract:
    """What an HTML page says about itself; any field may be missing."""

    text: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    published_precision: str = "minute"  # "day" when the page gives a date without a time
    site_name: str | None = None
    domain: str | None = None
    language: str | None = None
    url: str | None = None  # the page's canonical address (og:url, rel=canonical), http(s) only


class _MetaParser(HTMLParser):
    """Collects <meta>, <link rel=canonical>, <title>, <html lang> and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title_parts: list[str] = []
        self.language: str | None = None
        self.json_ld: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): value or "" for key, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"].strip()
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href")
        elif tag == "html":
            self.language = values.get("lang") or None
        elif tag == "title" or (tag == "script" and values.get("type", "").lower() == "application/ld+json"):
            self._in = tag
            if tag == "script":
                self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title_parts.append(data)
        elif self._in == "script" and len(self.json_ld[-1]) < _MAX_JSON_LD:
            self.json_ld[-1] += data


def extract_html(html: str) -> HtmlExtract:
    """Article text and metadata of ``html``; raises IngestError when no article text is found."""
    parser = _MetaParser()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # html.parser's reaction to some malformed declarations
        pass
    ld = _json_ld_article(parser.json_ld)
    document = _trafilatura(html)
    text = (document.get("text") or "").strip()
    if not text:
        raise IngestError("no_content", "The HTML page contains no article text")
    url = _first(parser.meta, _URL_KEYS) or parser.canonical or document.get("url") or ld.get("url")
    published, precision = _published(parser.meta, ld)
    return HtmlExtract(
        text=text,
        title=_first(parser.meta, _TITLE_KEYS)
        or _str(ld.get("headline"))
        or _joined(parser.title_parts)
        or document.get("title"),
        author=_first(parser.meta, _AUTHOR_KEYS) or _ld_author(ld) or document.get("author"),
        published_at=published,
        published_precision=precision,
        site_name=_first(parser.meta, _SITE_KEYS) or document.get("sitename"),
        domain=_domain(url) or document.get("hostname"),
        language=(parser.language or "").split("-")[0].lower() or None,
        url=url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None,
    )


def _trafilatura(html: str) -> dict[str, Any]:
    # Imported here: trafilatura pulls in lxml and its language data, which plain-text ingest
    # (the common case) never needs.
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # noqa: BLE001 - any parser failure is bad input, reported as such
        raise IngestError(
            "unparseable_html", f"The HTML page could not be parsed ({type(exc).__name__})"
        ) from None
    if document is None:
        return {}
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {key: value for key, value in data.items() if isinstance(value, str) and value.strip()}


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _joined(parts: list[str]) -> str | None:
    return " ".join("".join(parts).split()) or None


def _json_ld_article(blocks: list[str]) -> dict[str, Any]:
    """The first Article-like object of the page's JSON-LD (also inside @graph and lists)."""
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in _walk(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() in _JSON_LD_TYPES for k in kinds):
                return item
    return {}


def _walk(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for element in data for item in _walk(element)]
    if isinstance(data, dict):
        return [data, *_walk(data.get("@graph", []))]
    return []


def _ld_author(ld: dict[str, Any]) -> str | None:
    authors = ld.get("author")
    items = authors if isinstance(authors, list) else [authors]
    names = [_str(item.get("name")) if isinstance(item, dict) else _str(item) for item in items]
    return ", ".join(name for name in names if name) or None


def _published(meta: dict[str, str], ld: dict[str, Any]) -> tuple[datetime | None, str]:
    """The first publication timestamp the page declares, and "minute" or "day" (a bare "2023-12-04")."""
    candidates = [meta.get(key) for key in _PUBLISHED_KEYS] + [_str(ld.get("datePublished"))]
    for candidate in candidates:
        if not candidate:
            continue
        parsed = _parse_timestamp(candidate)
        if parsed is not None:
            return parsed, "day" if len(candidate.strip()) <= len("2023-12-04") else "minute"
    return None, "minute"


def _parse_timestamp(value: str) -> datetime | None:
    """ISO 8601 (also "2023/06/13 12:57:00"); a timestamp without a zone is taken as WIB."""
    text = value.strip().replace("/", "-")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone(timedelta(minutes=DEFAULT_UTC_OFFSET_MINUTES)))
    return parsed


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # e.g. an unbalanced "[" in a malformed og:url
        return None
    return host.removeprefix("www.") if host else None

"""Importing a page by its address: fetch it through the egress guard, then import it like an uploaded file.

The guard (``config.egress.fetch``) refuses addresses that are not public on every redirect, keeps one
deadline and a byte limit, and fails with fixed phrases; here its answer is judged as a page (a 2xx, HTML or
plain text) and handed to the import service with the address it finally came from, which becomes the
Source's ``url`` (the canonical address in the page is used only when no address was given). Nothing is
stored for a page that is refused, not fetched, or has no article text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings

from config.egress import EgressFailed, EgressPolicy, EgressRefused, fetch
from ingest.services.importing import ImportContext, ImportOutcome, import_article

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


class PageNotFetched(Exception):
    """No page to import; str() says why, for the person who gave the address."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where the page finally came from, after redirects
    data: bytes  # the body as received
    is_html: bool


def fetch_page(*, url: str) -> FetchedPage:
    """GET the page under the page policy; PageNotFetched when there is no HTML or text page to import."""
    try:
        answer = fetch(
            url,
            max_bytes=settings.INGEST_MAX_BYTES,
            deadline=settings.INGEST_FETCH_TIMEOUT_SECONDS,
            max_redirects=settings.INGEST_FETCH_MAX_REDIRECTS,
            policy=EgressPolicy.for_pages(),
            headers={"User-Agent": "Briefdesk article import"},
        )
    except EgressRefused as exc:
        raise PageNotFetched(f"Address refused: {exc}") from None
    except EgressFailed as exc:
        reason = str(exc)
        if reason == "answer too large":
            reason = f"the page is larger than {settings.INGEST_MAX_BYTES:,} bytes"
        raise PageNotFetched(f"Page not fetched: {reason}.") from None
    if not 200 <= answer.status < 300:
        raise PageNotFetched(f"The site answered HTTP {answer.status}: no page to import.")
    if answer.content_type not in HTML_TYPES | TEXT_TYPES:
        kind = answer.content_type or "of no stated type"
        raise PageNotFetched(f"The page is {kind}, not HTML or plain text.")
    return FetchedPage(url=answer.url, data=answer.body, is_html=answer.content_type in HTML_TYPES)


def import_page(*, page: FetchedPage, name: str, context: ImportContext) -> ImportOutcome:
    """Import a fetched page like a file called ``name``, with its address as the Source's."""
    return import_article(data=page.data, name=name, context=context, url=page.url, is_html=page.is_html)


def import_url(*, url: str, context: ImportContext) -> ImportOutcome:
    """Fetch and import one page; never raises for a bad address or page: the outcome says what went wrong."""
    try:
        page = fetch_page(url=url)
    except PageNotFetched as exc:
        logger.info("page %s not imported: %s", url, exc)
        return ImportOutcome(name=url, status="rejected", error=str(exc))
    return import_page(page=page, name=url, context=context)

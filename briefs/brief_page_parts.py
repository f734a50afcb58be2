"""What a brief page shows of its revision, kept in each web process once read.

A purge retires every cached page, so after each publication every brief page is rendered again, nearly
always around a revision that has not changed: its title, summary and stored markup (a quarter of a
megabyte for a 500-claim brief, read from the revision's JSON and RevisionRendering) are the same as the
last time this process showed it. They are kept here under everything that could make them differ: the
revision and its status (a supersession adds a notice), its content hash and publication time, the slug it is shown under (a
rename), the language and the rendering fingerprint. Only the shell is rendered for each request, and
which revision a slug shows is still read from the database for every page that is not cached.
"""

from __future__ import annotations

from dataclasses import replace

from django.http import HttpRequest
from django.utils.translation import get_language

from briefs.page_cache import ProcessPages
from briefs.public.read import RevisionMeta, RevisionPage, revision_for_page, revision_page
from briefs.services.rendering import StoredMarkup, render_revision_markup, rendering_fingerprint

_held = ProcessPages(bytes_setting="READER_PAGE_MEMORY_BYTES", seconds_setting="READER_PAGE_CACHE_SECONDS")


def brief_page_parts(
    meta: RevisionMeta, *, slug: str, request: HttpRequest
) -> tuple[RevisionPage, StoredMarkup]:
    """The revision's page facts (without the markup) and its markup in the active language: from this
    process's memory, else read (1 query), else rendered and stored (the first reader of a revision)."""
    language = get_language()
    fingerprint = rendering_fingerprint(language)
    key = f"{meta.pk}:{meta.status}:{meta.content_hash}:{meta.published_at.isoformat()}:{slug}:{language}:{fingerprint}"
    held = _held.get(key)
    if held is not None:
        return held
    page = revision_page(meta.pk, language=language, fingerprint=fingerprint)
    if page.stored_html is None or page.stored_jsonld is None:
        markup = render_revision_markup(revision=revision_for_page(meta.pk), request=request)
    else:
        markup = StoredMarkup(content_html=page.stored_html, jsonld=page.stored_jsonld)
    parts = (replace(page, stored_html=None, stored_jsonld=None), markup)
    _held.put(key, parts, size=len(markup.content_html) + len(markup.jsonld))
    return parts


def forget_brief_page_parts() -> None:
    """Drop this process's copies (tests)."""
    _held.clear()

"""Each language of the reader pages has its own addresses: English unprefixed, Indonesian under /id/.

``/id/briefs/russia-dprk-arms/`` is the Indonesian page whatever the reader's cookie or Accept-Language
says, so it can be linked to, shared and indexed. An unprefixed address still negotiates as it always
has (the language cookie the switcher sets, else Accept-Language, else English), so links shared before
the prefix existed, and readers who chose Indonesian, keep the language they had.

Why not plain ``i18n_patterns(prefix_default_language=False)``: with it Django's LocaleMiddleware serves
every unprefixed address in English whatever the reader chose, and its LocalePrefixPattern resolves only
the *active* language's prefix, so a reader whose cookie says Indonesian would get a 404 at every
unprefixed address. Here the prefix pattern resolves either spelling and LocaleMiddleware negotiates
when the path names no language. ``reverse()`` is unchanged: it names the active language's address, so
every link on an Indonesian page (however it was reached) leads to ``/id/…``, and an Indonesian page has
one body at both of its addresses (the page cache keys on the language, briefs/page_cache.py).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.urls import URLResolver, translate_url
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation


def prefixed_languages() -> list[str]:
    """The languages whose pages live under a prefix: every one but the default (English)."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def path_language(path: str) -> str | None:
    """The language a path's prefix names (``/id/…`` → ``id``), or None for an unprefixed path.

    Stricter than Django's get_language_from_path: only a prefix the reader pages use counts (``/en/``
    and ``/id-ID/`` are not addresses of ours and get the negotiated 404)."""
    for code in prefixed_languages():
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return None


def address_in_language(url: str, code: str) -> str:
    """``url`` (a path on this site, with its query) at its address in language ``code``.

    Through the URLconf where the path resolves (Django's translate_url), so a renamed route still
    translates; a path nothing resolves (a 404 page's own address) gets its prefix swapped by hand, so
    the switcher on "/id/nope/" still leads to "/nope/" rather than back to the Indonesian page."""
    translated = translate_url(url, code)
    if translated != url:
        return translated
    parts = urlsplit(url)
    path = parts.path
    current = path_language(path)
    if current is not None:
        path = path[len(current) + 1 :] or "/"
    if code in prefixed_languages():
        path = f"/{code}{path}"
    return urlunsplit(parts._replace(path=path))


class ReaderLanguagePrefix(LocalePrefixPattern):
    """Resolves a reader route with or without a language prefix; reverses to the active language's.

    A subclass so that Django's i18n helpers (``translate_url``, ``is_language_prefix_patterns_used``)
    know these routes are language-prefixed."""

    def __init__(self) -> None:
        super().__init__(prefix_default_language=False)

    def match(self, path: str):
        for code in prefixed_languages():
            if path.startswith(f"{code}/"):
                # Once only: /id/id/… is no address.
                return path.removeprefix(f"{code}/"), (), {}
        return path, (), {}


def reader_language_patterns(*urls) -> list[URLResolver]:
    """``urls`` at their English address and again under each other language's prefix."""
    return [URLResolver(ReaderLanguagePrefix(), list(urls))]


class ReaderLocaleMiddleware(LocaleMiddleware):
    """The language a path names, else the one the reader negotiates (cookie, Accept-Language, English).

    Replaces Django's LocaleMiddleware, which with prefix_default_language=False forces English on
    every unprefixed path (see the module docstring for why we keep negotiating there)."""

    def process_request(self, request: HttpRequest) -> None:
        language = path_language(request.path_info) or translation.get_language_from_request(
            request, check_path=False
        )
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

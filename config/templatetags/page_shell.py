"""Tags for the page shell every site page extends (templates/base.html)."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override

from config.languages import address_in_language

register = template.Library()


@register.simple_tag(takes_context=True)
def page_path(context: template.Context) -> str:
    """The path of the page being shown, rebuilt from its route.

    Reader pages are cached whole under a key that names their route and never the query string, so
    the shell may embed nothing else of the address a visitor typed: a query string, or another spelling
    of a number in the path, would be served to every later reader of the cached page.
    """
    match = getattr(context.get("request"), "resolver_match", None)
    if match is None or not match.url_name:
        return "/"
    return reverse(match.view_name, args=match.args, kwargs=match.kwargs)


@register.simple_tag(takes_context=True)
def page_url(context: template.Context) -> str:
    """The page's absolute address (for og:url): its path rebuilt from its route, never the query string."""
    request = context.get("request")
    path = page_path(context)
    return request.build_absolute_uri(path) if request is not None else path


@register.filter
def in_language(path: str, language: str) -> str:
    """``path`` (a reader address, maybe with a query) at its address in ``language``: ``/id/briefs/x/``
    for Indonesian, ``/briefs/x/`` for English (config/languages.py), as the switch itself redirects."""
    return address_in_language(path, language) if path else path


@register.simple_tag(takes_context=True)
def language_alternates(context: template.Context) -> SafeString:
    """``<link rel="alternate" hreflang>`` for the page in each language, and ``x-default`` for the
    unprefixed address, which serves the language the reader negotiates (config/languages.py).

    Built from the page's route like og:url, so the cached page names no query string; empty for a page
    whose address does not change with the language."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if request is None or match is None or not match.url_name:
        return SafeString("")
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            addresses[code] = request.build_absolute_uri(
                reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            )
    if len(set(addresses.values())) < len(addresses):
        return SafeString("")
    links = [*addresses.items(), ("x-default", addresses[settings.LANGUAGE_CODE])]
    return format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.simple_tag(takes_context=True)
def absolute_url(context: template.Context, path: str) -> str:
    """``path`` as an absolute address on the host this page was asked on (canonical links)."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


#: Open Graph names a locale as language_TERRITORY.
OG_LOCALES = {"en": "en_US", "id": "id_ID"}


@register.simple_tag
def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)


@register.simple_tag
def fixed_fragment(template_name: str) -> SafeString:
    """A piece of the shell that depends on nothing but the language (the site's navigation, the feed
    links), rendered once per language in each process: every uncached page would otherwise reverse and
    translate the same dozen links again. Rendered without a request or context, so nothing a visitor
    sent can reach it; with DEBUG on, afresh each time, so that template edits show."""
    if settings.DEBUG:
        return _render_fragment(template_name)
    return _fixed_fragment(template_name, get_language(), get_script_prefix())


@lru_cache(maxsize=64)
def _fixed_fragment(template_name: str, language: str, script_prefix: str) -> SafeString:
    # The language and script prefix are the key: render_to_string uses the active ones.
    return _render_fragment(template_name)


def _render_fragment(template_name: str) -> SafeString:
    return mark_safe(render_to_string(template_name))  # noqa: S308 - the engine's own output, escaped as it rendered

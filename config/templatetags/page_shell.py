"""Tags for the page shell every site page extends (templates/base.html)."""

from __future__ import annotations

from django import template
from django.urls import reverse

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


#: Open Graph names a locale as language_TERRITORY.
OG_LOCALES = {"en": "en_US", "id": "id_ID"}


@register.simple_tag
def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)

"""Reader pages: published material only. Anything else is 404 for everyone, also when guessed."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from briefs.assembly import reader_diff
from briefs.brief_page_parts import brief_page_parts
from briefs.feeds import FEED_LENGTH
from briefs.history_wording import history_wording
from briefs.page_cache import PageVersion, cached_page, cached_while_published
from briefs.public.read import (
    RevisionMeta,
    feed_publications,
    key_point_page,
    public_actor_index,
    public_actor_page,
    public_revision_meta,
    public_source_index,
    public_source_page,
    published_briefs,
    published_history,
    search_public,
)
from briefs.public.search_text import clean_query, query_terms
from briefs.reader_limits import refuse_render
from briefs.services.rendering import (
    CONTENT_SLOT,
    JSONLD_SLOT,
    splice_markup,
)
from config.languages import address_in_language, path_language

#: Entries the feeds page shows of what the feeds carry now.
FEEDS_PAGE_PREVIEW = 10


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The front page: what the site is, the latest briefs, and the ways in."""
    return cached_while_published(
        request,
        name="home",
        render=lambda: render_to_string(
            "home.html", {"revisions": published_briefs()[:HOME_BRIEFS]}, request=request
        ),
    )


#: How many of the latest briefs the front page lists; the index lists them all.
HOME_BRIEFS = 5


@require_safe
def brief_index(request: HttpRequest) -> HttpResponse:
    return cached_while_published(
        request,
        name="index",
        render=lambda: render_to_string(
            "briefs/brief_index.html", {"revisions": published_briefs()}, request=request
        ),
    )


def _shown_revision(request: HttpRequest, *, slug: str, number: int | None) -> PageVersion | HttpResponse:
    """The revision a brief address shows (1 query): read only when its page is not in the cache."""
    meta = public_revision_meta(slug=slug, number=number)
    if meta is None:
        # A 404 is rendered afresh every time: it counts like a page that was not in the cache.
        refused = refuse_render(request)
        if refused is not None:
            return refused
        raise Http404("No published brief here.")
    return PageVersion(
        version=f"{meta.pk}:{meta.status}:{meta.content_hash}", last_modified=meta.published_at, facts=meta
    )


@require_safe
def brief_detail(request: HttpRequest, slug: str, number: int | None = None) -> HttpResponse:
    def render(shown: PageVersion) -> bytes:
        page, markup = brief_page_parts(shown.facts, slug=slug, request=request)
        context = {
            "page": page,
            "content_html": mark_safe(CONTENT_SLOT),  # noqa: S308 - a placeholder, replaced below
            "jsonld": mark_safe(JSONLD_SLOT),  # noqa: S308 - a placeholder, replaced below
        }
        return splice_markup(render_to_string("briefs/brief_detail.html", context, request=request), markup)

    return cached_page(
        request,
        name=f"brief:{slug}:{number or 'current'}",
        describe=lambda: _shown_revision(request, slug=slug, number=number),
        render=render,
    )


@require_safe
def key_point_detail(
    request: HttpRequest, slug: str, point_id: int, number: int | None = None
) -> HttpResponse:
    """One key point of a publication in full: every statement and citation, how independence was decided,
    its figures and its timeline entries (the brief page shows the first few of each and links here)."""

    def render(shown: PageVersion) -> str:
        meta: RevisionMeta = shown.facts
        page = key_point_page(meta.pk, point_id=point_id)
        if page is None:
            raise Http404("No such key point in this publication.")
        return render_to_string("briefs/key_point_detail.html", {"page": page}, request=request)

    return cached_page(
        request,
        name=f"key-point:{slug}:{number or 'current'}:{point_id}",
        describe=lambda: _shown_revision(request, slug=slug, number=number),
        render=render,
    )


@require_safe
def revision_history(request: HttpRequest, slug: str) -> HttpResponse:
    def render() -> str:
        revisions = published_history(slug=slug)
        if not revisions:
            raise Http404("No published brief here.")
        entries = [
            {
                "revision": revision,
                "diff": reader_diff(older.content if older else None, revision.content),
                "wording": history_wording(older.content if older else None, revision.content),
                "language": revision.content.get("language", "en"),
            }
            for revision, older in zip(revisions, [*revisions[1:], None], strict=True)
        ]
        # Titled as last published: a later edit of the brief is not public until it is published.
        newest = revisions[0].content
        context = {
            "slug": slug,
            "title": newest["title"],
            "title_indonesian": newest.get("title_indonesian"),
            "language": newest.get("language", "en"),
            "entries": entries,
        }
        return render_to_string("briefs/revision_history.html", context, request=request)

    return cached_while_published(request, name=f"history:{slug}", render=render)


@require_safe
def source_detail(request: HttpRequest, source_id: int) -> HttpResponse:
    def render() -> str:
        page = public_source_page(source_id)
        if page is None:
            raise Http404("This source is not cited by any published brief.")
        return render_to_string("briefs/source_detail.html", {"page": page}, request=request)

    return cached_while_published(request, name=f"source:{source_id}", render=render)


@require_safe
def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    def render() -> str:
        page = public_actor_page(slug)
        if page is None:
            raise Http404("No published position of this actor.")
        return render_to_string("briefs/actor_detail.html", {"page": page}, request=request)

    return cached_while_published(request, name=f"actor:{slug}", render=render)


def page_number(request: HttpRequest) -> int | None:
    """``?page=N`` as a number (1 when absent); None for anything else. The number, never the text, goes
    into a cache key: the page cache ignores the query string (briefs/page_cache.py)."""
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6 or int(raw) < 1:
        return None
    return int(raw)


def _index(request: HttpRequest, *, name: str, template: str, read) -> HttpResponse:
    number = page_number(request)
    if number is None:
        refused = refuse_render(request)
        if refused is not None:
            return refused
        raise Http404("No such page of the index.")

    def render() -> str:
        index = read(number=number)
        if index is None:
            raise Http404("No such page of the index.")
        return render_to_string(template, {"index": index}, request=request)

    return cached_while_published(request, name=f"{name}:{number}", render=render)


@require_safe
def actor_index(request: HttpRequest) -> HttpResponse:
    return _index(request, name="actors", template="briefs/actor_index.html", read=public_actor_index)


@require_safe
def source_index(request: HttpRequest) -> HttpResponse:
    return _index(request, name="sources", template="briefs/source_index.html", read=public_source_index)


def _search_address(query: str, number: int) -> str:
    if not query:
        return reverse("search")
    return f"{reverse('search')}?{urlencode({'q': query, **({'page': number} if number > 1 else {})})}"


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Search over what is published. Never page-cached (the page cache ignores the query string); each
    search with words counts against the reader's render budget like any uncached page."""
    query = clean_query(request.GET.get("q"))
    terms = query_terms(query)
    number = page_number(request)
    if number is None:
        refused = refuse_render(request)
        if refused is not None:
            return refused
        raise Http404("No such page of results.")
    results = None
    if terms:
        refused = refuse_render(request)
        if refused is not None:
            return refused
        results = search_public(terms=terms, number=number, language=get_language())
        if results is None:
            raise Http404("No such page of results.")
    page_query = urlencode({"q": query}) if query else ""
    context = {
        "query": query,
        "terms": terms,
        "results": results,
        "page_query": page_query,
        # The language switch keeps the reader on this page of results.
        "here": _search_address(query, number),
    }
    response = HttpResponse(render_to_string("briefs/search.html", context, request=request))
    patch_cache_control(response, public=True, max_age=settings.READER_PAGE_MAX_AGE)
    if not path_language(request.path_info):  # /id/search/ is Indonesian whatever is asked
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
def feeds(request: HttpRequest) -> HttpResponse:
    """The feeds, for people: what each is, its address for a feed reader, and what it says now."""
    return cached_while_published(
        request,
        name="feeds",
        render=lambda: render_to_string(
            "briefs/feeds.html",
            {
                "feeds": {
                    kind: request.build_absolute_uri(reverse(f"feed_{kind}"))
                    for kind in ("atom", "rss", "json")
                },
                "length": FEED_LENGTH,
                "latest": feed_publications(limit=FEEDS_PAGE_PREVIEW),
            },
            request=request,
        ),
    )


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """/robots.txt (templates/robots.txt): the same plain text for everyone, cacheable for a day."""
    response = HttpResponse(render_to_string("robots.txt"), content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


@require_safe
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """A plain link (no form, no CSRF token in cached pages) that remembers the reader's language.

    On to ``next``, else to the page the link was on (error pages name no address of their own: a
    hidden page and a missing one must read the same), else home; never off the site. Always at its
    address in the chosen language (``/id/…`` for Indonesian, config/languages.py): a Referer names the
    page in the language being left."""
    next_url = request.GET.get("next") or request.headers.get("Referer") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    # One of the site's languages only: Django has catalogues (and so check_for_language) for dozens more.
    chosen = code in dict(settings.LANGUAGES)
    response = HttpResponseRedirect(address_in_language(next_url, code) if chosen else next_url)
    if chosen:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response

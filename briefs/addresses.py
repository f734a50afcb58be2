"""Stable public addresses: a renamed brief or actor still answers at every old address.

A request that would be a 404 (or, for a brief's list of revisions, an empty list) and names a former
slug (BriefFormerSlug, ActorFormerSlug) of something readers can see gets a permanent redirect to the
same route under the current slug, the rest of the path and the query string kept:
``/briefs/old/revisions/2/?x=1`` → ``/briefs/new/revisions/2/?x=1``, and the same for
``/api/v1/briefs/old/…`` and the actors; an Indonesian address to the Indonesian one,
``/id/briefs/old/`` → ``/id/briefs/new/`` (config/languages.py). Only such an answer pays for the
lookup (1 query for a brief, up to 4 for an actor), so the pages and the API answer as fast as before.
A chain of renames is one hop: every former slug points at the record, whose slug is the newest. A
former slug of something unpublished stays a plain 404, like an address that never existed.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils import translation

from briefs.models import ActorFormerSlug, BriefFormerSlug, BriefRevision, PublicActor
from config.languages import path_language

#: Routes (by name) whose `slug` is a brief's.
BRIEF_ROUTES = frozenset(
    {
        "briefs:detail",
        "briefs:history",
        "briefs:revision",
        "briefs:key_point",
        "briefs:revision_key_point",
        "api:brief-detail",
        "api:revision-list",
        "api:revision-detail",
    }
)
#: Routes (by name) whose `slug` is an actor's.
ACTOR_ROUTES = frozenset({"actor_detail", "api:actor-detail"})


def current_brief_slug(former: str) -> str | None:
    """The slug of the published brief that `former` used to name, or None (1 query)."""
    public = BriefRevision.objects.public().filter(brief=OuterRef("brief"))
    return (
        BriefFormerSlug.objects.filter(slug=former)
        .filter(Exists(public))
        .values_list("brief__slug", flat=True)
        .first()
    )


def current_actor_slug(former: str) -> str | None:
    """The slug of the public actor that `former` used to name, or None."""
    actor_id = ActorFormerSlug.objects.filter(slug=former).values_list("actor_id", flat=True).first()
    if actor_id is None:
        return None
    return PublicActor.objects.filter(pk=actor_id).values_list("slug", flat=True).first()


def former_address_target(request: HttpRequest) -> str | None:
    """Where a request for a former address belongs now, or None."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    former = match.kwargs.get("slug")
    if former is None:
        return None
    lookup: Callable[[str], str | None] | None = (
        current_brief_slug
        if match.view_name in BRIEF_ROUTES
        else current_actor_slug
        if match.view_name in ACTOR_ROUTES
        else None
    )
    current = lookup(former) if lookup is not None else None
    if current is None or current == former:
        return None
    # The same form of address as asked: /id/… to /id/…, and an unprefixed one to the unprefixed one
    # whatever language the reader negotiated there, so a cached redirect suits every reader.
    with translation.override(path_language(request.path_info) or settings.LANGUAGE_CODE):
        url = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, "slug": current})
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def found_nothing(request: HttpRequest) -> None:
    """For a list under a slug that answers an empty list rather than a 404 (a brief's revisions):
    the slug may be a former one, worth the lookup."""
    request.found_nothing = True


class FormerAddressRedirectMiddleware:
    """Turns the 404 (or empty list) of a former address into a 301 to the current one (GET and HEAD)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        if response.status_code != 404 and not getattr(request, "found_nothing", False):
            return response
        target = former_address_target(request)
        return HttpResponsePermanentRedirect(target) if target is not None else response

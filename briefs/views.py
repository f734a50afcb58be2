"""Reader pages: published material only. Anything else is 404 for everyone, also when guessed."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from briefs.models import BriefRevision
from briefs.selectors import published_briefs, published_revision


def brief_index(request: HttpRequest) -> HttpResponse:
    return render(request, "briefs/brief_index.html", {"revisions": published_briefs()})


def brief_detail(request: HttpRequest, slug: str, number: int | None = None) -> HttpResponse:
    try:
        revision = published_revision(slug=slug, number=number)
    except BriefRevision.DoesNotExist:
        raise Http404("No published brief here.") from None
    return render(
        request,
        "briefs/brief_detail.html",
        {"revision": revision, "brief": revision.brief, "content": revision.content},
    )

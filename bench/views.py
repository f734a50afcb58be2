"""The baselines, served by the same gunicorn as the pages they are compared with, and one bench-only
wrapper that makes every request to the real brief page a cache miss."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from rest_framework import generics, pagination, permissions, serializers

from briefs import views as reader_views
from briefs.page_cache import purge_reader_pages

BASELINE_TEMPLATE_ROWS = 200
BASELINE_API_PAGE_SIZE = 50


def hello(request: HttpRequest) -> HttpResponse:
    """The floor of the stack: middleware, URL resolution and a fixed response."""
    return HttpResponse("Hello, world.", content_type="text/plain")


def hello_of_size(request: HttpRequest, size: int) -> HttpResponse:
    """Hello-world with a body of ``size`` bytes: the floor for sending a page that big (not a target)."""
    body = _BODIES.get(size)
    if body is None:
        body = _BODIES[size] = b"x" * min(size, 50_000_000)
    return HttpResponse(body, content_type="text/html; charset=utf-8")


_BODIES: dict[int, bytes] = {}


def template_rows(request: HttpRequest) -> HttpResponse:
    """A plain template page of 200 rows read from the database (1 query)."""
    rows = Group.objects.order_by("pk")[:BASELINE_TEMPLATE_ROWS]
    return render(request, "bench/rows.html", {"rows": rows})


class GroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = Group
        fields = ["id", "name"]


class GroupPagination(pagination.PageNumberPagination):
    page_size = BASELINE_API_PAGE_SIZE


class GroupList(generics.ListAPIView):
    """A bare DRF list of 50 rows of a trivial model: count + page queries, JSON out."""

    queryset = Group.objects.order_by("pk")
    serializer_class = GroupSerializer
    pagination_class = GroupPagination
    permission_classes = [permissions.AllowAny]
    authentication_classes: list = []
    throttle_classes: list = []
    filter_backends: list = []


def uncached_brief(request: HttpRequest, slug: str) -> HttpResponse:
    """The real brief page after a purge of the page cache, as after every publication: every request
    renders the page around the revision's stored markup."""
    purge_reader_pages()
    return reader_views.brief_detail(request, slug)

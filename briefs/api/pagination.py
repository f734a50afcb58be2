"""Cursor pagination for the long lists (claims, sources), page numbers for the small ones."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination, CursorPagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 50


class SmallListPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"

    @property
    def max_page_size(self) -> int:
        return settings.API_MAX_PAGE_SIZE


class StreamPagination(CursorPagination):
    """Stable under inserts; the ordering comes from the view's ordering filter (never ambiguous:
    every ordering ends with the id)."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    ordering = "-id"

    @property
    def max_page_size(self) -> int:
        return settings.API_MAX_PAGE_SIZE


class ChangeFeedPagination(BasePagination):
    """`?since=<event id>&limit=N`: the events after `since`, oldest first. `next_since` is always set
    (also on the last page), so a partner stores it and asks again later: nothing is ever skipped."""

    since_param = "since"
    limit_param = "limit"
    default_limit = 100

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.since = self._number(request, self.since_param, 0, minimum=0)
        self.limit = min(
            self._number(request, self.limit_param, self.default_limit, minimum=1), settings.API_MAX_PAGE_SIZE
        )
        rows = list(queryset.filter(pk__gt=self.since).order_by("pk")[: self.limit + 1])
        self.has_more = len(rows) > self.limit
        rows = rows[: self.limit]
        self.next_since = rows[-1].pk if rows else self.since
        return rows

    @staticmethod
    def _number(request, name: str, default: int, *, minimum: int) -> int:
        raw = request.query_params.get(name)
        if raw in (None, ""):
            return default
        if not raw.isdigit() or int(raw) < minimum:
            raise ValidationError({name: f"Expected a whole number ≥ {minimum}."})
        return int(raw)

    def get_paginated_response(self, data):
        next_url = replace_query_param(self.request.build_absolute_uri(), self.since_param, self.next_since)
        return Response(
            {
                "since": str(self.since),
                "next_since": str(self.next_since),
                "has_more": self.has_more,
                "next": next_url,
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["since", "next_since", "has_more", "next", "results"],
            "properties": {
                "since": {"type": "string"},
                "next_since": {"type": "string", "description": "Pass as ?since= next time."},
                "has_more": {"type": "boolean", "description": "True: ask again at once for the rest."},
                "next": {"type": "string", "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return []  # documented on the view (since, limit)

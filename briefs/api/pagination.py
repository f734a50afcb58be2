"""Cursor pagination for the long lists (claims, sources), page numbers for the small ones.

Every number a pagination reads goes through briefs.api.params (ASCII digits, bounds, a 400 otherwise),
and cursors are signed: a forged or edited cursor, or one used with another ordering than it was made
for, is a 400 rather than a crash or a silently wrong page.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination, Cursor, CursorPagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from briefs.api.params import MAX_ID, query_int

DEFAULT_PAGE_SIZE = 50


class BoundedPageSizeMixin:
    """`?page_size=N`: a whole number ≥ 1 (else a 400), capped at API_MAX_PAGE_SIZE."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"

    @property
    def max_page_size(self) -> int:
        return settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        size = query_int(request.query_params, self.page_size_query_param, default=self.page_size, minimum=1)
        return min(size, self.max_page_size)


class SmallListPagination(BoundedPageSizeMixin, PageNumberPagination):
    def get_page_number(self, request, paginator):
        if request.query_params.get(self.page_query_param) in self.last_page_strings:
            return paginator.num_pages
        # A page past the last one stays DRF's 404 ("Invalid page."): the number is fine, the page is not.
        return query_int(request.query_params, self.page_query_param, default=1, minimum=1)


class StreamPagination(BoundedPageSizeMixin, CursorPagination):
    """Stable under inserts; the ordering comes from the view's ordering filter (never ambiguous:
    every ordering ends with the id).

    A cursor is [offset, reverse, position] signed with the secret key, salted with the list and the
    ordering it was made for. DRF's own cursors are bare base64, so anyone could write a position of
    the wrong type (a crash in the database) or of another ordering (a wrong page, silently).
    """

    ordering = "-id"
    invalid_cursor_message = (
        "Invalid cursor: use the `next` and `previous` links as given, with the filters and ordering "
        "they were made for."
    )

    def _signer(self) -> signing.Signer:
        view = getattr(self, "view", None)
        list_name = getattr(view, "basename", None) or type(view).__name__
        return signing.Signer(salt=f"briefs.api.cursor:{list_name}:{','.join(self.ordering)}")

    def paginate_queryset(self, queryset, request, view=None):
        self.view = view
        return super().paginate_queryset(queryset, request, view)

    def encode_cursor(self, cursor: Cursor) -> str:
        token = self._signer().sign_object([cursor.offset, cursor.reverse, cursor.position])
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def decode_cursor(self, request) -> Cursor | None:
        token = request.query_params.get(self.cursor_query_param)
        if not token:
            return None
        try:
            offset, reverse, position = self._signer().unsign_object(token)
        except (signing.BadSignature, ValueError, TypeError):
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from None
        # Signed by us, so well-formed; checked anyway, since a leaked key must not become a crash.
        if (
            isinstance(offset, bool)
            or not isinstance(offset, int)
            or not 0 <= offset <= self.offset_cutoff
            or not isinstance(reverse, bool)
            or not isinstance(position, (str, type(None)))
        ):
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})
        return Cursor(offset=offset, reverse=reverse, position=position)


class ChangeFeedPagination(BasePagination):
    """`?since=<event id>&limit=N`: the events after `since`, oldest first. `next_since` is always set
    (also on the last page), so a partner stores it and asks again later: nothing is ever skipped."""

    since_param = "since"
    limit_param = "limit"
    default_limit = 100

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.since = query_int(request.query_params, self.since_param, default=0, maximum=MAX_ID)
        self.limit = min(
            query_int(request.query_params, self.limit_param, default=self.default_limit, minimum=1),
            settings.API_MAX_PAGE_SIZE,
        )
        rows = list(queryset.filter(pk__gt=self.since).order_by("pk")[: self.limit + 1])
        self.has_more = len(rows) > self.limit
        rows = rows[: self.limit]
        self.next_since = rows[-1].pk if rows else self.since
        return rows

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

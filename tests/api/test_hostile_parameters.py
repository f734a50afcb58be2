"""Every query parameter of every list the router serves — its filters, its pagination, its ordering, read
from the code so a new one is covered the day it is added — with hostile values: other scripts' digits,
huge numbers, far dates, very long strings, many words, NUL and control characters, invalid UTF-8.

Never a 500: each is answered 200 (the value narrows or is ignored) or 400 naming the parameter. And
each kind of parameter holds its bound: a number that is not ASCII digits in range, a text filter longer
than any name, a search of a thousand words, an instant outside the years 1–9999 in UTC, a cursor we did
not sign — all 400."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django_filters import filters as df
from rest_framework.filters import OrderingFilter

from briefs.api import filters, views
from briefs.api.pagination import ChangeFeedPagination, SmallListPagination, StreamPagination
from briefs.api.urls import router

pytestmark = pytest.mark.django_db

#: name → the value as it goes into the query string (already percent-encoded).
HOSTILE = {
    "superscript-two": quote("²"),
    "arabic-indic-three": quote("٣"),
    "fullwidth-twelve": quote("１２"),
    "devanagari-five": quote("५"),
    "huge-number": "9" * 40,
    "negative": "-1",
    "exponent": "1e400",
    "not-a-number": "NaN",
    "padded": quote(" 3 "),
    "far-past-in-utc": quote("0001-01-01T00:00:00+14:00"),
    "far-future-in-utc": quote("9999-12-31T23:59:59-14:00"),
    "naive-year-1": quote("0001-01-01T00:00:00"),
    "year-10000": quote("10000-01-01T00:00:00Z"),
    "offset-99-hours": quote("2023-10-02T00:00:00+99:00"),
    "long-string": "a" * 5_000,
    "thousand-words": quote("kata " * 1_100),
    "hundred-short-words": quote("a " * 100),  # within any length bound, over the words bound
    "nul": "a%00b",
    "controls": quote("\x1b[31m\x07\x08"),
    "invalid-utf8": "%ED%A0%80%FF",
    "sql": quote("' OR 1=1 --"),
}
LONG = {"long-string", "thousand-words"}
FAR_INSTANTS = {"far-past-in-utc", "far-future-in-utc", "naive-year-1", "year-10000", "offset-99-hours"}


def list_endpoints() -> list[tuple[str, type]]:
    endpoints = [(f"/api/v1/{prefix}/", viewset) for prefix, viewset, _ in router.registry]
    return [*endpoints, ("/api/v1/briefs/published-brief/revisions/", views.RevisionViewSet)]


def parameters(viewset) -> list[tuple[str, str, str]]:
    """(query parameter, the key a 400 names, kind) for everything the list reads from its query."""
    found = []
    filterset = getattr(viewset, "filterset_class", None)
    for name, flt in filterset.base_filters.items() if filterset else []:
        suffixes = getattr(flt.field_class.widget, "suffixes", None)
        kind = {
            filters.IdFilter: "number",
            filters.SearchFilter: "search",
            filters.TextFilter: "text",
            filters.UtcDateTimeFromToRangeFilter: "instant",
        }.get(type(flt), "other")
        found += (
            [(f"{name}_{suffix}", f"{name}_{suffix}", kind) for suffix in suffixes]
            if suffixes
            else [(name, name, kind)]
        )
    pagination = viewset.pagination_class
    if issubclass(pagination, SmallListPagination):
        found += [(pagination.page_query_param, pagination.page_query_param, "number")]
    if issubclass(pagination, StreamPagination):
        found += [(pagination.cursor_query_param, pagination.cursor_query_param, "cursor")]
    if issubclass(pagination, (SmallListPagination, StreamPagination)):
        found += [(pagination.page_size_query_param, pagination.page_size_query_param, "number")]
    if issubclass(pagination, ChangeFeedPagination):
        found += [(pagination.since_param, pagination.since_param, "number")]
        found += [(pagination.limit_param, pagination.limit_param, "number")]
    for backend in viewset.filter_backends:
        if issubclass(backend, OrderingFilter):
            found += [(backend.ordering_param, backend.ordering_param, "ordering")]
    return found


def must_refuse(kind: str, value: str) -> bool:
    return (
        kind == "number"  # none of the values is ASCII digits within range
        or (kind == "text" and value in LONG)
        or (kind == "search" and value in {*LONG, "hundred-short-words"})
        or (kind == "instant" and value in FAR_INSTANTS)
        or kind == "cursor"
    )


def test_every_filter_is_of_a_bounded_kind():
    """A new kind of filter needs its bound (and its row in parameters()) before it ships; a plain
    CharFilter would take a megabyte."""
    bounded = {
        filters.IdFilter,
        filters.SearchFilter,
        filters.TextFilter,
        filters.UtcDateTimeFromToRangeFilter,
        df.ChoiceFilter,  # one of its choices, or a 400
        df.DateFromToRangeFilter,  # dates: years 1–9999, no time zone to convert
    }
    for _, viewset in list_endpoints():
        for name, flt in viewset.filterset_class.base_filters.items():
            assert type(flt) in bounded, (viewset.__name__, name, type(flt).__name__)


@pytest.mark.parametrize(("url", "viewset"), list_endpoints(), ids=[url for url, _ in list_endpoints()])
def test_hostile_values_in_every_parameter_never_crash(anonymous_api, world, url, viewset):
    anonymous_api.raise_request_exception = True  # a crash fails here, with its traceback
    swept = 0
    for parameter, key, kind in parameters(viewset):
        for label, value in HOSTILE.items():
            target = f"{url}?{parameter}={value}"
            response = anonymous_api.get(target)
            assert response.status_code in (200, 400), (target[:200], response.status_code)
            body = response.json()
            if response.status_code == 400:
                assert key in body, (target[:200], body)
            if must_refuse(kind, label):
                assert response.status_code == 400, (target[:200], body)
            swept += 1
    assert swept >= len(HOSTILE) * 2, "every list reads at least a page size and an ordering or filter"

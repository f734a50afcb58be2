"""One FilterSet per list, an ordering filter limited to the names each view lists, and text search.

Every filter narrows a queryset that already holds public material only, and filters that concern the
published snapshot (brief, key point, a key point's wording) are answered from the snapshot, never from
live rows an editor may be changing: no filter, ordering or search can reveal anything unpublished.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import reduce
from operator import and_, or_

import django_filters as filters
from django.db import connections
from django.db.models import F, Q, QuerySet, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.filters import OrderingFilter

from briefs.api.visibility import request_index
from briefs.models import Actor, BriefRevision, ChangeEvent, Claim, Proposition
from ingest.models import Outlet, Source

#: Sort keys for nullable dates: rows without a date sort as the oldest, and cursors never see NULL.
EARLIEST_DATE = date(1, 1, 1)
EARLIEST_DATETIME = datetime(1, 1, 2, tzinfo=UTC)


def earliest_date(field: str) -> Coalesce:
    return Coalesce(F(field), Value(EARLIEST_DATE))


def earliest_datetime(field: str) -> Coalesce:
    return Coalesce(F(field), Value(EARLIEST_DATETIME))


def text_search(queryset: QuerySet, fields: list[str], value: str) -> QuerySet:
    """Full-text search on PostgreSQL ("simple" configuration: no stemming, so Indonesian and English
    behave alike; web-search syntax: words, "a phrase", -word, or); elsewhere every word must appear
    in one of the fields, case-insensitively."""
    value = value.strip()
    if not value:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        return queryset.annotate(search_document=SearchVector(*fields, config="simple")).filter(
            search_document=SearchQuery(value, config="simple", search_type="websearch")
        )
    words = [word.strip('"') for word in value.split() if word.strip('"')]
    if not words:  # only quotes: no word to look for, which PostgreSQL answers with no rows too
        return queryset.none()
    return queryset.filter(
        reduce(and_, (reduce(or_, (Q(**{f"{name}__icontains": word}) for name in fields)) for word in words))
    )


#: Query parameters that are never a FilterSet's (pagination, ordering, the renderer).
NOT_FILTERS = frozenset({"page", "page_size", "cursor", "ordering", "format"})


class PublicFilterBackend(DjangoFilterBackend):
    """django-filter's backend, skipped when the query string names no filter: building and validating
    the FilterSet's form for nothing was a tenth of the time of an unfiltered list."""

    def filter_queryset(self, request, queryset, view):
        if set(request.query_params) <= NOT_FILTERS:
            return queryset
        return super().filter_queryset(request, queryset, view)


class PublicOrderingFilter(OrderingFilter):
    """`?ordering=name,-other` over the names a view lists in `ordering_fields`, each mapped to a sort
    key (`ordering_keys`, default: the field itself). The id always breaks ties, so pages and cursors
    are stable."""

    def _key(self, view, name: str):
        return getattr(view, "ordering_keys", {}).get(name)

    def get_ordering(self, request, queryset, view):
        terms = super().get_ordering(request, queryset, view) or ("-id",)
        ordering = []
        for term in terms:
            descending, name = term.startswith("-"), term.lstrip("-")
            column = f"sort_{name}" if self._key(view, name) is not None else name
            ordering.append(("-" if descending else "") + column)
        if not {"id", "-id"} & set(ordering):
            ordering.append("-id" if ordering[0].startswith("-") else "id")
        return ordering

    def filter_queryset(self, request, queryset, view):
        ordering = self.get_ordering(request, queryset, view)
        # Only the sort keys this ordering uses: an unused key is still computed for every row.
        used = {term.lstrip("-") for term in ordering}
        keys = {
            f"sort_{name}": expression
            for name, expression in getattr(view, "ordering_keys", {}).items()
            if f"sort_{name}" in used
        }
        return queryset.annotate(**keys).order_by(*ordering)

    def get_schema_operation_parameters(self, view):
        names = list(getattr(view, "ordering_fields", []))
        default = getattr(view, "ordering", None)
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Comma-separated sort keys; a leading minus sorts descending"
                + (f" (default: {','.join(default)})" if default else "")
                + ".",
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": [*names, *(f"-{name}" for name in names)]},
                },
                "style": "form",
                "explode": False,
            }
        ]


class BriefFilter(filters.FilterSet):
    language = filters.CharFilter(method="filter_language", label="Language of the published brief (en, id).")
    published = filters.IsoDateTimeFromToRangeFilter(
        field_name="published_at", label="Current publication between two instants (ISO 8601)."
    )

    class Meta:
        model = BriefRevision
        fields = ["language", "published"]

    def filter_language(self, queryset, name, value):
        return queryset.filter(content__language=value)


class RevisionFilter(filters.FilterSet):
    status = filters.ChoiceFilter(
        choices=[
            (BriefRevision.Status.PUBLISHED, "published"),
            (BriefRevision.Status.SUPERSEDED, "superseded"),
        ]
    )
    published = filters.IsoDateTimeFromToRangeFilter(field_name="published_at")

    class Meta:
        model = BriefRevision
        fields = ["status", "published"]


class KeyPointFilter(filters.FilterSet):
    brief = filters.CharFilter(field_name="brief__slug", label="Brief slug.")
    q = filters.CharFilter(method="search", label="Words in the published statement.")

    class Meta:
        model = Proposition
        fields = ["brief", "q"]

    def search(self, queryset, name, value):
        words = value.casefold().split()
        matching = [
            point.id
            for point in request_index(self.request).key_points.values()
            if all(word in point.entry.get("statement", "").casefold() for word in words)
        ]
        return queryset.filter(pk__in=matching)


class ClaimFilter(filters.FilterSet):
    speaker = filters.CharFilter(field_name="speaker__slug", label="Speaker (actor slug).")
    stance = filters.ChoiceFilter(choices=Claim.Stance.choices)
    key_point = filters.NumberFilter(method="filter_key_point", label="Cited under this published key point.")
    brief = filters.CharFilter(method="filter_brief", label="Cited by a publication of this brief (slug).")
    outlet = filters.CharFilter(field_name="source__outlet__slug", label="Outlet of the source (slug).")
    said_on = filters.DateFromToRangeFilter(label="Said between two dates (said_on_after, said_on_before).")
    event_date = filters.DateFromToRangeFilter(
        method="filter_event_date",
        label="Event period overlapping these dates (event_date_after, event_date_before).",
    )
    q = filters.CharFilter(method="search", label="Words in the quote or the paraphrase.")

    class Meta:
        model = Claim
        fields = ["speaker", "stance", "key_point", "brief", "outlet", "said_on", "event_date", "q"]

    def filter_key_point(self, queryset, name, value):
        return queryset.filter(pk__in=request_index(self.request).key_point_claims.get(int(value), ()))

    def filter_brief(self, queryset, name, value):
        return queryset.filter(pk__in=request_index(self.request).brief_claims.get(value, ()))

    def filter_event_date(self, queryset, name, value):
        if value.start is not None:
            queryset = queryset.filter(Q(event_end__gte=value.start) | Q(event_start__gte=value.start))
        if value.stop is not None:
            queryset = queryset.filter(event_start__lte=value.stop)
        return queryset

    def search(self, queryset, name, value):
        return text_search(queryset, ["exact", "paraphrase"], value)


class SourceFilter(filters.FilterSet):
    outlet = filters.CharFilter(field_name="outlet__slug", label="Outlet (slug).")
    language = filters.CharFilter(label="Language code of the article (id, en…).")
    cited_outlet = filters.CharFilter(
        method="filter_cited_outlet",
        label="Credits this wire or outlet (exact name, any case), e.g. Reuters.",
    )
    published = filters.IsoDateTimeFromToRangeFilter(
        field_name="published_at", label="Published between two instants (published_after, published_before)."
    )
    q = filters.CharFilter(method="search", label="Words in the title or the cleaned body.")

    class Meta:
        model = Source
        fields = ["outlet", "language", "cited_outlet", "published", "q"]

    def filter_cited_outlet(self, queryset, name, value):
        # One element of the JSON list, whole, case-insensitively: match its JSON spelling with quotes,
        # as each database prints the list (SQLite keeps Django's ASCII-escaped text, PostgreSQL jsonb
        # prints UTF-8).
        postgres = connections[queryset.db].vendor == "postgresql"
        needle = json.dumps(value.strip(), ensure_ascii=not postgres)
        return queryset.annotate(cited_text=Cast("cited_outlets", TextField())).filter(
            cited_text__icontains=needle
        )

    def search(self, queryset, name, value):
        # The cleaned body only: the raw text holds lines we removed and never publish.
        return text_search(queryset, ["title", "body"], value)


class ActorFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Actor.Kind.choices)
    country = filters.CharFilter(label="ISO 3166 code, e.g. KP.")
    q = filters.CharFilter(method="search", label="Words in the name or an alias.")

    class Meta:
        model = Actor
        fields = ["kind", "country", "q"]

    def search(self, queryset, name, value):
        return text_search(
            queryset.annotate(alias_text=Cast("aliases", TextField())), ["name", "alias_text"], value
        )


class OutletFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Outlet.Kind.choices)
    country = filters.CharFilter(label="ISO 3166 code, e.g. ID.")

    class Meta:
        model = Outlet
        fields = ["kind", "country"]


class ChangeFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=ChangeEvent.Kind.choices)
    brief = filters.CharFilter(
        field_name="brief__slug", label="Events of this brief (slug): its revisions and renames."
    )

    class Meta:
        model = ChangeEvent
        fields = ["kind", "brief"]

"""One FilterSet per list, an ordering filter limited to the names each view lists, and text search.

Every filter narrows a queryset that already holds public material only, and filters that concern the
published material is answered from the public rows that publications wrote (briefs/public/), never
from live rows an editor may be changing: no filter, ordering or search can reveal anything unpublished.

Every filter is bounded: text filters by length (`TextFilter`), searches by length and words
(`SearchFilter`), ids by briefs.api.params, instants by what exists in UTC (`UtcDateTimeFromToRangeFilter`).
A value outside its bounds is a 400 that names the parameter, never a 500.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import reduce
from operator import and_, or_

import django_filters as filters
from django import forms
from django.db import connections
from django.db.models import F, Q, QuerySet, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.forms.utils import ErrorDict, ErrorList
from django.utils.translation import gettext as _
from django_filters.fields import IsoDateTimeField, RangeField
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from django_filters.widgets import DateRangeWidget
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from briefs.api.params import WholeNumberFormField
from briefs.models import (
    Actor,
    BriefRevision,
    ChangeEvent,
    Claim,
    PublicActor,
    PublicCitation,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
)
from ingest.models import Outlet

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


#: The longest value a text filter takes: slugs, names, language and country codes are all shorter.
TEXT_FILTER_MAX_CHARS = 200
#: A search is a few words or a phrase. A thousand words is no search: SQLite refuses so deep an
#: expression outright, and PostgreSQL spends its time on it.
SEARCH_MAX_CHARS = 300
SEARCH_MAX_WORDS = 32


class TextFilter(filters.CharFilter):
    """A CharFilter with a bound on its length (longer is a 400). Every text filter is one of these."""

    def __init__(self, *args, max_length: int = TEXT_FILTER_MAX_CHARS, **kwargs):
        super().__init__(*args, max_length=max_length, **kwargs)


class SearchField(forms.CharField):
    def validate(self, value):
        super().validate(value)
        if len(value.split()) > SEARCH_MAX_WORDS:
            raise forms.ValidationError(
                f"Search for at most {SEARCH_MAX_WORDS} words.", code="too_many_words"
            )


class SearchFilter(TextFilter):
    """`q`: at most SEARCH_MAX_CHARS characters and SEARCH_MAX_WORDS words."""

    field_class = SearchField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, max_length=SEARCH_MAX_CHARS, **kwargs)


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(filters.NumberFilter):
    """An id: ASCII digits within a primary key's range (django-filter's NumberFilter takes "1.5", "1e3"
    and other scripts' digits)."""

    field_class = WholeNumberFormField

    def get_max_validator(self):
        return None  # the field bounds the value


class UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 instant that exists in UTC, where the database compares it: 0001-01-01T00:00+14:00
    parses, but falls before year 1 once converted (an OverflowError, which was a 500)."""

    def to_python(self, value):
        instant = super().to_python(value)
        if instant is None:
            return None
        try:
            return instant.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError(
                "Out of range: give an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z in UTC "
                "(a time without an offset is read in the site's time zone).",
                code="out_of_range",
            ) from None


class UtcDateTimeRangeField(RangeField):
    widget = DateRangeWidget

    def __init__(self, *args, **kwargs):
        super().__init__((UtcDateTimeField(), UtcDateTimeField()), *args, **kwargs)


class UtcDateTimeFromToRangeFilter(filters.IsoDateTimeFromToRangeFilter):
    """`<name>_after` / `<name>_before`, ISO 8601 instants within the years 1–9999 in UTC."""

    field_class = UtcDateTimeRangeField


class PublicFilterBackend(DjangoFilterBackend):
    """django-filter's backend, skipped when the query string names no filter: building and validating
    the FilterSet's form for nothing was a tenth of the time of an unfiltered list."""

    def filter_queryset(self, request, queryset, view):
        if set(request.query_params) <= parameters_besides_filters(view):
            return queryset
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if getattr(view, "action", None) == "list":
            refuse_unknown_parameters(request.query_params, filterset.form, view)
        if not filterset.is_valid():
            raise translate_validation(errors_by_parameter(filterset.form))
        return filterset.qs


#: The paginators' names for their query parameters (page numbers, cursors, the change feed's since/limit).
_PAGING_ATTRIBUTES = (
    "page_query_param",
    "page_size_query_param",
    "cursor_query_param",
    "since_param",
    "limit_param",
)


def parameters_besides_filters(view) -> set[str]:
    """The query parameters a list answers to that are not its filters: its paginator's, ``ordering``
    where it can be ordered, and the renderer's ``format``."""
    paginator = getattr(view, "paginator", None)
    names = {"format"} | {
        name
        for attribute in _PAGING_ATTRIBUTES
        if isinstance(name := getattr(paginator, attribute, None), str)
    }
    if getattr(view, "ordering_fields", None):
        names.add("ordering")
    return names


def accepted_parameters(form: forms.Form, view) -> set[str]:
    """The query parameters a list answers to: its filters (a range filter as its two bounds) and
    ``parameters_besides_filters``."""
    accepted = parameters_besides_filters(view)
    for name, field in form.fields.items():
        widget = getattr(field, "widget", None)
        suffixes = getattr(widget, "suffixes", None)
        if isinstance(field, forms.MultiValueField) and suffixes:
            accepted.update(widget.suffixed(name, suffix) for suffix in suffixes)
        else:
            accepted.add(name)
    return accepted


#: The unknown parameters one refusal names: a query string of hundreds must not make a reply of hundreds.
MAX_UNKNOWN_NAMED = 10


def refuse_unknown_parameters(params, form: forms.Form, view) -> None:
    """A 400 naming the parameters the list does not know (the first ``MAX_UNKNOWN_NAMED``), with the
    list it accepts once, under ``accepted_parameters``. Ignoring one (a misspelt "?stanse=denies")
    would answer the whole list as if it were the filtered one."""
    accepted = accepted_parameters(form, view)
    unknown = sorted(set(params) - accepted)
    if unknown:
        message = _("Unknown query parameter: this list accepts those under accepted_parameters.")
        errors: dict[str, list[str]] = {name: [message] for name in unknown[:MAX_UNKNOWN_NAMED]}
        errors["accepted_parameters"] = sorted(accepted)
        raise ValidationError(errors)


def errors_by_parameter(form: forms.Form) -> ErrorDict:
    """The form's errors keyed by the query parameter at fault: a range filter's error goes to
    ``said_on_after`` or ``said_on_before`` (the parameters a client sent), not to the filter's name
    ``said_on``, which is no parameter at all. An error no single part explains stays on the filter."""
    errors = ErrorDict()
    for name, error_list in form.errors.as_data().items():
        field = form.fields.get(name)
        widget = getattr(field, "widget", None)
        suffixes = getattr(widget, "suffixes", None)
        if not isinstance(field, forms.MultiValueField) or not suffixes:
            errors[name] = ErrorList(error_list)
            continue
        values = widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        blamed = {}
        for suffix, part, value in zip(suffixes, field.fields, values, strict=False):
            try:
                part.clean(value)
            except forms.ValidationError as exc:
                blamed[f"{name}_{suffix}" if suffix else name] = ErrorList(exc.error_list)
        errors.update(blamed or {name: ErrorList(error_list)})
    return errors


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
    language = TextFilter(method="filter_language", label="Language of the published brief (en, id).")
    published = UtcDateTimeFromToRangeFilter(
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
    published = UtcDateTimeFromToRangeFilter(field_name="published_at")

    class Meta:
        model = BriefRevision
        fields = ["status", "published"]


class KeyPointFilter(filters.FilterSet):
    brief = TextFilter(field_name="brief__slug", label="Brief slug.")
    q = SearchFilter(method="search", label="Words in the published statement, in English or Indonesian.")

    class Meta:
        model = PublicKeyPoint
        fields = ["brief", "q"]

    def search(self, queryset, name, value):
        return text_search(queryset, ["statement", "statement_indonesian"], value)


class ClaimFilter(filters.FilterSet):
    speaker = TextFilter(field_name="speaker_slug", label="Speaker (actor slug).")
    stance = filters.ChoiceFilter(choices=Claim.Stance.choices)
    key_point = IdFilter(method="filter_key_point", label="Cited under this published key point.")
    brief = TextFilter(method="filter_brief", label="Cited by a publication of this brief (slug).")
    outlet = TextFilter(field_name="outlet_slug", label="Outlet of the source (slug).")
    said_on = filters.DateFromToRangeFilter(label="Said between two dates (said_on_after, said_on_before).")
    event_date = filters.DateFromToRangeFilter(
        method="filter_event_date",
        label="Event period overlapping these dates (event_date_after, event_date_before).",
    )
    q = SearchFilter(
        method="search", label="Words in the quote as published, its English rendering or the paraphrase."
    )

    class Meta:
        model = PublicClaim
        fields = ["speaker", "stance", "key_point", "brief", "outlet", "said_on", "event_date", "q"]

    def filter_key_point(self, queryset, name, value):
        cited = PublicCitation.objects.filter(current=True, key_point_id=int(value)).values("claim_id")
        return queryset.filter(pk__in=cited)

    def filter_brief(self, queryset, name, value):
        return queryset.filter(pk__in=PublicCitation.objects.filter(brief__slug=value).values("claim_id"))

    def filter_event_date(self, queryset, name, value):
        if value.start is not None:
            queryset = queryset.filter(Q(event_end__gte=value.start) | Q(event_start__gte=value.start))
        if value.stop is not None:
            queryset = queryset.filter(event_start__lte=value.stop)
        return queryset

    def search(self, queryset, name, value):
        return text_search(queryset, ["exact", "quote_english", "paraphrase"], value)


class SourceFilter(filters.FilterSet):
    outlet = TextFilter(field_name="outlet_slug", label="Outlet (slug).")
    language = TextFilter(label="Language code of the article (id, en…).")
    cited_outlet = TextFilter(
        method="filter_cited_outlet",
        label="Credits this wire or outlet (exact name, any case), e.g. Reuters.",
    )
    published = UtcDateTimeFromToRangeFilter(
        field_name="article_published_at",
        label="Published between two instants (published_after, published_before).",
    )
    q = SearchFilter(method="search", label="Words in the title or the cleaned body.")

    class Meta:
        model = PublicSource
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
        # The published body only: the raw text holds lines we removed and never publish.
        return text_search(queryset, ["title", "body"], value)


class ActorFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Actor.Kind.choices)
    country = TextFilter(label="ISO 3166 code, e.g. KP.")
    q = SearchFilter(method="search", label="Words in the name (English or Indonesian) or an alias.")

    class Meta:
        model = PublicActor
        fields = ["kind", "country", "q"]

    def search(self, queryset, name, value):
        return text_search(queryset, ["name", "name_indonesian", "aliases"], value)


class OutletFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Outlet.Kind.choices)
    country = TextFilter(label="ISO 3166 code, e.g. ID.")

    class Meta:
        model = PublicOutlet
        fields = ["kind", "country"]


class ChangeFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=ChangeEvent.Kind.choices)
    brief = TextFilter(
        field_name="brief__slug", label="Events of this brief (slug): its revisions and renames."
    )

    class Meta:
        model = ChangeEvent
        fields = ["kind", "brief"]

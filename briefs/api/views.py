"""The syndication API, /api/v1/. Thin: visibility lives in briefs.public.read, writes in the services.

Every queryset holds published material only (the same for every caller: editors work on drafts in the
admin); editors and reviewers may also import sources and create draft claims.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import APIException, ParseError, ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from briefs.addresses import found_nothing
from briefs.api import filters, serializers
from briefs.api.conditional import ConditionalReadMixin
from briefs.api.fragments import FragmentListMixin
from briefs.api.pagination import ChangeFeedPagination, SmallListPagination, StreamPagination
from briefs.api.parsers import BoundedJSONParser
from briefs.api.permissions import PublishedReadEditorWrite, PublishedReadOnly
from briefs.models import (
    BriefRevision,
    ChangeEvent,
    PublicActor,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
)
from briefs.public.read import (
    current_publications,
    public_actors,
    public_claims,
    public_key_points,
    public_outlets,
    public_revisions,
    public_sources,
)
from briefs.services.claims import FigureInput, create_claim
from ingest.models import Source
from ingest.services.importing import ImportContext, import_article


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"


class HostileBodyMixin:
    """Django refuses an over-size or over-many-fields body with a bare HTML 400; API clients get JSON
    that says what to do instead (413 for size)."""

    def handle_exception(self, exc):
        if isinstance(exc, RequestDataTooBig):
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            exc = PayloadTooLarge(
                f"The request body is larger than {limit:,} bytes ({limit / 2**20:g} MiB). "
                "Send an article as a file (multipart) instead."
            )
        elif isinstance(exc, (TooManyFieldsSent, TooManyFilesSent)):
            exc = ParseError("Too many fields or files in one request: send one article per request.")
        return super().handle_exception(exc)


class PublicReadViewSet(
    HostileBodyMixin,
    ConditionalReadMixin,
    FragmentListMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """List and detail of published material, conditional (ETag, Last-Modified), filtered and ordered."""

    permission_classes = [PublishedReadOnly]
    parser_classes = [BoundedJSONParser]
    filter_backends = [filters.PublicFilterBackend, filters.PublicOrderingFilter]
    pagination_class = SmallListPagination
    detail_serializer_class = None

    #: The model served, for the schema generator (which must not read the database).
    model = None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.model.objects.none()
        return self.public_queryset()

    def public_queryset(self):
        raise NotImplementedError

    def retrieve(self, request, *args, **kwargs):
        return self._kept_or(
            request, lambda: super(PublicReadViewSet, self).retrieve(request, *args, **kwargs)
        )

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return self.serializer_class

    #: Public rows say when their publication made them what they are.
    last_modified_fields = ("published_at",)


@extend_schema_view(
    list=extend_schema(summary="Briefs with a publication", tags=["briefs"]),
    retrieve=extend_schema(summary="A brief's current publication, with its content", tags=["briefs"]),
)
class BriefViewSet(PublicReadViewSet):
    model = BriefRevision
    serializer_class = serializers.BriefSerializer
    detail_serializer_class = serializers.BriefDetailSerializer
    filterset_class = filters.BriefFilter
    lookup_field = "brief__slug"
    lookup_url_kwarg = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    ordering_fields = ["slug", "published_at"]
    ordering_keys = {"slug": F("brief__slug")}
    ordering = ["slug"]
    last_modified_fields = ("published_at",)

    def public_queryset(self):
        return current_publications()


@extend_schema_view(
    list=extend_schema(summary="A brief's published and superseded revisions", tags=["briefs"]),
    retrieve=extend_schema(summary="One published or superseded revision, with its content", tags=["briefs"]),
)
class RevisionViewSet(PublicReadViewSet):
    model = BriefRevision
    serializer_class = serializers.RevisionSerializer
    detail_serializer_class = serializers.RevisionDetailSerializer
    filterset_class = filters.RevisionFilter
    lookup_field = "number"
    ordering_fields = ["number", "published_at"]
    ordering = ["-number"]
    last_modified_fields = ("published_at", "superseded_at")

    def public_queryset(self):
        return public_revisions(slug=self.kwargs["slug"])

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        # A kept answer (briefs/api/conditional.py) is never an empty list.
        if isinstance(response, Response) and not response.data.get("results"):
            found_nothing(request._request)  # perhaps a renamed brief's old address (briefs/addresses.py)
        return response


@extend_schema_view(
    list=extend_schema(summary="Key points of the current publications", tags=["briefs"]),
    retrieve=extend_schema(summary="One published key point", tags=["briefs"]),
)
class KeyPointViewSet(PublicReadViewSet):
    model = PublicKeyPoint
    serializer_class = serializers.KeyPointSerializer
    filterset_class = filters.KeyPointFilter
    ordering_fields = ["position", "id"]
    ordering_keys = {"position": F("brief_id") * 100_000 + F("rank")}
    ordering = ["position"]

    def public_queryset(self):
        return public_key_points().select_related("brief")


@extend_schema_view(
    list=extend_schema(summary="Published claims", tags=["claims"]),
    retrieve=extend_schema(summary="One published claim", tags=["claims"]),
)
class ClaimViewSet(PublicReadViewSet):
    model = PublicClaim
    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilter
    pagination_class = StreamPagination
    permission_classes = [PublishedReadEditorWrite]
    write_permission = "briefs.add_claim"
    ordering_fields = ["id", "said_on", "event_date"]
    ordering_keys = {
        "said_on": filters.earliest_date("said_on"),
        "event_date": filters.earliest_date("event_start"),
    }
    ordering = ["-id"]

    def public_queryset(self):
        # The stored JSON and what the list needs around it; the filter columns stay in the database.
        return public_claims().only("id", "published_at", "briefs", "key_points", "data")

    @extend_schema(
        summary="Create a draft claim (editors)",
        tags=["claims"],
        request=serializers.ClaimInputSerializer,
        responses={201: serializers.EditorClaimSerializer, 400: OpenApiResponse(description="Invalid claim")},
    )
    def create(self, request):
        data = serializers.ClaimInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        figures = [FigureInput(**figure) for figure in values.pop("figures")]
        try:
            claim = create_claim(**values, figures=figures, created_by=request.user)
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from None
        output = serializers.EditorClaimSerializer(claim, context=self.get_serializer_context())
        return Response(output.data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(summary="Sources of published claims", tags=["sources"]),
    retrieve=extend_schema(
        summary="One source: metadata, cleaned body, its published claims", tags=["sources"]
    ),
)
class SourceViewSet(PublicReadViewSet):
    model = PublicSource
    serializer_class = serializers.SourceSerializer
    detail_serializer_class = serializers.SourceDetailSerializer
    filterset_class = filters.SourceFilter
    pagination_class = StreamPagination
    permission_classes = [PublishedReadEditorWrite]
    write_permission = "ingest.add_source"
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]
    ordering_fields = ["published_at", "id"]
    ordering_keys = {"published_at": filters.earliest_datetime("article_published_at")}
    ordering = ["-published_at"]

    def public_queryset(self):
        if self.action == "retrieve":
            return public_sources()
        return public_sources().defer("title", "body")

    @extend_schema(
        summary="Import an article (editors): pasted text or a file, through the import service",
        tags=["sources"],
        request={
            "application/json": serializers.SourceImportInputSerializer,
            "multipart/form-data": serializers.SourceImportInputSerializer,
        },
        responses={
            201: serializers.ImportResultSerializer,
            200: serializers.ImportResultSerializer,
            400: OpenApiResponse(description="Rejected: the importer's message says why"),
        },
    )
    def create(self, request):
        data = serializers.SourceImportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data.get("file")
        if upload is not None:
            raw, name = upload.read(), data.validated_data.get("name") or upload.name
        else:
            raw, name = (
                data.validated_data["text"].encode("utf-8"),
                data.validated_data.get("name", "pasted.txt"),
            )
        context = ImportContext.load(channel=Source.Channel.API, imported_by=request.user)
        outcome = import_article(data=raw, name=name, context=context)
        if outcome.status == "rejected":
            raise ValidationError({"file" if upload is not None else "text": [outcome.error]})
        output = serializers.ImportResultSerializer({"status": outcome.status, "source": outcome.source})
        created = outcome.status == "created"
        return Response(output.data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


@extend_schema_view(
    list=extend_schema(summary="Actors who speak in published claims", tags=["reference"]),
    retrieve=extend_schema(summary="One actor", tags=["reference"]),
)
class ActorViewSet(PublicReadViewSet):
    model = PublicActor
    serializer_class = serializers.ActorSerializer
    filterset_class = filters.ActorFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    ordering_fields = ["name", "slug"]
    ordering = ["name"]

    def public_queryset(self):
        return public_actors().defer("positions")


@extend_schema_view(
    list=extend_schema(summary="Outlets of published sources", tags=["reference"]),
    retrieve=extend_schema(summary="One outlet", tags=["reference"]),
)
class OutletViewSet(PublicReadViewSet):
    model = PublicOutlet
    serializer_class = serializers.OutletSerializer
    filterset_class = filters.OutletFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    ordering_fields = ["name", "slug"]
    ordering = ["name"]

    def public_queryset(self):
        return public_outlets()


@extend_schema_view(
    list=extend_schema(
        summary="The change feed: publications, supersessions, corrections and renames, in order",
        tags=["changes"],
        parameters=[
            OpenApiParameter(
                "since", OpenApiTypes.STR, description="The last event id you processed (0: all)."
            ),
            OpenApiParameter(
                "limit", OpenApiTypes.INT, description="Events per page, at most 200 (default 100)."
            ),
        ],
    ),
)
class ChangeViewSet(ConditionalReadMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Append-only; resume with ?since=<next_since of the previous page>."""

    pagination_class = ChangeFeedPagination
    permission_classes = [PublishedReadOnly]
    serializer_class = serializers.ChangeEventSerializer
    filter_backends = [filters.PublicFilterBackend]
    filterset_class = filters.ChangeFilter
    last_modified_fields = ("occurred_at",)

    def get_queryset(self):
        return ChangeEvent.objects.select_related("brief", "revision", "actor").order_by("pk")

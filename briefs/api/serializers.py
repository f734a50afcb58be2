"""Output serializers list every field they publish (an allowlist); input serializers only validate.
Writes go through the services, never serializer.save()."""

from __future__ import annotations

from django.conf import settings
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from briefs.api.params import AsciiDecimalField, WholeNumberField
from briefs.models import Actor, BriefRevision, ChangeEvent, Claim, ClaimFigure, Proposition
from briefs.selectors import ActorNotFound, resolve_actor
from briefs.services.claims import PARAPHRASE_MAX_CHARS, QUOTE_MAX_CHARS
from ingest.models import Outlet, Source


def _url(serializer: serializers.Serializer, name: str, **kwargs) -> str:
    path = reverse(f"api:{name}", kwargs=kwargs)
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request else path


#: A primary key no row has, reversed once per request and swapped for each row's id.
_PK_PLACEHOLDER = 2_147_483_629


def _pk_url(serializer: serializers.Serializer, name: str, pk: int) -> str:
    """`_url(serializer, name, pk=pk)` for a list's rows: one reverse() and one absolute URI per request
    instead of one per row (together a tenth of the time of a claims page)."""
    templates = serializer.context.setdefault("_pk_url_templates", {})
    template = templates.get(name)
    if template is None:
        template = templates[name] = _url(serializer, name, pk=_PK_PLACEHOLDER).split(str(_PK_PLACEHOLDER))
    return f"{template[0]}{pk}{template[1]}"


class EventDateSerializer(serializers.Serializer):
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    precision = serializers.CharField(allow_blank=True)


def _event_date(obj) -> dict | None:
    if obj.event_start is None:
        return None
    return {"start": obj.event_start, "end": obj.event_end, "precision": obj.event_precision}


def _iso_date(value) -> str | None:
    """What DRF's DateField writes (ISO 8601), without a serializer per row."""
    return value.isoformat() if value else None


# --- Reference data ------------------------------------------------------------------------------------


class OutletRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["slug", "name"]


class OutletSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Outlet
        fields = ["slug", "url", "name", "domain", "country", "kind"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, outlet: Outlet) -> str:
        return _url(self, "outlet-detail", slug=outlet.slug)


class ActorRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["slug", "name", "kind"]


class ActorSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    affiliation = ActorRefSerializer(allow_null=True)

    class Meta:
        model = Actor
        fields = ["slug", "url", "name", "kind", "country", "description", "aliases", "affiliation"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, actor: Actor) -> str:
        return _url(self, "actor-detail", slug=actor.slug)


# --- Briefs and revisions (what readers see is the snapshot, never the live rows) ------------------------


class BriefSerializer(serializers.ModelSerializer):
    """A brief as its current publication shows it."""

    slug = serializers.CharField(source="brief.slug")
    url = serializers.SerializerMethodField()
    title = serializers.CharField(source="content.title")
    language = serializers.CharField(source="content.language")
    summary = serializers.CharField(source="content.summary")
    revision = serializers.IntegerField(source="number")
    revisions_url = serializers.SerializerMethodField()

    class Meta:
        model = BriefRevision
        fields = ["slug", "url", "title", "language", "summary", "revision", "published_at", "revisions_url"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, revision: BriefRevision) -> str:
        return _url(self, "brief-detail", slug=revision.brief.slug)

    @extend_schema_field(OpenApiTypes.URI)
    def get_revisions_url(self, revision: BriefRevision) -> str:
        return _url(self, "revision-list", slug=revision.brief.slug)


class BriefDetailSerializer(BriefSerializer):
    content = serializers.JSONField(help_text="The published snapshot, as assembled (docs/briefs.md).")

    class Meta(BriefSerializer.Meta):
        fields = [*BriefSerializer.Meta.fields, "content"]


class RevisionSerializer(serializers.ModelSerializer):
    brief = serializers.CharField(source="brief.slug")
    url = serializers.SerializerMethodField()
    status = serializers.ChoiceField(
        choices=[BriefRevision.Status.PUBLISHED.value, BriefRevision.Status.SUPERSEDED.value]
    )

    class Meta:
        model = BriefRevision
        fields = ["brief", "number", "url", "status", "published_at", "superseded_at"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, revision: BriefRevision) -> str:
        return _url(self, "revision-detail", slug=revision.brief.slug, number=revision.number)


class RevisionDetailSerializer(RevisionSerializer):
    content = serializers.JSONField()

    class Meta(RevisionSerializer.Meta):
        fields = [*RevisionSerializer.Meta.fields, "content"]


class KeyPointSerializer(serializers.ModelSerializer):
    """A key point as the current publication of its brief states it (context: the public index)."""

    url = serializers.SerializerMethodField()
    brief = serializers.CharField(source="brief.slug")
    position = serializers.SerializerMethodField()
    statement = serializers.SerializerMethodField()
    event_date = serializers.SerializerMethodField()
    positions = serializers.SerializerMethodField()
    corroboration = serializers.SerializerMethodField()
    discrepancies = serializers.SerializerMethodField()
    claims = serializers.SerializerMethodField()

    class Meta:
        model = Proposition
        fields = [
            "id",
            "url",
            "brief",
            "position",
            "statement",
            "event_date",
            "positions",
            "corroboration",
            "discrepancies",
            "claims",
        ]

    def _entry(self, point: Proposition) -> dict:
        return self.context["index"].key_points[point.pk].entry

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, point: Proposition) -> str:
        return _url(self, "key-point-detail", pk=point.pk)

    def get_position(self, point: Proposition) -> int:
        return self._entry(point)["position"]

    def get_statement(self, point: Proposition) -> str:
        return self._entry(point)["statement"]

    @extend_schema_field(EventDateSerializer(allow_null=True))
    def get_event_date(self, point: Proposition) -> dict | None:
        return self._entry(point).get("event_date")

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_positions(self, point: Proposition) -> list:
        return self._entry(point).get("positions", [])

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_corroboration(self, point: Proposition) -> dict:
        return self._entry(point).get("corroboration", {})

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_discrepancies(self, point: Proposition) -> list:
        return self._entry(point).get("discrepancies", [])

    def get_claims(self, point: Proposition) -> list[int]:
        return sorted(self.context["index"].key_point_claims.get(point.pk, ()))


# --- Claims ---------------------------------------------------------------------------------------------


class FigureSerializer(serializers.ModelSerializer):
    class Meta:
        model = ClaimFigure
        fields = ["value", "unit", "qualifier"]


#: A claim as a row of values: the columns the claims list reads (`.values(*CLAIM_ROW)`), named as in
#: the query. Model instances with their speaker, source and outlet were most of the cost of a page.
CLAIM_ROW = (
    "id",
    "source_id",
    "source__outlet__slug",
    "speaker__slug",
    "speaker__name",
    "speaker__kind",
    "stance",
    "exact",
    "prefix",
    "suffix",
    "start",
    "end",
    "paraphrase",
    "said_on",
    "event_start",
    "event_end",
    "event_precision",
    "reviewed_at",
    "updated_at",
)


#: The same columns for `.only()`, where a detail page reads a Claim instance.
CLAIM_COLUMNS = ("source__outlet__slug", "speaker__slug", "speaker__name", "speaker__kind", *CLAIM_ROW[6:])


def claim_row(claim: Claim) -> dict:
    """A Claim instance (a detail page, a test) as the row the list reads."""
    outlet = claim.source.outlet
    return {
        "id": claim.pk,
        "source_id": claim.source_id,
        "source__outlet__slug": outlet.slug if outlet is not None else None,
        "speaker__slug": claim.speaker.slug,
        "speaker__name": claim.speaker.name,
        "speaker__kind": claim.speaker.kind,
        **{name: getattr(claim, name) for name in CLAIM_ROW[6:]},
    }


def _iso_datetime(value, zone) -> str | None:
    """What DRF's DateTimeField writes (ISO 8601 in the current time zone, UTC as "Z"), with the zone
    looked up once per page rather than once per value."""
    if not value:
        return None
    local = value.astimezone(zone) if timezone.is_aware(value) else timezone.make_aware(value, zone)
    text = local.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _figure_value_field() -> serializers.Field:
    """The `value` field FigureSerializer writes (a string with the model's 3 decimal places)."""
    global _FIGURE_VALUE
    if _FIGURE_VALUE is None:
        _FIGURE_VALUE = FigureSerializer().fields["value"]
    return _FIGURE_VALUE


_FIGURE_VALUE: serializers.Field | None = None


def _figures_of(claim_ids: list[int]) -> dict[int, list[dict]]:
    """The figures of these claims as FigureSerializer writes them (1 query, values)."""
    figures: dict[int, list[dict]] = {pk: [] for pk in claim_ids}
    if not figures:
        return figures
    value = _figure_value_field()
    # The page's ids (integers from our own rows) as a literal list: preparing one parameter per id cost
    # more than the query itself.
    ids = RawSQL(",".join(str(int(pk)) for pk in figures), ())
    for claim_id, amount, unit, qualifier in (
        ClaimFigure.objects.filter(claim_id__in=ids)
        .order_by("claim_id", "pk")  # ClaimFigure.Meta.ordering
        .values_list("claim_id", "value", "unit", "qualifier")
    ):
        figures[claim_id].append(
            {"value": value.to_representation(amount), "unit": unit, "qualifier": qualifier}
        )
    return figures


class ClaimListSerializer(serializers.ListSerializer):
    """A page of claims (rows of CLAIM_ROW values, or Claim instances): their figures in one query, then
    each claim written by ClaimSerializer.represent."""

    def to_representation(self, data):
        rows = [row if isinstance(row, dict) else claim_row(row) for row in data]
        figures = _figures_of([row["id"] for row in rows])
        zone = timezone.get_current_timezone()
        return [self.child.represent(row, figures[row["id"]], zone) for row in rows]


# Declared field by field for the schema and the allowlist; written by `represent`, which builds the same
# JSON directly from a row of values (DRF's per-field machinery was most of the cost of a claims page;
# tests/api/test_claim_output.py holds the two to the same output). No docstring: it would become the
# schema's description of a claim.
class ClaimSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    source = serializers.IntegerField(source="source_id")
    outlet = serializers.CharField(source="source.outlet.slug", allow_null=True, default=None)
    speaker = ActorRefSerializer()
    quote = serializers.CharField(source="exact")
    event_date = serializers.SerializerMethodField()
    figures = FigureSerializer(many=True)
    key_points = serializers.SerializerMethodField()
    briefs = serializers.SerializerMethodField()
    approved_at = serializers.DateTimeField(source="reviewed_at")

    class Meta:
        model = Claim
        list_serializer_class = ClaimListSerializer
        fields = [
            "id",
            "url",
            "source",
            "outlet",
            "speaker",
            "stance",
            "quote",
            "prefix",
            "suffix",
            "start",
            "end",
            "paraphrase",
            "said_on",
            "event_date",
            "figures",
            "key_points",
            "briefs",
            "approved_at",
            "updated_at",
        ]

    # The method fields serve the schema and DRF's generic path (the reference the tests compare with).

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim: Claim) -> str:
        return _pk_url(self, "claim-detail", claim.pk)

    @extend_schema_field(EventDateSerializer(allow_null=True))
    def get_event_date(self, claim: Claim) -> dict | None:
        return EventDateSerializer(_event_date(claim)).data if claim.event_start else None

    def get_key_points(self, claim: Claim) -> list[int]:
        return list(self.context["index"].claim_key_points.get(claim.pk, ()))

    def get_briefs(self, claim: Claim) -> list[str]:
        return list(self.context["index"].claim_briefs.get(claim.pk, ()))

    def to_representation(self, claim: Claim) -> dict:
        return self.represent(claim_row(claim), _figures_of([claim.pk])[claim.pk])

    def represent(self, row: dict, figures: list[dict], zone=None) -> dict:
        zone = zone or timezone.get_current_timezone()
        index = self.context["index"]
        pk = row["id"]
        outlet = row["source__outlet__slug"]
        event_start = row["event_start"]
        return {
            "id": pk,
            "url": _pk_url(self, "claim-detail", pk),
            "source": row["source_id"],
            "outlet": None if outlet is None else str(outlet),
            "speaker": {
                "slug": row["speaker__slug"],
                "name": row["speaker__name"],
                "kind": row["speaker__kind"],
            },
            "stance": row["stance"],
            "quote": row["exact"],
            "prefix": row["prefix"],
            "suffix": row["suffix"],
            "start": row["start"],
            "end": row["end"],
            "paraphrase": row["paraphrase"],
            "said_on": _iso_date(row["said_on"]),
            "event_date": None
            if event_start is None
            else {
                "start": _iso_date(event_start),
                "end": _iso_date(row["event_end"]),
                "precision": row["event_precision"],
            },
            "figures": figures,
            "key_points": list(index.claim_key_points.get(pk, ())),
            "briefs": list(index.claim_briefs.get(pk, ())),
            "approved_at": _iso_datetime(row["reviewed_at"], zone),
            "updated_at": _iso_datetime(row["updated_at"], zone),
        }


class CitedClaimSerializer(serializers.ModelSerializer):
    """A public claim inside its source: enough to highlight it in the body."""

    url = serializers.SerializerMethodField()
    speaker = serializers.CharField(source="speaker.slug")
    quote = serializers.CharField(source="exact")

    class Meta:
        model = Claim
        fields = ["id", "url", "speaker", "stance", "quote", "start", "end"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim: Claim) -> str:
        return _url(self, "claim-detail", pk=claim.pk)


# --- Sources --------------------------------------------------------------------------------------------

SOURCE_METADATA = [
    "title",
    "byline",
    "editor",
    "published_at",
    "published_at_source",
    "published_at_confidence",
    "publication_date",
    "dateline",
    "language",
    "cited_outlets",
]


class PublicationDateSerializer(serializers.Serializer):
    """The date as a fact: "2023-10-17" for a day, "2022-11" for a month, a timestamp with its offset for a
    time; null until an editor confirms a guessed date (status "unconfirmed") or when there is none."""

    value = serializers.CharField(allow_null=True)
    precision = serializers.ChoiceField(choices=["minute", "day", "month", "unknown"])
    status = serializers.ChoiceField(choices=["confirmed", "extracted", "unconfirmed", "unknown"])


class PublicationDateField(serializers.Serializer):
    """Adds ``publication_date`` to a Source serializer (``SOURCE_METADATA`` lists it)."""

    publication_date = serializers.SerializerMethodField()

    @extend_schema_field(PublicationDateSerializer)
    def get_publication_date(self, source: Source) -> dict:
        date = source.publication_date()
        return {
            "value": date.value if date.is_fact else None,
            "precision": date.precision,
            "status": date.status,
        }


class SourceSerializer(PublicationDateField, serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    outlet = OutletRefSerializer(allow_null=True)
    claims = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = ["id", "url", "outlet", *SOURCE_METADATA, "claims", "updated_at"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, source: Source) -> str:
        return _url(self, "source-detail", pk=source.pk)

    @extend_schema_field(PublicationDateSerializer)
    def get_publication_date(self, source: Source) -> dict:
        date = source.publication_date()
        return {
            "value": date.value if date.is_fact else None,
            "precision": date.precision,
            "status": date.status,
        }

    def get_claims(self, source: Source) -> list[int]:
        return [claim.pk for claim in source.public_claims]


class SourceDetailSerializer(SourceSerializer):
    claims = CitedClaimSerializer(many=True, source="public_claims")

    class Meta(SourceSerializer.Meta):
        fields = ["id", "url", "outlet", *SOURCE_METADATA, "body", "claims", "updated_at"]


class ChangeEventSerializer(serializers.ModelSerializer):
    id = serializers.CharField(help_text="Stable, increasing; pass the last one you saw as ?since=.")
    brief = serializers.CharField(source="brief.slug", allow_null=True, default=None)
    revision = serializers.IntegerField(source="revision.number", allow_null=True, default=None)
    claim = serializers.IntegerField(source="claim_id", allow_null=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = ChangeEvent
        fields = ["id", "kind", "occurred_at", "brief", "revision", "claim", "url", "data"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, event: ChangeEvent) -> str | None:
        if event.revision_id:
            return _url(self, "revision-detail", slug=event.brief.slug, number=event.revision.number)
        if event.claim_id:
            return _url(self, "claim-detail", pk=event.claim_id)
        if event.brief_id:
            return _url(self, "brief-detail", slug=event.brief.slug)
        if event.actor_id and event.actor is not None:  # None: the actor was deleted since
            return _url(self, "actor-detail", slug=event.actor.slug)
        return None


# --- Editor writes: input serializers validate, services write ------------------------------------------


class SourceImportInputSerializer(serializers.Serializer):
    text = serializers.CharField(
        required=False, trim_whitespace=False, help_text="The article as pasted text (or send `file`)."
    )
    file = serializers.FileField(required=False, help_text="The article file, multipart (or send `text`).")
    name = serializers.CharField(required=False, max_length=255, help_text="A file name for the record.")

    def validate(self, attrs: dict) -> dict:
        if ("text" in attrs) == ("file" in attrs):
            raise serializers.ValidationError("Send the article either as `text` or as `file`, not both.")
        return attrs


class EditorSourceSerializer(PublicationDateField, serializers.ModelSerializer):
    """What an editor gets back from an import (the raw text stays in the admin)."""

    outlet = OutletRefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "outlet", *SOURCE_METADATA, "body", "imported_at"]


class ImportResultSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["created", "unchanged"])
    source = EditorSourceSerializer()


class FigureInputSerializer(serializers.Serializer):
    value = AsciiDecimalField(max_digits=20, decimal_places=3)
    unit = serializers.CharField(max_length=ClaimFigure._meta.get_field("unit").max_length)
    qualifier = serializers.ChoiceField(choices=ClaimFigure.Qualifier.choices, default="exactly")


class ClaimInputSerializer(serializers.Serializer):
    """Every field is bounded before anything is looked up: text by length, numbers by range, figures by
    CLAIM_MAX_FIGURES (the service checks the same limits for every other caller)."""

    source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), pk_field=WholeNumberField(minimum=1)
    )
    speaker = serializers.CharField(
        max_length=Actor._meta.get_field("name").max_length,
        help_text="The actor's slug, name or any alias (“Korut”).",
    )
    stance = serializers.ChoiceField(choices=Claim.Stance.choices)
    start = WholeNumberField(minimum=0)
    end = WholeNumberField(minimum=1)
    exact = serializers.CharField(
        required=False,
        trim_whitespace=False,
        max_length=QUOTE_MAX_CHARS,
        help_text="If given, must be the body's text at start–end.",
    )
    paraphrase = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=PARAPHRASE_MAX_CHARS
    )
    said_on = serializers.DateField(required=False, allow_null=True, default=None)
    event_start = serializers.DateField(required=False, allow_null=True, default=None)
    event_end = serializers.DateField(required=False, allow_null=True, default=None)
    event_precision = serializers.ChoiceField(
        choices=Claim.Precision.choices, required=False, allow_blank=True, default=""
    )
    figures = FigureInputSerializer(
        many=True,
        required=False,
        default=list,
        help_text="At most CLAIM_MAX_FIGURES figures (a setting, 50 by default).",
    )

    def get_fields(self):
        fields = super().get_fields()
        # Checked before any figure is validated: 20,000 of them would take seconds to refuse one by one.
        fields["figures"].max_length = settings.CLAIM_MAX_FIGURES
        return fields

    def validate_speaker(self, value: str) -> Actor:
        actor = Actor.objects.filter(slug=value.strip()).first()
        if actor is not None:
            return actor
        try:
            return resolve_actor(value)
        except ActorNotFound as exc:
            raise serializers.ValidationError(str(exc)) from None


class EditorClaimSerializer(serializers.ModelSerializer):
    """A claim as its annotator sees it after creating it: a draft awaiting review."""

    speaker = ActorRefSerializer()
    quote = serializers.CharField(source="exact")
    figures = FigureSerializer(many=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "status",
            "source",
            "speaker",
            "stance",
            "quote",
            "prefix",
            "suffix",
            "start",
            "end",
            "paraphrase",
            "said_on",
            "event_start",
            "event_end",
            "event_precision",
            "figures",
            "created_at",
        ]

"""Output serializers list every field they publish (an allowlist); input serializers only validate.
Writes go through the services, never serializer.save()."""

from __future__ import annotations

import json

from django.conf import settings
from django.db.models import TextField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from briefs.api.params import AsciiDecimalField, WholeNumberField
from briefs.models import Actor, BriefRevision, ChangeEvent, Claim, ClaimFigure, PublicClaim
from briefs.public.read import stored_publication_date
from briefs.selectors.actors import ActorNotFound, resolve_actor
from briefs.services.claims import PARAPHRASE_MAX_CHARS, QUOTE_ENGLISH_MAX_CHARS, QUOTE_MAX_CHARS
from briefs.vocabulary import EVENT_PRECISIONS
from ingest.models import Outlet, Source
from ingest.publication_dates import PRECISIONS, STATUSES


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
    precision = serializers.ChoiceField(choices=EVENT_PRECISIONS)


# --- Public rows: the stored JSON of the publication, with the addresses added --------------------------
#
# The serializers below declare every field (the schema and the allowlist); `to_representation` serves the
# stored JSON that the publication wrote (briefs/public/), which holds exactly those fields.


def _stored(row) -> dict:
    return json.loads(row.data)


class OutletRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class OutletSerializer(serializers.Serializer):
    slug = serializers.CharField()
    url = serializers.URLField()
    name = serializers.CharField()
    domain = serializers.CharField()
    country = serializers.CharField()
    kind = serializers.ChoiceField(choices=Outlet.Kind.choices)

    def to_representation(self, row) -> dict:
        outlet = _stored(row)
        return {"slug": row.slug, "url": _url(self, "outlet-detail", slug=row.slug), **outlet}


class ActorRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Actor.Kind.choices)


_NAME_INDONESIAN_HELP = "The editors' Indonesian name; empty: the name reads the same in Indonesian."


class AffiliationSerializer(ActorRefSerializer):
    name_indonesian = serializers.CharField(allow_blank=True, help_text=_NAME_INDONESIAN_HELP)


class ActorSerializer(serializers.Serializer):
    slug = serializers.CharField()
    url = serializers.URLField()
    name = serializers.CharField()
    name_indonesian = serializers.CharField(allow_blank=True, help_text=_NAME_INDONESIAN_HELP)
    kind = serializers.ChoiceField(choices=Actor.Kind.choices)
    country = serializers.CharField()
    description = serializers.CharField()
    description_indonesian = serializers.CharField(
        allow_blank=True, help_text="The editors' Indonesian description; empty: not translated yet."
    )
    aliases = serializers.ListField(child=serializers.CharField())
    affiliation = AffiliationSerializer(allow_null=True)

    def to_representation(self, row) -> dict:
        # The stored entry holds a translation only once one was written (so older publications hash as
        # they did); the API states every field, empty when there is none.
        actor = {"name_indonesian": "", "description_indonesian": "", **_stored(row)}
        if actor["affiliation"] is not None:
            actor["affiliation"] = {"name_indonesian": "", **actor["affiliation"]}
        return {"slug": row.slug, "url": _url(self, "actor-detail", slug=row.slug), **actor}


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


class KeyPointSerializer(serializers.Serializer):
    """A key point as the current publication of its brief states it."""

    id = serializers.IntegerField()
    url = serializers.URLField()
    brief = serializers.CharField()
    position = serializers.IntegerField()
    statement = serializers.CharField()
    event_date = EventDateSerializer(allow_null=True)
    positions = serializers.JSONField()
    corroboration = serializers.JSONField()
    discrepancies = serializers.JSONField()
    claims = serializers.ListField(child=serializers.IntegerField())

    def to_representation(self, row) -> dict:
        point = _stored(row)
        return {
            "id": row.pk,
            "url": _pk_url(self, "key-point-detail", row.pk),
            "brief": row.brief.slug,
            "position": point["position"],
            "statement": point["statement"],
            "event_date": point.get("event_date"),
            "positions": point.get("positions", []),
            "corroboration": point.get("corroboration", {}),
            "discrepancies": point.get("discrepancies", []),
            "claims": row.claims,
        }


# --- Claims ---------------------------------------------------------------------------------------------


class FigureSerializer(serializers.ModelSerializer):
    class Meta:
        model = ClaimFigure
        fields = ["value", "unit", "qualifier"]


def _iso_datetime(value, zone) -> str | None:
    """What DRF's DateTimeField writes (ISO 8601 in the current time zone, UTC as "Z")."""
    if not value:
        return None
    local = value.astimezone(zone) if timezone.is_aware(value) else timezone.make_aware(value, zone)
    text = local.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _iso_datetime_json(serializer: serializers.Serializer, value) -> str:
    """`_iso_datetime` as a JSON string, once per instant and request: a page's rows share a few."""
    memo = serializer.context.setdefault("_iso_datetimes", {})
    text = memo.get(value)
    if text is None:
        text = memo[value] = json.dumps(_iso_datetime(value, timezone.get_current_timezone()))
    return text


# No docstring: it would become the schema's description of a claim.
class ClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    source = serializers.IntegerField()
    outlet = serializers.CharField(allow_null=True)
    speaker = ActorRefSerializer()
    stance = serializers.ChoiceField(choices=Claim.Stance.choices)
    quote = serializers.CharField()
    quote_english = serializers.CharField(
        allow_blank=True, help_text="The editors' English rendering of the quote; empty: not translated yet."
    )
    prefix = serializers.CharField()
    suffix = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    paraphrase = serializers.CharField()
    said_on = serializers.DateField(allow_null=True)
    said_on_precision = serializers.ChoiceField(
        choices=["month", "year"],
        required=False,
        help_text=(
            "Present only when the statement is dated no closer than a month or a year; said_on is then "
            "the first day of that period. Absent: said_on is a day."
        ),
    )
    key_point_position = serializers.ChoiceField(
        choices=Claim.KeyPointPosition.choices,
        required=False,
        help_text=(
            "Present only when an editor set which way the claim points on its key points (its stance "
            "does not say, e.g. condemns); absent: its stance decides."
        ),
    )
    event_date = EventDateSerializer(allow_null=True)
    figures = FigureSerializer(many=True)
    key_points = serializers.ListField(child=serializers.IntegerField())
    briefs = serializers.ListField(child=serializers.CharField())
    approved_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField(help_text="When a publication last changed what is served.")

    fragment_fields = ("id", "published_at", "data", "key_points_json", "briefs_json")
    # The two lists come out of the database as their JSON text: parsing and encoding them again for
    # every row of every page was a third of a list request.
    fragment_annotations = {
        "key_points_json": Cast("key_points", TextField()),
        "briefs_json": Cast("briefs", TextField()),
    }

    def fragment(self, row) -> str:
        """The claim's JSON: its stored public JSON with its address, links and last publication added."""
        return self._fragment(row.id, row.published_at, row.data, row.key_points_json, row.briefs_json)

    def _fragment(self, pk: int, published_at, data: str, key_points: str, briefs: str) -> str:
        return (
            f'{{"id":{pk},"url":"{_pk_url(self, "claim-detail", pk)}",{data[1:-1]},'
            f'"key_points":{key_points},"briefs":{briefs},'
            f'"updated_at":{_iso_datetime_json(self, published_at)}}}'
        )

    def to_representation(self, row) -> dict:
        return json.loads(
            self._fragment(
                row.pk, row.published_at, row.data, json.dumps(row.key_points), json.dumps(row.briefs)
            )
        )


class CitedClaimSerializer(serializers.Serializer):
    """A public claim inside its source: enough to highlight it in the body."""

    id = serializers.IntegerField()
    url = serializers.URLField()
    speaker = serializers.CharField()
    stance = serializers.ChoiceField(choices=Claim.Stance.choices)
    quote = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


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
    precision = serializers.ChoiceField(choices=PRECISIONS)
    status = serializers.ChoiceField(choices=STATUSES)


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


class SourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    outlet = OutletRefSerializer(allow_null=True)
    title = serializers.CharField(allow_null=True)
    byline = serializers.ListField(child=serializers.CharField())
    editor = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)
    published_at_source = serializers.CharField()
    published_at_confidence = serializers.FloatField()
    publication_date = PublicationDateSerializer()
    dateline = serializers.CharField()
    language = serializers.CharField()
    cited_outlets = serializers.ListField(child=serializers.CharField())
    claims = serializers.ListField(child=serializers.IntegerField())
    updated_at = serializers.DateTimeField(help_text="When a publication last changed what is served.")

    detail = False

    def to_representation(self, row) -> dict:
        source = _stored(row)
        body = source.pop("body")
        source.pop("published_at_note", None)
        source["publication_date"] = stored_publication_date(source)
        answer = {"id": row.pk, "url": _pk_url(self, "source-detail", row.pk), **source}
        if self.detail:
            answer["body"] = body
            answer["claims"] = self._cited(row)
        else:
            answer["claims"] = row.claims
        answer["updated_at"] = _iso_datetime(row.published_at, timezone.get_current_timezone())
        return answer

    def _cited(self, row) -> list[dict]:
        claims = {claim.pk: _stored(claim) for claim in PublicClaim.objects.filter(pk__in=row.claims)}
        return [
            {
                "id": pk,
                "url": _pk_url(self, "claim-detail", pk),
                "speaker": claims[pk]["speaker"]["slug"],
                "stance": claims[pk]["stance"],
                "quote": claims[pk]["quote"],
                "start": claims[pk]["start"],
                "end": claims[pk]["end"],
            }
            for pk in row.claims
            if pk in claims
        ]


class SourceDetailSerializer(SourceSerializer):
    body = serializers.CharField()
    claims = CitedClaimSerializer(many=True)

    detail = True


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
        # A claim event names the claim even when a publication made it (its revision is in `revision`).
        if event.claim_id:
            return _url(self, "claim-detail", pk=event.claim_id)
        if event.revision_id:
            return _url(self, "revision-detail", slug=event.brief.slug, number=event.revision.number)
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
    qualifier = serializers.ChoiceField(
        choices=ClaimFigure.Qualifier.choices, default=ClaimFigure.Qualifier.EXACTLY
    )


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
    quote_english = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=QUOTE_ENGLISH_MAX_CHARS,
        help_text="The quote in English, faithfully: a translation, not a paraphrase.",
    )
    said_on = serializers.DateField(required=False, allow_null=True, default=None)
    said_on_precision = serializers.ChoiceField(
        choices=Claim.SaidOnPrecision.choices,
        required=False,
        default="day",
        help_text="How precise said_on is: a month or year is stored as its first day.",
    )
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
            "quote_english",
            "key_point_position",
            "prefix",
            "suffix",
            "start",
            "end",
            "paraphrase",
            "said_on",
            "said_on_precision",
            "event_start",
            "event_end",
            "event_precision",
            "figures",
            "created_at",
        ]

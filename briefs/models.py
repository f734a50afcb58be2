from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.timezone import now as timezone_now
from django.utils.translation import gettext_lazy as _

from briefs.vocabulary import (
    EVENT_PRECISIONS,
    KEY_POINT_POSITIONS,
    MOVEMENT_MODES,
    PLACE_KINDS,
    QUALIFIERS,
    SAID_ON_PRECISIONS,
    STANCES,
)
from config.egress import validate_public_url
from ingest.models import Source


class ContentAuthorship(models.Model):
    """Who last changed what readers will read, for the four-eyes rule (briefs/services/four_eyes.py).

    Set by every service that changes the content (annotating, editing, figures, re-anchoring, the
    admin's saves of briefs and key points); a change made by no person (a system re-anchoring) keeps
    the last person's name.
    """

    content_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content last changed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    content_changed_at = models.DateTimeField(
        _("content last changed at"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def mark_content_changed(self, user) -> None:
        """Record a person's change of the content (a system change, ``user`` None, records nothing)."""
        if user is not None and user.is_authenticated:
            self.content_changed_by = user
            self.content_changed_at = timezone_now()


class FormerSlug(models.Model):
    """An address a record had before it was renamed: old links answer with a permanent redirect."""

    slug = models.SlugField(_("former slug"), max_length=80, unique=True)
    retired_at = models.DateTimeField(_("renamed at"), default=timezone_now)
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("renamed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True
        ordering = ["-retired_at", "-pk"]

    def __str__(self) -> str:
        return self.slug


class ActorQuerySet(models.QuerySet):
    def confirmed(self) -> ActorQuerySet:
        return self.filter(confirmed=True)

    def unconfirmed(self) -> ActorQuerySet:
        return self.filter(confirmed=False)


class Actor(models.Model):
    """A person, organisation, state or media outlet that can be quoted."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        STATE = "state", _("State")
        MEDIA = "media", _("Media")

    class ProposedVia(models.TextChoices):
        SUGGESTION = "suggestion", _("proposed from a claim suggestion")
        ANNOTATION = "annotation", _("described as a new speaker by an editor while annotating")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("The actor's address (/actors/<slug>/). After a change, the old address redirects here."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. KP"))
    affiliation = models.ForeignKey(
        "self",
        verbose_name=_("affiliation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        help_text=_("Who this actor speaks for: John Kirby → White House → United States."),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    name_indonesian = models.CharField(
        _("name in Indonesian"),
        max_length=200,
        blank=True,
        help_text=_(
            "How Indonesian pages name it when that differs (Amerika Serikat, Gedung Putih): on its own "
            "page and wherever it is a speaker's affiliation. Empty: the name as it is (most people's "
            "names). Readers see it with the brief's next published revision."
        ),
    )
    description_indonesian = models.CharField(
        _("description in Indonesian"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown on Indonesian pages; empty: they show the description, marked “not yet translated”. "
            "Readers see it with the brief's next published revision."
        ),
    )
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_(
            "Every name a text may use: Korea Utara, Korut, DPRK, Pyongyang… One speaker, many names."
        ),
    )
    roles = models.JSONField(
        _("role phrases"),
        default=list,
        blank=True,
        help_text=_("Phrases that designate this actor without naming it, e.g. “juru bicara Kremlin”."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_(
            "Unticked for a proposed speaker (from a claim suggestion, or described as new while "
            "annotating): the rules do not recognise it by its names, and its claims cannot be approved, "
            "until an editor confirms it or merges it into an existing actor."
        ),
    )
    proposed_via = models.CharField(
        _("how it was proposed"),
        max_length=12,
        choices=ProposedVia.choices,
        blank=True,
        editable=False,
        help_text=_("Empty for an actor of the registry or one an editor added under Actors."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        constraints = [
            models.CheckConstraint(condition=~Q(affiliation=F("pk")), name="actor_not_affiliated_to_itself"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:briefs_actor_change", args=[self.pk])

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class ActorFormerSlug(FormerSlug):
    actor = models.ForeignKey(
        Actor, verbose_name=_("actor"), on_delete=models.CASCADE, related_name="former_slugs"
    )

    class Meta(FormerSlug.Meta):
        verbose_name = _("former actor address")
        verbose_name_plural = _("former actor addresses")


# The labels of the vocabulary's values (briefs/vocabulary.py), written out so that makemessages finds them.
_STANCE_LABELS = {
    "asserts": _("asserts"),
    "denies": _("denies"),
    "condemns": _("condemns"),
    "warns": _("warns"),
    "pledges": _("pledges"),
    "confirms": _("confirms"),
    "questions": _("questions"),
}
_EVENT_PRECISION_LABELS = {"day": _("day"), "month": _("month"), "year": _("year"), "range": _("range")}
_QUALIFIER_LABELS = {
    "exactly": _("exactly"),
    "about": _("about"),
    "at_least": _("at least"),
    "more_than": _("more than"),
    "up_to": _("up to"),
    "less_than": _("less than"),
}
_PLACE_KIND_LABELS = {
    "port": _("port"),
    "rail_station": _("railway station"),
    "city": _("city"),
    "border_crossing": _("border crossing"),
    "other": _("other place"),
}
_MOVEMENT_MODE_LABELS = {
    "sea": _("by sea"),
    "rail": _("by rail"),
    "road": _("by road"),
    "air": _("by air"),
    "unknown": _("means not stated"),
}


_KEY_POINT_POSITION_LABELS = {"supports": _("supports it"), "disputes": _("disputes it")}


def vocabulary_choices(name: str, values: tuple[str, ...], labels: dict) -> type[models.TextChoices]:
    """Choices in the vocabulary's order with their labels; a value without a label fails at import."""
    return models.TextChoices(name, [(value.upper(), (value, labels[value])) for value in values])


class ClaimQuerySet(models.QuerySet):
    def drafts(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.DRAFT)

    def changes_requested(self) -> ClaimQuerySet:
        """Drafts a reviewer sent back, not changed since: waiting for their editor."""
        return self.drafts().filter(
            changes_requested_at__isnull=False, changes_requested_at__gt=F("content_changed_at")
        )

    def awaiting_review(self) -> ClaimQuerySet:
        """Drafts waiting for a reviewer: not sent back, or changed since they were."""
        return self.drafts().exclude(
            changes_requested_at__isnull=False, changes_requested_at__gt=F("content_changed_at")
        )

    def approved(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.APPROVED)

    def orphaned(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.ORPHANED)

    def anchored(self) -> ClaimQuerySet:
        return self.exclude(status=Claim.Status.ORPHANED)


class Claim(ContentAuthorship):
    """One attributed statement in one Source, anchored to its exact words."""

    Stance = vocabulary_choices("Stance", STANCES, _STANCE_LABELS)

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        ORPHANED = "orphaned", _("Orphaned: quote lost after the article changed")
        WITHDRAWN = "withdrawn", _("Withdrawn by an editor")

    Precision = vocabulary_choices("Precision", EVENT_PRECISIONS, _EVENT_PRECISION_LABELS)
    SaidOnPrecision = vocabulary_choices("SaidOnPrecision", SAID_ON_PRECISIONS, _EVENT_PRECISION_LABELS)
    KeyPointPosition = vocabulary_choices("KeyPointPosition", KEY_POINT_POSITIONS, _KEY_POINT_POSITION_LABELS)

    class Origin(models.TextChoices):
        MANUAL = "manual", _("Selected by an editor")
        SUGGESTED = "suggested", _("Accepted suggestion")

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="claims"
    )
    speaker = models.ForeignKey(
        Actor, verbose_name=_("speaker"), on_delete=models.PROTECT, related_name="claims"
    )
    stance = models.CharField(_("stance"), max_length=12, choices=Stance.choices)

    # W3C Web Annotation: TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end).
    exact = models.TextField(_("quoted words"), help_text=_("Exactly the words of the source at start–end."))
    prefix = models.CharField(_("text before"), max_length=64, blank=True)
    suffix = models.CharField(_("text after"), max_length=64, blank=True)
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    body_hash = models.CharField(
        _("body version"), max_length=64, help_text=_("Hash of the source body the offsets refer to.")
    )

    paraphrase = models.TextField(
        _("paraphrase"), blank=True, help_text=_("The editor's wording, in English.")
    )
    quote_english = models.TextField(
        _("English rendering of the quote"),
        blank=True,
        help_text=_(
            "The quoted words translated into English, as faithfully as the original: not a paraphrase. "
            "English pages show it with the original one click away; empty: they show the original, "
            "marked “not yet translated”. Reviewed with the claim."
        ),
    )
    key_point_position = models.CharField(
        _("position on its key points"),
        max_length=8,
        choices=KeyPointPosition.choices,
        blank=True,
        help_text=_(
            "Empty: the stance decides (asserts and confirms support the key point, questions and denies "
            "dispute it; warns, condemns and pledges say nothing either way). Set it when the words take a "
            "side the stance does not show: condemning the accusation disputes it. Reviewed with the claim."
        ),
    )
    said_on = models.DateField(_("said on"), null=True, blank=True)
    said_on_precision = models.CharField(
        _("said on precision"),
        max_length=5,
        choices=SaidOnPrecision.choices,
        default=SaidOnPrecision.DAY,
        help_text=_(
            "Month or year when the article dates the statement no closer (stored as its first day)."
        ),
    )
    event_start = models.DateField(
        _("event date"), null=True, blank=True, help_text=_("What the claim is about.")
    )
    event_end = models.DateField(_("event end"), null=True, blank=True, help_text=_("Only for a range."))
    event_precision = models.CharField(
        _("event date precision"), max_length=5, choices=Precision.choices, blank=True
    )

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    origin = models.CharField(_("origin"), max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("annotated by"),
        on_delete=models.PROTECT,
        related_name="claims_created",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims_reviewed",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)
    changes_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changes requested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    changes_requested_at = models.DateTimeField(
        _("changes requested at"),
        null=True,
        blank=True,
        help_text=_("Waiting for its editor while no content changed after this; the note says what to fix."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["source", "start", "pk"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        permissions = [("review_claim", _("Can approve or reject claims"))]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "rejected"])
                | (Q(reviewed_by__isnull=False) & Q(reviewed_at__isnull=False)),
                name="claim_reviewed_has_reviewer",
            ),
            models.CheckConstraint(
                condition=Q(event_end__isnull=True)
                | Q(event_start__isnull=False, event_end__gte=F("event_start")),
                name="claim_event_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(event_start__isnull=True) | ~Q(event_precision=""),
                name="claim_event_date_has_precision",
            ),
        ]
        indexes = [models.Index(fields=["status"]), models.Index(fields=["source", "start"])]

    def __str__(self) -> str:
        quote = self.exact if len(self.exact) <= 60 else self.exact[:59] + "…"
        return f"{self.speaker_id and self.speaker} {self.get_stance_display()}: “{quote}”"

    @property
    def waiting_for_changes(self) -> bool:
        """Sent back by a reviewer and not changed since (ClaimQuerySet.changes_requested, for one row)."""
        return (
            self.status == Claim.Status.DRAFT
            and self.changes_requested_at is not None
            and (self.content_changed_at is None or self.changes_requested_at > self.content_changed_at)
        )


class ClaimFigure(models.Model):
    """A number a claim states: "lebih dari 1.000 kontainer" → more than 1000 containers."""

    Qualifier = vocabulary_choices("Qualifier", QUALIFIERS, _QUALIFIER_LABELS)

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="figures")
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=3)
    unit = models.CharField(
        _("unit"), max_length=80, help_text=_("e.g. containers, artillery shells per day")
    )
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACTLY
    )

    class Meta:
        ordering = ["claim", "pk"]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self) -> str:
        return f"{self.get_qualifier_display()} {self.value.normalize():f} {self.unit}"


class Place(ContentAuthorship):
    """A port, railway station, city or border crossing that claims name, with where it is.

    Coordinates are entered by an editor (decimal degrees, WGS 84, north and east positive); a map of
    a brief needs them to a tenth of a degree or so, never to the metre. What readers see of a place is
    what the last publication of a brief citing it copied into the revision, never this row."""

    Kind = vocabulary_choices("Kind", PLACE_KINDS, _PLACE_KIND_LABELS)

    name = models.CharField(_("name"), max_length=120, unique=True, help_text=_("In English, e.g. Najin."))
    name_indonesian = models.CharField(
        _("name in Indonesian"),
        max_length=120,
        blank=True,
        help_text=_("Shown on Indonesian pages when it differs (Moskow); empty: the English name."),
    )
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_("Other spellings a text may use: Rajin, Rason… For finding the place, never shown."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.CITY)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=7,
        decimal_places=4,
        help_text=_("Decimal degrees, north positive: 42.25 for Najin."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=7,
        decimal_places=4,
        help_text=_("Decimal degrees, east positive: 130.3 for Najin."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__gte=-90, latitude__lte=90), name="place_latitude_on_earth"
            ),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180, longitude__lte=180), name="place_longitude_on_earth"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Movement(models.Model):
    """Something a claim says moved from one place to another: "shipped by sea from Najin to Dunay".

    Claim content like its figures: changing a movement sends a reviewed claim back to review."""

    Mode = vocabulary_choices("Mode", MOVEMENT_MODES, _MOVEMENT_MODE_LABELS)

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="movements"
    )
    origin = models.ForeignKey(
        Place, verbose_name=_("from"), on_delete=models.PROTECT, related_name="departures"
    )
    destination = models.ForeignKey(
        Place, verbose_name=_("to"), on_delete=models.PROTECT, related_name="arrivals"
    )
    mode = models.CharField(
        _("means of transport"),
        max_length=8,
        choices=Mode.choices,
        default=Mode.UNKNOWN,
        help_text=_("Only what the claim says: “not stated” unless the words name the means."),
    )
    period_start = models.DateField(
        _("when"), null=True, blank=True, help_text=_("When the claim says it moved; empty: not stated.")
    )
    period_end = models.DateField(_("until"), null=True, blank=True, help_text=_("Only for a range."))
    period_precision = models.CharField(
        _("precision"), max_length=5, choices=Claim.Precision.choices, blank=True
    )

    class Meta:
        ordering = ["claim", "pk"]
        verbose_name = _("movement")
        verbose_name_plural = _("movements")
        constraints = [
            models.CheckConstraint(
                condition=~Q(origin=F("destination")), name="movement_goes_somewhere_else"
            ),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=False, period_end__gte=F("period_start")),
                name="movement_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True) | ~Q(period_precision=""),
                name="movement_period_has_precision",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.origin_id and self.origin} → {self.destination_id and self.destination} ({self.mode})"


class ClaimSuggestion(models.Model):
    """A statement the rules found in a Source; an editor accepts it (→ draft claim) or dismisses it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DISMISSED = "dismissed", _("Dismissed")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claim_suggestions")
    quote = models.TextField(_("quote"))
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(Actor, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    speaker_text = models.CharField(_("speaker as written"), max_length=200, blank=True)
    speaker_name = models.CharField(
        _("new speaker's name"),
        max_length=200,
        blank=True,
        help_text=_("A speaker no actor stands for yet, named in full: accepting proposes a new actor."),
    )
    speaker_role = models.CharField(_("new speaker's role"), max_length=300, blank=True)
    speaker_affiliation = models.ForeignKey(
        Actor,
        verbose_name=_("new speaker's affiliation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    stance = models.CharField(_("stance"), max_length=12, choices=Claim.Stance.choices)
    confidence = models.FloatField(_("confidence"))
    cue = models.CharField(_("cue"), max_length=60, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    claim = models.OneToOneField(
        Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="suggestion"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source", "start"]
        verbose_name = _("claim suggestion")
        verbose_name_plural = _("claim suggestions")
        constraints = [
            models.UniqueConstraint(fields=["source", "start", "end"], name="suggestion_unique_span"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="suggestion_span_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker_text or '?'} {self.stance}: “{self.quote[:60]}”"


class EditorProfile(models.Model):
    """How readers see a member of the newsroom: a name they chose, never their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="editor_profile",
    )
    public_name = models.CharField(
        _("public name"),
        max_length=120,
        blank=True,
        help_text=_(
            "Shown to readers on the briefs this person publishes (“reviewed by …”). Empty: "
            "“the editors”. The login name is never shown."
        ),
    )

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("editor profile")
        verbose_name_plural = _("editor profiles")

    def __str__(self) -> str:
        return self.public_name or str(self.user)

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        name = self.public_name.strip()
        if name and self.user_id and name.casefold() == self.user.get_username().casefold():
            raise ValidationError(
                {"public_name": _("That is the login name, which stays private; choose a name for readers.")}
            )
        self.public_name = name


class BriefQuerySet(models.QuerySet):
    def with_published_revision(self) -> BriefQuerySet:
        return self.filter(revisions__status=BriefRevision.Status.PUBLISHED).distinct()


class Brief(ContentAuthorship):
    """One issue followed over time, e.g. "Russia–DPRK arms transfers"."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("The brief's address (/briefs/<slug>/). After a change, the old address redirects here."),
    )
    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Written by an editor; shown at the top of the published brief."),
    )
    title_indonesian = models.CharField(
        _("title in Indonesian"),
        max_length=200,
        blank=True,
        help_text=_("Shown on Indonesian pages; empty: they show the title, marked “not yet translated”."),
    )
    summary_indonesian = models.TextField(
        _("summary in Indonesian"),
        blank=True,
        help_text=_("Shown on Indonesian pages; empty: they show the summary, marked “not yet translated”."),
    )
    summary_updated_at = models.DateTimeField(
        _("summary last edited"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Key points added or changed after this are flagged on the review page."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = BriefQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("brief")
        verbose_name_plural = _("briefs")

    def __str__(self) -> str:
        return self.title

    @property
    def summary_written_at(self):
        """When the summary was last edited; a brief from before that was recorded counts from its creation."""
        return self.summary_updated_at or self.created_at


class BriefFormerSlug(FormerSlug):
    brief = models.ForeignKey(
        Brief, verbose_name=_("brief"), on_delete=models.CASCADE, related_name="former_slugs"
    )

    class Meta(FormerSlug.Meta):
        verbose_name = _("former brief address")
        verbose_name_plural = _("former brief addresses")


class Proposition(ContentAuthorship):
    """A key point: the underlying assertion several claims are about, with each claim's own stance."""

    brief = models.ForeignKey(
        Brief, verbose_name=_("brief"), on_delete=models.CASCADE, related_name="key_points"
    )
    position = models.PositiveIntegerField(_("position"), default=0, help_text=_("Order in the brief."))
    statement = models.TextField(
        _("statement"), help_text=_("In our own words, e.g. “North Korea shipped …”.")
    )
    statement_indonesian = models.TextField(
        _("statement in Indonesian"),
        blank=True,
        help_text=_(
            "Shown on Indonesian pages; empty: they show the statement, marked “not yet translated”."
        ),
    )
    event_start = models.DateField(_("event date"), null=True, blank=True)
    event_end = models.DateField(_("event end"), null=True, blank=True)
    event_precision = models.CharField(
        _("event date precision"), max_length=5, choices=Claim.Precision.choices, blank=True
    )
    claims = models.ManyToManyField(Claim, verbose_name=_("claims"), related_name="key_points", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["brief", "position", "pk"]
        verbose_name = _("key point")
        verbose_name_plural = _("key points")
        constraints = [
            models.CheckConstraint(
                condition=Q(event_end__isnull=True)
                | Q(event_start__isnull=False, event_end__gte=F("event_start")),
                name="keypoint_event_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.statement if len(self.statement) <= 80 else self.statement[:79] + "…"


class BriefRevisionQuerySet(models.QuerySet):
    def published(self) -> BriefRevisionQuerySet:
        return self.filter(status=BriefRevision.Status.PUBLISHED)

    def pending(self) -> BriefRevisionQuerySet:
        return self.filter(status=BriefRevision.Status.PENDING_REVIEW)

    def publishable(self) -> BriefRevisionQuerySet:
        """Pending revisions a reviewer can still publish: no newer revision of their brief exists other
        than a rejected one (publishing refuses an outdated revision; see services/publishing.py)."""
        newer = BriefRevision.objects.filter(brief_id=OuterRef("brief_id"), number__gt=OuterRef("number"))
        return self.pending().exclude(
            Exists(newer.exclude(status=BriefRevision.Status.REJECTED)),
        )

    def public(self) -> BriefRevisionQuerySet:
        """Revisions a reader may see: the current one and the ones it superseded."""
        return self.filter(status__in=[BriefRevision.Status.PUBLISHED, BriefRevision.Status.SUPERSEDED])


class BriefRevision(models.Model):
    """An immutable snapshot that assembly made from approved material; a reviewer publishes or rejects it."""

    class Status(models.TextChoices):
        PENDING_REVIEW = "pending_review", _("Pending review")
        PUBLISHED = "published", _("Published")
        SUPERSEDED = "superseded", _("Superseded by a newer publication")
        REJECTED = "rejected", _("Rejected")

    brief = models.ForeignKey(
        Brief, verbose_name=_("brief"), on_delete=models.PROTECT, related_name="revisions"
    )
    number = models.PositiveIntegerField(_("number"))
    content = models.JSONField(_("content"), editable=False)
    content_hash = models.CharField(_("content hash"), max_length=64, editable=False)
    cited = models.JSONField(
        _("cited material"),
        default=dict,
        editable=False,
        help_text=_("Claims, sources, actors and outlets as this revision would publish them."),
    )
    cited_hash = models.CharField(_("cited material hash"), max_length=64, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.PENDING_REVIEW
    )
    created_at = models.DateTimeField(_("assembled at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revisions_reviewed",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)
    reviewer_name = models.CharField(
        _("reviewer as readers see them"),
        max_length=120,
        blank=True,
        help_text=_("The reviewer's public name when they published it; empty: “the editors”."),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)

    objects = BriefRevisionQuerySet.as_manager()

    class Meta:
        ordering = ["brief", "-number"]
        get_latest_by = "number"
        verbose_name = _("brief revision")
        verbose_name_plural = _("brief revisions")
        permissions = [("publish_briefrevision", _("Can publish or reject brief revisions"))]
        constraints = [
            models.UniqueConstraint(fields=["brief", "number"], name="revision_unique_number"),
            models.UniqueConstraint(
                fields=["brief"], condition=Q(status="published"), name="revision_one_published_per_brief"
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["published", "superseded"]) | Q(published_at__isnull=False),
                name="revision_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(status="pending_review") | Q(reviewed_by__isnull=False),
                name="revision_reviewed_has_reviewer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.brief} #{self.number} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        # A snapshot never changes once assembled: only its review fields may be updated.
        if self.pk and kwargs.get("update_fields") is None:
            raise ValueError("A brief revision is immutable; save review changes with update_fields.")
        if self.pk and {"content", "content_hash", "cited", "cited_hash", "number", "brief"} & set(
            kwargs["update_fields"]
        ):
            raise ValueError("A brief revision's content never changes after assembly.")
        super().save(*args, **kwargs)


class RevisionRendering(models.Model):
    """The reader page's heavy markup for one revision in one language, rendered once and stored.

    A revision's content never changes, so its key points, citations, timeline and JSON-LD render the
    same every time until the code that renders them changes: the fingerprint names that code (templates,
    tag library, translation catalogue, URLs, time zone), and a new deploy simply renders anew.
    """

    revision = models.ForeignKey(
        BriefRevision, verbose_name=_("revision"), on_delete=models.CASCADE, related_name="renderings"
    )
    language = models.CharField(_("language"), max_length=15)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    # UTF-8 bytes, spliced into the page as they are: decoding and re-encoding most of a megabyte
    # cost more than everything else on the page.
    content_html = models.BinaryField(_("content markup"))
    jsonld = models.BinaryField(_("JSON-LD script"))
    rendered_at = models.DateTimeField(_("rendered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("revision rendering")
        verbose_name_plural = _("revision renderings")
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "language", "fingerprint"], name="rendering_unique_per_code_and_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.revision} [{self.language}]"


# --- Syndication: partners, API tokens, webhooks and the change feed -----------------------------------


class Partner(models.Model):
    """A newsroom or research desk that syndicates our published material through the API."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("API account"),
        on_delete=models.CASCADE,
        related_name="api_partner",
        help_text=_(
            "The account the partner's tokens act as. It needs no admin access and no permissions: "
            "partners read published material only."
        ),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to refuse every token of this partner at once.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self) -> str:
        return self.name


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=timezone_now())
        )


class ApiToken(models.Model):
    """A bearer token for the API. Only its SHA-256 is stored; the token itself is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("acts as"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
        help_text=_("A partner's API account (read access) or an editor (read and write access)."),
    )
    name = models.CharField(_("label"), max_length=100, help_text=_("What it is for, e.g. “CMS sync”."))
    prefix = models.CharField(
        _("prefix"), max_length=16, editable=False, help_text=_("The first characters, to recognise it.")
    )
    key_hash = models.CharField(_("SHA-256 of the token"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    expires_at = models.DateTimeField(
        _("expires at"), null=True, blank=True, help_text=_("Empty: valid until revoked.")
    )
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


def _webhook_secret() -> str:
    import secrets

    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    """Where we POST a signed notice each time a brief revision is published."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="webhooks"
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[validate_public_url],
        help_text=_(
            "The partner's endpoint: an https:// address on the public internet, without a user name or "
            "password. Checked again before every delivery; redirects are not followed."
        ),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=128,
        default=_webhook_secret,
        help_text=_(
            "Shared with the partner, who checks X-Briefdesk-Signature with it (see docs/api.md). "
            "Prefilled with a random secret."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["partner", "pk"]
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self) -> str:
        return f"{self.partner}: {self.url}"


class WebhookDelivery(models.Model):
    """One notice to one webhook, with every attempt logged: of a publication (one per webhook and
    revision) or of another change-feed event, such as a rename (one per webhook and event)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed: gave up after the last retry")

    webhook = models.ForeignKey(
        Webhook, verbose_name=_("webhook"), on_delete=models.CASCADE, related_name="deliveries"
    )
    revision = models.ForeignKey(
        BriefRevision,
        verbose_name=_("revision"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    event = models.ForeignKey(
        "ChangeEvent",
        verbose_name=_("change event"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The change notified, for notices other than publications."),
    )
    payload = models.JSONField(_("payload"), editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    attempt_log = models.JSONField(
        _("attempt log"), default=list, blank=True, help_text=_("When, the HTTP status or the error.")
    )
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    # The lease of the worker sending it now: taken and committed before the POST, which runs outside
    # any transaction; only the holder of the token records the result.
    leased_until = models.DateTimeField(
        _("being sent until"),
        null=True,
        blank=True,
        help_text=_("A worker is sending it; if that worker dies, another takes over after this time."),
    )
    lease_token = models.CharField(_("lease token"), max_length=32, blank=True, editable=False)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["webhook", "revision"], name="webhook_delivery_once_per_revision"
            ),
            models.UniqueConstraint(fields=["webhook", "event"], name="webhook_delivery_once_per_event"),
            models.CheckConstraint(
                condition=Q(revision__isnull=False) | Q(event__isnull=False),
                name="webhook_delivery_notifies_something",
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        subject = self.revision if self.revision_id else self.payload.get("event", "")
        return f"{self.webhook} ← {subject} ({self.get_status_display()})"


class ChangeEvent(models.Model):
    """The change feed: an append-only log of what partners must sync, in commit order (id order).

    Written in the same transaction as the change, by the publishing, review and claim services.
    """

    class Kind(models.TextChoices):
        REVISION_PUBLISHED = "revision.published", _("Revision published")
        REVISION_SUPERSEDED = "revision.superseded", _("Revision superseded")
        REVISION_WITHDRAWN = "revision.withdrawn", _("Revision withdrawn")
        CLAIM_CORRECTED = "claim.corrected", _("Published claim corrected")
        CLAIM_WITHDRAWN = "claim.withdrawn", _("Published claim withdrawn by a publication")
        KEY_POINT_REMOVED = "key_point.removed", _("Key point removed by a publication")
        BRIEF_RENAMED = "brief.renamed", _("Published brief moved to a new address")
        ACTOR_RENAMED = "actor.renamed", _("Public actor moved to a new address")

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    brief = models.ForeignKey(
        Brief,
        verbose_name=_("brief"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    revision = models.ForeignKey(
        BriefRevision,
        verbose_name=_("revision"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    # No database constraint: the log keeps the claim's id even if the claim is ever deleted.
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    # Like the claim: the log keeps the actor's id even if the actor is ever deleted.
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("actor"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    data = models.JSONField(_("data"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("occurred at"), default=timezone_now, editable=False, db_index=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("change event")
        verbose_name_plural = _("change feed")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind__startswith="revision.") | Q(revision__isnull=False, brief__isnull=False),
                name="change_revision_event_has_revision",
            ),
            models.CheckConstraint(
                condition=~Q(kind__startswith="claim.") | Q(claim__isnull=False),
                name="change_claim_event_has_claim",
            ),
            models.CheckConstraint(
                condition=~Q(kind__startswith="brief.") | Q(brief__isnull=False),
                name="change_brief_event_has_brief",
            ),
            models.CheckConstraint(
                condition=~Q(kind__startswith="actor.") | Q(actor__isnull=False),
                name="change_actor_event_has_actor",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.kind}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("The change feed is append-only: an event never changes once written.")
        super().save(*args, **kwargs)


class DeskNotice(models.Model):
    """The last e-mail telling one person what waits on their desk, and what it listed: the next one goes
    out only for something new, and not sooner than DESK_NOTIFY_MINUTES after this one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="desk_notice"
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    items = models.JSONField(_("items told about"), default=list, blank=True)

    class Meta:
        verbose_name = _("desk notice")
        verbose_name_plural = _("desk notices")

    def __str__(self) -> str:
        return f"{self.user} {self.sent_at}"


# --- The public read model ------------------------------------------------------------------------------
#
# What readers and partners see, written only by a publication (briefs/public/): one row per public
# object id, holding the object as the publication that last showed it stated it, pre-serialised, with the
# columns the API filters and orders on. An editor's change to a live row changes none of these rows.


class PublishedSnapshot(models.Model):
    """What every public row has: the publication that wrote it, when, and the object's public JSON."""

    revision = models.ForeignKey(BriefRevision, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(_("published at"))
    data = models.TextField(_("public JSON"))

    class Meta:
        abstract = True


class PublicClaim(PublishedSnapshot):
    id = models.PositiveIntegerField(_("claim id"), primary_key=True)
    source_id = models.PositiveIntegerField(_("source id"), db_index=True)
    speaker_id = models.PositiveIntegerField(_("speaker id"), db_index=True)
    speaker_slug = models.CharField(_("speaker slug"), max_length=80, db_index=True)
    outlet_slug = models.CharField(_("outlet slug"), max_length=80, blank=True, db_index=True)
    stance = models.CharField(_("stance"), max_length=20)
    said_on = models.DateField(_("said on"), null=True)
    event_start = models.DateField(_("event start"), null=True)
    event_end = models.DateField(_("event end"), null=True)
    start = models.PositiveIntegerField(_("start"), default=0)
    exact = models.TextField(_("quote"))
    paraphrase = models.TextField(_("paraphrase"), blank=True)
    briefs = models.JSONField(_("briefs"), default=list)
    key_points = models.JSONField(_("key points"), default=list)

    class Meta:
        verbose_name = _("public claim")
        verbose_name_plural = _("public claims")

    def __str__(self) -> str:
        return f"public claim {self.pk}"


class PublicCitation(models.Model):
    """A claim cited by a public revision, under one key point: the `brief` and `key_point` filters."""

    revision = models.ForeignKey(BriefRevision, on_delete=models.PROTECT, related_name="+")
    brief = models.ForeignKey(Brief, on_delete=models.PROTECT, related_name="+")
    current = models.BooleanField(_("in the current publication"), default=True)
    claim_id = models.PositiveIntegerField(_("claim id"), db_index=True)
    key_point_id = models.PositiveIntegerField(_("key point id"), null=True, db_index=True)

    class Meta:
        verbose_name = _("public citation")
        verbose_name_plural = _("public citations")

    def __str__(self) -> str:
        return f"claim {self.claim_id} in {self.revision_id}"


class PublicSource(PublishedSnapshot):
    id = models.PositiveIntegerField(_("source id"), primary_key=True)
    outlet_id = models.PositiveIntegerField(_("outlet id"), null=True, db_index=True)
    outlet_slug = models.CharField(_("outlet slug"), max_length=80, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8)
    article_published_at = models.DateTimeField(_("article published at"), null=True)
    cited_outlets = models.JSONField(_("cited outlets"), default=list)
    title = models.TextField(_("title"), blank=True)
    body = models.TextField(_("body"), blank=True)
    claims = models.JSONField(_("public claims"), default=list)
    briefs = models.JSONField(_("citing briefs"), default=list)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public source")
        verbose_name_plural = _("public sources")

    def __str__(self) -> str:
        return f"public source {self.pk}"


class PublicActor(PublishedSnapshot):
    id = models.PositiveIntegerField(_("actor id"), primary_key=True)
    slug = models.CharField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20)
    country = models.CharField(_("country"), max_length=2, blank=True)
    aliases = models.TextField(_("aliases"), blank=True)
    #: Its positions for the actor page, brief by brief, from the newest publication that quotes it.
    positions = models.JSONField(_("positions"), default=list)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public actor")
        verbose_name_plural = _("public actors")

    def __str__(self) -> str:
        return self.slug


class PublicOutlet(PublishedSnapshot):
    id = models.PositiveIntegerField(_("outlet id"), primary_key=True)
    slug = models.CharField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20)
    country = models.CharField(_("country"), max_length=2, blank=True)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public outlet")
        verbose_name_plural = _("public outlets")

    def __str__(self) -> str:
        return self.slug


class PublicKeyPoint(PublishedSnapshot):
    """A key point of a current publication, as it states it."""

    id = models.PositiveIntegerField(_("key point id"), primary_key=True)
    brief = models.ForeignKey(Brief, on_delete=models.PROTECT, related_name="+")
    rank = models.PositiveIntegerField(_("rank"))
    statement = models.TextField(_("statement"))
    statement_indonesian = models.TextField(_("statement in Indonesian"), blank=True)
    claims = models.JSONField(_("claims"), default=list)

    class Meta:
        verbose_name = _("public key point")
        verbose_name_plural = _("public key points")

    def __str__(self) -> str:
        return f"public key point {self.pk}"

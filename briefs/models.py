from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ingest.models import Source


class Actor(models.Model):
    """A person, organisation, state or media outlet that can be quoted."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        STATE = "state", _("State")
        MEDIA = "media", _("Media")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

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


class ClaimQuerySet(models.QuerySet):
    def drafts(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.DRAFT)

    def approved(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.APPROVED)

    def orphaned(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.ORPHANED)

    def anchored(self) -> ClaimQuerySet:
        return self.exclude(status=Claim.Status.ORPHANED)


class Claim(models.Model):
    """One attributed statement in one Source, anchored to its exact words."""

    class Stance(models.TextChoices):
        ASSERTS = "asserts", _("asserts")
        DENIES = "denies", _("denies")
        CONDEMNS = "condemns", _("condemns")
        WARNS = "warns", _("warns")
        PLEDGES = "pledges", _("pledges")
        CONFIRMS = "confirms", _("confirms")
        QUESTIONS = "questions", _("questions")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        ORPHANED = "orphaned", _("Orphaned: quote lost after the article changed")

    class Precision(models.TextChoices):
        DAY = "day", _("day")
        MONTH = "month", _("month")
        YEAR = "year", _("year")
        RANGE = "range", _("range")

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
    said_on = models.DateField(_("said on"), null=True, blank=True)
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

    def get_absolute_url(self) -> str:
        return reverse("admin:briefs_claim_change", args=[self.pk])


class ClaimFigure(models.Model):
    """A number a claim states: "lebih dari 1.000 kontainer" → more than 1000 containers."""

    class Qualifier(models.TextChoices):
        EXACTLY = "exactly", _("exactly")
        MORE_THAN = "more_than", _("more than")
        AT_LEAST = "at_least", _("at least")
        LESS_THAN = "less_than", _("less than")
        UP_TO = "up_to", _("up to")
        ABOUT = "about", _("about")

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


class AuditEntry(models.Model):
    """Who did what to which record, with the values before and after. Written in the same transaction."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_entries",
    )
    action = models.CharField(_("action"), max_length=40)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action}"

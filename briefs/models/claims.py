"""What a source says: claims anchored to its words, the figures they state, and the suggestions the
rules make before an editor turns one into a claim."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from briefs.models.actors import Actor
from briefs.models.authorship import ContentAuthorship
from briefs.models.choices import (
    _EVENT_PRECISION_LABELS,
    _KEY_POINT_POSITION_LABELS,
    _QUALIFIER_LABELS,
    _STANCE_LABELS,
    vocabulary_choices,
)
from briefs.vocabulary import (
    EVENT_PRECISIONS,
    KEY_POINT_POSITIONS,
    QUALIFIERS,
    SAID_ON_PRECISIONS,
    STANCES,
)
from ingest.models import Source


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
    speaker_candidates = models.JSONField(
        _("possible speakers"),
        default=list,
        blank=True,
        help_text=_(
            "When several people fit the words equally, the rules name no speaker and list them here: "
            "the editor chooses. With a speaker: the others the words may refer to."
        ),
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

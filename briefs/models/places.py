"""Where things are and what claims say moved between them: places and movements."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from briefs.models.authorship import ContentAuthorship
from briefs.models.choices import _MOVEMENT_MODE_LABELS, _PLACE_KIND_LABELS, vocabulary_choices
from briefs.models.claims import Claim
from briefs.vocabulary import MOVEMENT_MODES, PLACE_KINDS


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

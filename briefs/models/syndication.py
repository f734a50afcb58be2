"""Syndication: partners, API tokens, webhooks and their deliveries, and the change feed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.timezone import now as timezone_now
from django.utils.translation import gettext_lazy as _

from briefs.models.actors import Actor
from briefs.models.briefs import Brief, BriefRevision
from briefs.models.claims import Claim
from config.egress import validate_public_url


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

"""Briefs and what assembly makes of them: key points, immutable revisions and their stored renderings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from briefs.models.authorship import ContentAuthorship, FormerSlug
from briefs.models.claims import Claim


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
        #: A newer revision of the brief was assembled before anyone reviewed this one: it can no longer be
        #: published (publishing refuses an outdated revision), so it leaves the review queue; kept as it was.
        REPLACED = "replaced", _("Replaced before review by a newer revision")

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
    superseded_at = models.DateTimeField(
        _("superseded at"),
        null=True,
        blank=True,
        help_text=_("When a newer publication, or a newer revision assembled before review, took its place."),
    )

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
                condition=Q(status__in=["pending_review", "replaced"]) | Q(reviewed_by__isnull=False),
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

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ingest.pipeline.outlets import OutletProfile


class Outlet(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", _("Newspaper")
        NEWS_SITE = "news_site", _("News site")
        WIRE = "wire", _("Wire / news agency")
        STATE_MEDIA = "state_media", _("State media")
        BROADCASTER = "broadcaster", _("Broadcaster")

    class SignoffRole(models.TextChoices):
        EDITOR = "editor", _("Editor's name")
        AUTHOR = "author", _("Author's name")
        INITIALS = "initials", _("Initials: author/editor")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    domain = models.CharField(_("domain"), max_length=200, blank=True, help_text=_("e.g. news.detik.com"))
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. ID"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS_SITE)
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names a text uses to credit this outlet, e.g. “Associated Press” for AP."),
    )
    signatures = models.JSONField(
        _("text signatures"),
        default=list,
        blank=True,
        help_text=_(
            "Literal fragments that identify a page of this outlet, e.g. “TRIBUNNEWS.COM -”. "
            "Case-insensitive; used to recognise the publisher of an imported article."
        ),
    )
    signoff_role = models.CharField(
        _("sign-off means"),
        max_length=10,
        choices=SignoffRole.choices,
        blank=True,
        help_text=_(
            "What a trailing sign-off in parentheses, like “(Name)” or “(abc/xyz)”, names at this outlet."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")

    def __str__(self) -> str:
        return self.name

    def as_profile(self) -> OutletProfile:
        return OutletProfile(
            key=self.slug,
            name=self.name,
            domain=self.domain,
            country=self.country,
            kind=self.kind,
            aliases=tuple(self.aliases or ()),
            signatures=tuple(self.signatures or ()),
            signoff_role=self.signoff_role or None,
        )


class SourceQuerySet(models.QuerySet):
    def with_outlet(self) -> SourceQuerySet:
        return self.select_related("outlet")


class Source(models.Model):
    class DateSource(models.TextChoices):
        BYLINE = "byline", _("Byline")
        HEADER = "header", _("Page header")
        LEDE = "lede", _("Lede")
        INFERRED = "inferred", _("Inferred")
        EDITOR = "editor", _("Set by an editor")
        NONE = "none", _("Unknown")

    class Channel(models.TextChoices):
        COMMAND = "command", _("Command line")
        ADMIN = "admin", _("Admin upload")
        API = "api", _("API")

    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        on_delete=models.PROTECT,
        related_name="sources",
        null=True,
        blank=True,
    )
    title = models.CharField(
        _("title"),
        max_length=500,
        null=True,
        blank=True,
        help_text=_(
            "The page's own headline. Left empty when the page has none; never made up from the lede."
        ),
    )
    byline = models.JSONField(_("authors"), default=list, blank=True)
    editor = models.CharField(_("editor"), max_length=200, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_at_source = models.CharField(
        _("date taken from"), max_length=10, choices=DateSource.choices, default=DateSource.NONE
    )
    published_at_confidence = models.FloatField(
        _("date confidence"), default=0.0, help_text=_("0 = a guess, 1 = stated with date, time and zone.")
    )
    published_at_note = models.CharField(_("date note"), max_length=300, blank=True)
    dateline = models.CharField(_("dateline"), max_length=120, blank=True)
    language = models.CharField(_("language"), max_length=8, default="und")
    cited_outlets = models.JSONField(
        _("cited outlets"), default=list, blank=True, help_text=_("Wires and outlets the text credits.")
    )

    raw_text = models.TextField(_("raw text"), help_text=_("Exactly as received. Never edited."))
    body = models.TextField(
        _("cleaned body"), help_text=_("The article without page clutter; claims anchor here.")
    )
    removed_lines = models.JSONField(_("removed lines"), default=list, blank=True, editable=False)
    content_hash = models.CharField(_("content hash"), max_length=64, editable=False)

    corrected_fields = models.JSONField(
        _("corrected by an editor"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Fields an editor set by hand; re-cleaning keeps them."),
    )
    original_filename = models.CharField(_("file name"), max_length=255, blank=True)
    encoding = models.CharField(_("encoding"), max_length=20, blank=True)
    import_channel = models.CharField(_("imported through"), max_length=10, choices=Channel.choices)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_sources",
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(
        _("version"), default=1, editable=False, help_text=_("Raised on every save; a stale edit is refused.")
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="source_unique_content_hash"),
            models.CheckConstraint(
                condition=Q(published_at_confidence__gte=0) & Q(published_at_confidence__lte=1),
                name="source_date_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(published_at__isnull=False) | Q(published_at_source="none"),
                name="source_date_source_none_without_date",
            ),
        ]
        indexes = [models.Index(fields=["published_at"]), models.Index(fields=["language"])]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        # The reader's page; it answers only once a publication cites the source (the admin checks).
        return reverse("source_detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        return _("(untitled) %(start)s…") % {"start": self.body[:60].strip()}

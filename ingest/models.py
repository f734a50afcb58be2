from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ingest.pipeline.dates import PUBLICATION_PRECISIONS
from ingest.pipeline.outlets import OutletProfile
from ingest.publication_dates import PublicationDate, publication_date


class OutletQuerySet(models.QuerySet):
    def confirmed(self) -> OutletQuerySet:
        return self.filter(status=Outlet.Status.CONFIRMED)

    def unconfirmed(self) -> OutletQuerySet:
        return self.filter(status=Outlet.Status.UNCONFIRMED)


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

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        UNCONFIRMED = "unconfirmed", _("Unconfirmed (proposed by the importer)")

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
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.CONFIRMED,
        db_index=True,
        help_text=_(
            "The importer proposes an outlet it does not know as unconfirmed, from what a page showed. Its "
            "signatures are used to recognise pages only once an editor confirms it (or merges it into an "
            "outlet we already have)."
        ),
    )
    seen_as = models.TextField(
        _("where it was seen"),
        blank=True,
        help_text=_("The page address or line that revealed this outlet to the importer, and in which file."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OutletQuerySet.as_manager()

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

    def awaiting_copy_decision(self) -> SourceQuerySet:
        """Imports that nearly duplicate another Source, not yet kept as its copy or told apart."""
        return self.filter(near_duplicate_of__isnull=False, copy_of__isnull=True)


# Written out so that makemessages finds them; a precision without a label fails at import.
_DATE_PRECISION_LABELS = {
    "minute": _("date and time"),
    "day": _("day, time unknown"),
    "month": _("month, day unknown"),
}


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

    # The values of ingest.pipeline.dates.PUBLICATION_PRECISIONS, the one definition, in its order.
    DatePrecision = models.TextChoices(
        "DatePrecision",
        [
            (precision.upper(), (precision, _DATE_PRECISION_LABELS[precision]))
            for precision in PUBLICATION_PRECISIONS
        ],
    )

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
    published_at_precision = models.CharField(
        _("date precision"),
        max_length=6,
        choices=DatePrecision.choices,
        blank=True,
        help_text=_(
            "How much of the date the page gives. A day's date is stored at midnight and a month's on the "
            "1st; readers are shown only the day or the month, never that midnight."
        ),
    )
    published_at_display_date = models.BooleanField(
        _("probably the page's display date"),
        default=False,
        help_text=_(
            "The importer found this date in the page header and thinks it is the site's date of the day, "
            "not the article's. It is not shown to readers until an editor confirms or corrects it."
        ),
    )
    published_at_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("date confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    published_at_confirmed_at = models.DateTimeField(
        _("date confirmed at"), null=True, blank=True, editable=False
    )
    dateline = models.CharField(_("dateline"), max_length=120, blank=True)
    language = models.CharField(_("language"), max_length=8, default="und")
    cited_outlets = models.JSONField(
        _("cited outlets"), default=list, blank=True, help_text=_("Wires and outlets the text credits.")
    )
    url = models.URLField(
        _("address"),
        max_length=2000,
        blank=True,
        help_text=_(
            "The page's canonical address (given with the import or read from the HTML page). Its domain names "
            "the outlet when the page is cleaned again."
        ),
    )
    correction_notice = models.TextField(
        _("correction notice"),
        blank=True,
        help_text=_(
            "Editorial notes and corrections the article carries (“Ralat: …”, “Catatan redaksi: …”). They stay "
            "in the body; readers must see them."
        ),
    )
    provenance = models.JSONField(
        _("where the metadata came from"),
        default=list,
        blank=True,
        editable=False,
        help_text=_(
            "For each extracted field: the line it was read from, how, and how sure the importer is."
        ),
    )
    near_duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("nearly duplicates"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="near_duplicates",
        help_text=_("An earlier Source whose text this import nearly repeats, found when it was imported."),
    )
    near_duplicate_similarity = models.FloatField(
        _("similarity"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Share of word triples the two texts have in common (Jaccard, 0–1)."),
    )
    copy_of = models.ForeignKey(
        "self",
        verbose_name=_("copy of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        help_text=_(
            "The Source this one is a copy of (the same text, another outlet's copy of the same wire story): "
            "corroboration counts the two once."
        ),
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
            models.CheckConstraint(
                condition=Q(published_at__isnull=True, published_at_precision="")
                | Q(published_at__isnull=False) & ~Q(published_at_precision=""),
                name="source_date_has_precision",
            ),
            models.CheckConstraint(
                condition=~Q(copy_of=F("id")) & ~Q(near_duplicate_of=F("id")),
                name="source_not_a_copy_of_itself",
            ),
        ]
        indexes = [models.Index(fields=["published_at"]), models.Index(fields=["language"])]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        # The reader's page; it answers only once a publication cites the source (the admin checks).
        return reverse("source_detail", args=[self.pk])

    def publication_date(self) -> PublicationDate:
        """The publication date as readers may see it: its local value, precision and whether it is a fact."""
        return publication_date(
            published_at=self.published_at,
            precision=self.published_at_precision,
            confidence=self.published_at_confidence,
            display_date=self.published_at_display_date,
            confirmed=self.published_at_confirmed_at is not None,
        )

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        return _("(untitled) %(start)s…") % {"start": self.body[:60].strip()}


class SourceSketch(models.Model):
    """One value of a Source body's MinHash sketch (``ingest.similarity.sketch``).

    An import looks its own sketch up here to find the few earlier Sources that could nearly duplicate it,
    and compares only those texts, instead of reading every body.
    """

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="sketch")
    value = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("text sketch value")
        verbose_name_plural = _("text sketch values")
        constraints = [models.UniqueConstraint(fields=["source", "value"], name="source_sketch_unique_value")]

    def __str__(self) -> str:
        return f"{self.source_id}: {self.value}"


class ImportBatchQuerySet(models.QuerySet):
    def unfinished(self) -> ImportBatchQuerySet:
        return self.filter(finished_at__isnull=True)


class ImportBatch(models.Model):
    """One admin upload: its files wait here, as received, until the import task has taken each of them in.

    The upload's request only stores the files; a Celery task imports them, so no upload is bound by the
    web worker's timeout. The progress page reads the per-file results from here as they finish.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="import_batches",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    finished_at = models.DateTimeField(
        _("finished at"), null=True, blank=True, help_text=_("Set once every file is imported or rejected.")
    )

    objects = ImportBatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("upload")
        verbose_name_plural = _("uploads")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return _("Upload %(id)s") % {"id": self.pk}

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class ImportBatchFile(models.Model):
    """One item of an upload: a file (its raw bytes until it is imported or rejected, then only the outcome)
    or a page address to fetch (``url``; the page is fetched when the item is imported)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CREATED = "created", _("Created")
        UNCHANGED = "unchanged", _("Unchanged")
        REJECTED = "rejected", _("Rejected")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField(_("position"))
    name = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(
        _("raw bytes"),
        blank=True,
        help_text=_("The file as uploaded; emptied once it is imported (the source keeps its raw text)."),
    )
    url = models.URLField(
        _("page address"),
        max_length=2000,
        blank=True,
        help_text=_("For a page imported by its address: fetched by the import task, not stored here."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(_("error"), blank=True)
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("uploaded file")
        verbose_name_plural = _("uploaded files")
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="import_batch_file_unique_position"),
            # Raw bytes are kept only while a file waits: an imported or rejected file holds none.
            models.CheckConstraint(
                condition=Q(status="pending") | Q(data=b""), name="import_batch_file_no_bytes_once_done"
            ),
        ]

    def __str__(self) -> str:
        return self.name

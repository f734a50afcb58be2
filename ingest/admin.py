from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from config.admin_refusals import RefusalAwareAdminMixin, RefusedSave
from ingest.forms import SourceCorrectionForm, SourceUploadForm
from ingest.models import Outlet, Source
from ingest.services.corrections import CORRECTABLE_FIELDS, StaleEdit, correct_source
from ingest.services.importing import ImportContext, import_files


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "domain", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "domain", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(RefusalAwareAdminMixin, admin.ModelAdmin):
    form = SourceCorrectionForm
    change_list_template = "admin/ingest/source/change_list.html"
    list_display = ["headline", "outlet", "published", "language", "imported_at"]
    list_filter = ["outlet", "language", "published_at_source", ("published_at", admin.DateFieldListFilter)]
    list_select_related = ["outlet"]
    search_fields = ["title", "body", "dateline", "original_filename"]
    date_hierarchy = "published_at"
    list_per_page = 50
    readonly_fields = [
        "published_at_source",
        "published_at_confidence",
        "published_at_note",
        "published_at_display_date",
        "published_at_confirmed_by",
        "published_at_confirmed_at",
        "article_comparison",
        "content_hash",
        "original_filename",
        "encoding",
        "import_channel",
        "imported_by",
        "imported_at",
        "corrected_fields",
    ]
    fieldsets = [
        (
            _("Metadata"),
            {
                "fields": [
                    "title",
                    "outlet",
                    "byline",
                    "editor",
                    ("published_at", "published_at_precision"),
                    ("published_at_source", "published_at_confidence", "published_at_display_date"),
                    "published_at_note",
                    ("published_at_confirmed_by", "published_at_confirmed_at"),
                    "dateline",
                    "language",
                    "cited_outlets",
                    "loaded_version",
                ],
                "description": _(
                    "Correct anything the importer got wrong. Corrected fields are kept when the article is "
                    "re-cleaned or imported again."
                ),
            },
        ),
        (_("Article"), {"fields": ["article_comparison"]}),
        (
            _("Fix the cleaned body"),
            {
                "classes": ["collapse"],
                "fields": ["body"],
                "description": _(
                    "Correct a cleaning mistake here. Every claim is then re-anchored to the new text; a claim "
                    "whose words are gone becomes orphaned until an editor points it at them again."
                ),
            },
        ),
        (
            _("Provenance"),
            {
                "classes": ["collapse"],
                "fields": [
                    "original_filename",
                    "encoding",
                    "import_channel",
                    "imported_by",
                    "imported_at",
                    "content_hash",
                    "corrected_fields",
                ],
            },
        ),
    ]

    @admin.display(description=_("title"), ordering="title")
    def headline(self, source: Source) -> str:
        return source.display_title

    @admin.display(description=_("published"), ordering="published_at")
    def published(self, source: Source) -> str:
        if not source.published_at:
            return "—"
        local = localtime(source.published_at)
        precision = source.published_at_precision
        shown = date_format(
            local,
            "DATETIME_FORMAT"
            if precision == "time"
            else "YEAR_MONTH_FORMAT"
            if precision == "month"
            else "DATE_FORMAT",
        )
        if source.publication_date().needs_confirmation:
            return format_html(
                '{} <span title="{}">({})</span>',
                shown,
                source.published_at_note or _("uncertain"),
                _("unconfirmed"),
            )
        return shown

    @admin.display(description=_("cleaned body beside the raw text"))
    def article_comparison(self, source: Source) -> str:
        return render_to_string(
            "admin/ingest/source/comparison.html",
            {
                "paragraphs": source.body.split("\n\n"),
                "removed": source.removed_lines,
                "raw_text": source.raw_text,
            },
        )

    def has_add_permission(self, request) -> bool:
        # Sources come in through the upload (or the command and API), never typed into a blank form.
        return False

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in CORRECTABLE_FIELDS if name in form.cleaned_data}
        original = Source.objects.get(pk=obj.pk)
        try:
            correct_source(
                source=original,
                changes=changes,
                user=request.user,
                expected_version=form.cleaned_data["loaded_version"],
            )
        except StaleEdit as exc:
            raise RefusedSave(str(exc)) from exc

    def get_urls(self):
        upload = path(
            "upload/",
            self.admin_site.admin_view(self.upload_view),
            name="ingest_source_upload",
        )
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        if not request.user.has_perm("ingest.add_source"):
            raise PermissionDenied
        outcomes = []
        form = SourceUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            context = ImportContext.load(channel=Source.Channel.ADMIN, imported_by=request.user)
            files = ((upload.name, upload.read()) for upload in form.cleaned_data["files"])
            outcomes = list(import_files(files=files, context=context))
            created = sum(outcome.status == "created" for outcome in outcomes)
            rejected = sum(outcome.status == "rejected" for outcome in outcomes)
            level = messages.WARNING if rejected else messages.SUCCESS
            messages.add_message(
                request,
                level,
                _("%(created)s created, %(unchanged)s unchanged, %(rejected)s rejected.")
                % {"created": created, "unchanged": len(outcomes) - created - rejected, "rejected": rejected},
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload articles"),
            "form": form,
            "outcomes": outcomes,
        }
        return TemplateResponse(request, "admin/ingest/source/upload.html", context)

"""Sources in the admin: corrections, where each field came from, near-duplicates, and the upload."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from config.admin_refusals import RefusalAwareAdminMixin, RefusedSave
from ingest.forms import SourceCorrectionForm, SourceUploadForm
from ingest.models import ImportBatch, ImportBatchFile, Source
from ingest.selectors import upload_progress
from ingest.services.copies import CopyDecisionRefused, discard_import, keep_as_copy, not_a_copy
from ingest.services.corrections import CORRECTABLE_FIELDS, StaleEdit, correct_source
from ingest.services.uploads import enqueue_upload, start_upload


class CorrectionNoticeFilter(admin.SimpleListFilter):
    title = _("correction notice")
    parameter_name = "correction"

    def lookups(self, request, model_admin):
        return [("yes", _("Carries one")), ("no", _("None"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(correction_notice="")
        if self.value() == "no":
            return queryset.filter(correction_notice="")
        return queryset


class CopyFilter(admin.SimpleListFilter):
    title = _("near-duplicates")
    parameter_name = "copies"

    def lookups(self, request, model_admin):
        return [("awaiting", _("Awaiting a decision")), ("copies", _("Kept as copies"))]

    def queryset(self, request, queryset):
        if self.value() == "awaiting":
            return queryset.awaiting_copy_decision()
        if self.value() == "copies":
            return queryset.filter(copy_of__isnull=False)
        return queryset


DISPLAY_DATE_FIELD = "published_at_display_date"


def _without(fields, name: str) -> list:
    """``fields`` (names, or tuples of names on one row) without ``name``; a row left empty is dropped."""
    kept: list = []
    for field in fields:
        if isinstance(field, (list, tuple)):
            row = tuple(other for other in field if other != name)
            if row:
                kept.append(row if len(row) > 1 else row[0])
        elif field != name:
            kept.append(field)
    return kept


@admin.register(Source)
class SourceAdmin(RefusalAwareAdminMixin, admin.ModelAdmin):
    form = SourceCorrectionForm
    change_list_template = "admin/ingest/source/change_list.html"
    list_display = ["headline", "outlet", "published", "language", "notices", "imported_at"]
    list_filter = [
        CopyFilter,
        CorrectionNoticeFilter,
        "outlet__status",
        ("outlet", admin.RelatedOnlyFieldListFilter),
        "language",
        "published_at_source",
        ("published_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["outlet"]
    search_fields = ["title", "body", "dateline", "original_filename", "url"]
    date_hierarchy = "published_at"
    list_per_page = 50
    raw_id_fields = ["copy_of"]
    actions = ["keep_as_copies", "tell_apart", "discard_imports"]
    readonly_fields = [
        "published_at_source",
        "published_at_confidence",
        "published_at_note",
        "published_at_display_date",
        "published_at_confirmed_by",
        "published_at_confirmed_at",
        "correction_notice",
        "near_duplicate",
        "where_it_came_from",
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
                    "url",
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
                    "correction_notice",
                    ("near_duplicate", "copy_of"),
                    "loaded_version",
                ],
                "description": _(
                    "Correct anything the importer got wrong. Corrected fields are kept when the article is "
                    "re-cleaned or imported again."
                ),
            },
        ),
        (
            _("Where this came from"),
            {
                "classes": ["collapse"],
                "fields": ["where_it_came_from"],
                "description": _(
                    "What the importer read each field from, how, and how sure it is (1 = stated plainly, below "
                    "0.5 = a guess an editor should confirm)."
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

    def get_fieldsets(self, request, obj=None):
        """The fieldsets, with "probably the page's display date" (and its explanation) only on a source
        the importer flagged: on any other source it would cast doubt on a date nobody doubts."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.published_at_display_date:
            return fieldsets
        return [
            (title, {**options, "fields": _without(options["fields"], DISPLAY_DATE_FIELD)})
            for title, options in fieldsets
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
            if precision == "minute"
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

    @admin.display(description=_("flags"))
    def notices(self, source: Source) -> str:
        flags = []
        if source.near_duplicate_of_id and not source.copy_of_id:
            flags.append(_("near-duplicate"))
        if source.copy_of_id:
            flags.append(_("copy"))
        if source.correction_notice:
            flags.append(_("correction notice"))
        if source.outlet is not None and source.outlet.status == source.outlet.Status.UNCONFIRMED:
            flags.append(_("unconfirmed outlet"))
        return ", ".join(str(flag) for flag in flags) or "—"

    @admin.display(description=_("nearly duplicates"))
    def near_duplicate(self, source: Source) -> str:
        if not source.near_duplicate_of_id:
            return "—"
        return format_html(
            '<a href="{}">{} {}</a> ({})',
            reverse("admin:ingest_source_change", args=[source.near_duplicate_of_id]),
            _("source"),
            source.near_duplicate_of_id,
            _("similarity %(value).2f") % {"value": source.near_duplicate_similarity or 0},
        )

    @admin.display(description=_("where this came from"))
    def where_it_came_from(self, source: Source) -> str:
        return render_to_string("admin/ingest/source/provenance.html", {"rows": source.provenance})

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

    @admin.action(description=_("Keep as a copy of the source it nearly duplicates"), permissions=["change"])
    def keep_as_copies(self, request, queryset):
        self._decide(request, queryset, keep_as_copy, _("kept as a copy"))

    @admin.action(description=_("Not a copy: keep as an independent source"), permissions=["change"])
    def tell_apart(self, request, queryset):
        self._decide(request, queryset, not_a_copy, _("kept as independent"))

    # Editors decide about imports without the right to delete Sources in general: the service discards only
    # an import awaiting this decision, and never one with claims.
    @admin.action(description=_("Discard the selected near-duplicate imports"), permissions=["change"])
    def discard_imports(self, request, queryset):
        self._decide(request, queryset, discard_import, _("discarded"))

    def _decide(self, request, queryset, decision, done_label) -> None:
        done = 0
        for source in queryset:
            try:
                decision(source=source, user=request.user)
                done += 1
            except CopyDecisionRefused as exc:
                self.message_user(request, str(exc), messages.WARNING)
        if done:
            message = ngettext("%(count)d source %(done)s.", "%(count)d sources %(done)s.", done) % {
                "count": done,
                "done": done_label,
            }
            self.message_user(request, message, messages.SUCCESS)

    def has_add_permission(self, request) -> bool:
        # Sources come in through the upload (or the command and API), never typed into a blank form.
        return False

    def save_model(self, request, obj, form, change):
        edits = {name: form.cleaned_data[name] for name in CORRECTABLE_FIELDS if name in form.cleaned_data}
        original = Source.objects.get(pk=obj.pk)
        try:
            correct_source(
                source=original,
                edits=edits,
                user=request.user,
                expected_version=form.cleaned_data["loaded_version"],
            )
        except StaleEdit as exc:
            raise RefusedSave(str(exc)) from exc

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="ingest_source_upload"),
            path(
                "upload/<int:batch_id>/",
                self.admin_site.admin_view(self.upload_progress_view),
                name="ingest_source_upload_progress",
            ),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        if not request.user.has_perm("ingest.add_source"):
            raise PermissionDenied
        form = SourceUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
            batch = start_upload(files=files, urls=form.cleaned_data["urls"], user=request.user)
            return HttpResponseRedirect(reverse("admin:ingest_source_upload_progress", args=[batch.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload articles"),
            "form": form,
        }
        return TemplateResponse(request, "admin/ingest/source/upload.html", context)

    def upload_progress_view(self, request, batch_id: int):
        if not request.user.has_perm("ingest.add_source"):
            raise PermissionDenied
        if request.method == "POST":
            # Running the import again is harmless (files done are skipped): it is how an upload whose task
            # never reached the broker gets imported.
            batch = get_object_or_404(ImportBatch.objects.unfinished(), pk=batch_id)
            enqueue_upload(batch_id=batch.pk)
            return HttpResponseRedirect(request.path)
        progress = upload_progress(batch_id=batch_id)
        if progress is None:
            raise Http404
        batch, files = progress
        counts = dict.fromkeys(ImportBatchFile.Status.values, 0)
        for item in files:
            counts[item.status] += 1
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload progress"),
            "batch": batch,
            "outcomes": files,
            "counts": counts,
            "refresh_seconds": 2,
        }
        return TemplateResponse(request, "admin/ingest/source/upload_progress.html", context)

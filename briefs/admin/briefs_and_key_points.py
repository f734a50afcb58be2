"""Briefs and their key points: editing, with every key point change recorded for readers."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from briefs.admin.former_slugs import BriefFormerSlugInline
from briefs.models import Brief, Proposition
from briefs.services.editing import (
    key_point_snapshots,
    record_key_point_edits,
    record_key_point_removals,
    save_brief,
)


class PropositionInline(admin.TabularInline):
    model = Proposition
    fields = ["position", "statement", "statement_indonesian", "event_start", "event_end", "event_precision"]
    extra = 0
    show_change_link = True


@admin.register(Brief)
class BriefAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "language", "updated_at"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PropositionInline, BriefFormerSlugInline]
    fields = ["title", "slug", "language", "summary", "title_indonesian", "summary_indonesian"]

    def save_model(self, request, obj, form, change):
        save_brief(brief=obj, user=request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Proposition:
            super().save_formset(request, form, formset, change)
            return
        before = key_point_snapshots(point_ids=[inline.instance.pk for inline in formset.forms])
        deleted = [inline.instance.pk for inline in formset.deleted_forms if inline.instance.pk]
        super().save_formset(request, form, formset, change)
        record_key_point_removals(
            removed={pk: before[pk] for pk in deleted if pk in before}, user=request.user
        )
        saved = [point.pk for point in formset.new_objects] + [
            point.pk for point, _ in formset.changed_objects
        ]
        record_key_point_edits(before=before, point_ids=saved, user=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # After the inline key points: the review page warns of key points edited after the summary,
        # and those saved together with it are not.
        if "summary" in form.changed_data:
            Brief.objects.filter(pk=form.instance.pk).update(summary_updated_at=timezone.now())


@admin.register(Proposition)
class PropositionAdmin(admin.ModelAdmin):
    list_display = ["statement_short", "brief", "position", "claim_count"]
    list_filter = ["brief"]
    list_select_related = ["brief"]
    search_fields = ["statement"]
    autocomplete_fields = ["claims"]
    fields = [
        "brief",
        "position",
        "statement",
        "statement_indonesian",
        ("event_start", "event_end", "event_precision"),
        "claims",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claims_linked=Count("claims"))

    @admin.display(description=_("key point"), ordering="statement")
    def statement_short(self, point: Proposition) -> str:
        return str(point)

    @admin.display(description=_("claims"), ordering="claims_linked")
    def claim_count(self, point: Proposition) -> int:
        return point.claims_linked

    def save_model(self, request, obj, form, change):
        # The key point as readers may have read it, before this save; compared after its claims are saved.
        form.key_point_before = key_point_snapshots(point_ids=[obj.pk]) if change else {}
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        record_key_point_edits(before=form.key_point_before, point_ids=[form.instance.pk], user=request.user)

    def delete_model(self, request, obj):
        before = key_point_snapshots(point_ids=[obj.pk])
        super().delete_model(request, obj)
        record_key_point_removals(removed=before, user=request.user)

    def delete_queryset(self, request, queryset):
        before = key_point_snapshots(point_ids=list(queryset.values_list("pk", flat=True)))
        super().delete_queryset(request, queryset)
        record_key_point_removals(removed=before, user=request.user)

"""Former addresses of renamed actors and briefs, shown read-only on their pages."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from briefs.models import ActorFormerSlug, BriefFormerSlug


class FormerSlugInline(admin.TabularInline):
    """Addresses this record had before a rename; each one redirects readers and partners here."""

    fields = ["slug", "retired_at", "retired_by"]
    readonly_fields = fields
    extra = 0
    verbose_name_plural = _("former addresses (they redirect here)")

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # written by the rename itself

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class ActorFormerSlugInline(FormerSlugInline):
    model = ActorFormerSlug


class BriefFormerSlugInline(FormerSlugInline):
    model = BriefFormerSlug

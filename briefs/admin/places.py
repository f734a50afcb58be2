"""Places that claims' movements name, with coordinates for the brief's route map."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from briefs.models import Place
from briefs.services.editing import save_place


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    """Places claims' movements name, with coordinates for the brief's map (public once published)."""

    list_display = ["name", "name_indonesian", "kind", "latitude", "longitude"]
    list_filter = ["kind"]
    search_fields = ["name", "name_indonesian", "aliases"]
    readonly_fields = ["content_changed_by", "content_changed_at"]
    fieldsets = [
        (None, {"fields": ["name", "name_indonesian", "aliases", "kind"]}),
        (
            _("Where"),
            {
                "fields": [("latitude", "longitude")],
                "description": _(
                    "Decimal degrees (WGS 84), to a tenth of a degree or better: north and east positive. "
                    "A change reaches readers with the next publication of each brief that maps the place."
                ),
            },
        ),
        (_("Review"), {"fields": [("content_changed_by", "content_changed_at")]}),
    ]

    def save_model(self, request, obj, form, change):
        save_place(place=obj, user=request.user)

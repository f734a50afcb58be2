"""Actors: the list, confirming proposed ones and merging one into another."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from briefs.admin.former_slugs import ActorFormerSlugInline
from briefs.forms import ActorMergeForm
from briefs.models import Actor
from briefs.selectors.actors import actor_name_choices
from briefs.services.actors import confirm_actor, merge_actor
from briefs.services.editing import save_actor


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "affiliation", "alias_list", "confirmed"]
    list_filter = ["confirmed", "kind", "country"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases", "roles"]
    autocomplete_fields = ["affiliation"]
    prepopulated_fields = {"slug": ["name"]}
    fields = [
        "name",
        "slug",
        "kind",
        "country",
        "affiliation",
        "description",
        "name_indonesian",
        "description_indonesian",
        "aliases",
        "roles",
        "confirmed",
    ]
    # Confirming and merging are audited actions, not a tick in the form.
    readonly_fields = ["confirmed"]
    actions = ["confirm_selected", "merge_selected"]
    inlines = [ActorFormerSlugInline]

    @admin.display(description=_("aliases"))
    def alias_list(self, actor: Actor) -> str:
        return ", ".join(actor.aliases)

    def save_model(self, request, obj, form, change):
        save_actor(actor=obj, user=request.user)

    @admin.action(description=_("Confirm the selected proposed actors"), permissions=["change"])
    def confirm_selected(self, request: HttpRequest, queryset: QuerySet[Actor]):
        confirmed = [confirm_actor(actor=actor, user=request.user) for actor in queryset.unconfirmed()]
        count = len(confirmed)
        messages.success(
            request,
            ngettext("%(count)d actor confirmed.", "%(count)d actors confirmed.", count) % {"count": count},
        )

    @admin.action(
        description=_("Merge the selected proposed actor into an existing one…"), permissions=["delete"]
    )
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Actor]):
        if queryset.count() != 1:
            messages.error(request, _("Select one proposed actor to merge."))
            return None
        return HttpResponseRedirect(reverse("admin:briefs_actor_merge", args=[queryset.get().pk]))

    def get_urls(self):
        return [
            path(
                "<int:actor_id>/merge/",
                self.admin_site.admin_view(self.merge_view),
                name="briefs_actor_merge",
            ),
            *super().get_urls(),
        ]

    def merge_view(self, request: HttpRequest, actor_id: int):
        if not self.has_change_permission(request):
            raise PermissionDenied
        actor = get_object_or_404(Actor, pk=actor_id)
        form = ActorMergeForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            try:
                target = merge_actor(actor=actor, into=form.cleaned_data["into"], user=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, format_html(_("“{}” merged into “{}”."), actor.name, target.name))
                return HttpResponseRedirect(reverse("admin:briefs_actor_change", args=[target.pk]))
        return TemplateResponse(
            request,
            "admin/briefs/actor/merge.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Merge “%(name)s” into an existing actor") % {"name": actor.name},
                "actor": actor,
                "form": form,
                "actor_names": actor_name_choices(),
            },
        )

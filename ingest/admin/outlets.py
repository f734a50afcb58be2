"""Outlets in the admin: the registry, and the outlets the importer proposed for an editor to confirm or merge."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ingest.forms import OutletForm
from ingest.models import Outlet
from ingest.services.outlets import OutletDecisionRefused, confirm_outlet, merge_outlet


class OutletMergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=_("Merge into"),
        queryset=Outlet.objects.confirmed(),
        help_text=_(
            "The outlet these proposals are. It takes their names as aliases, their signatures and, if it has "
            "none, their domain; their sources move to it."
        ),
    )


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    form = OutletForm
    list_display = ["name", "status", "kind", "domain", "country", "source_count"]
    list_filter = ["status", "kind", "country"]
    search_fields = ["name", "domain", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["status", "seen_as"]
    actions = ["confirm_selected", "merge_selected"]

    def get_queryset(self, request):
        # One annotated query for the changelist, whatever the number of outlets.
        return super().get_queryset(request).annotate(source_count=Count("sources"))

    @admin.display(description=_("sources"), ordering="source_count")
    def source_count(self, outlet: Outlet) -> int:
        return outlet.source_count

    @admin.action(description=_("Confirm the selected proposed outlets"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        done, refused = 0, []
        for outlet in queryset:
            try:
                confirm_outlet(outlet=outlet, user=request.user)
                done += 1
            except OutletDecisionRefused as exc:
                refused.append(str(exc))
        if done:
            message = ngettext(
                "%(count)d outlet confirmed: its signatures now recognise its pages.",
                "%(count)d outlets confirmed: their signatures now recognise their pages.",
                done,
            ) % {"count": done}
            self.message_user(request, message, messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.WARNING)

    @admin.action(
        description=_("Merge the selected proposed outlets into an existing outlet…"), permissions=["change"]
    )
    def merge_selected(self, request, queryset):
        proposals = list(queryset.unconfirmed())
        if not proposals:
            self.message_user(
                request, _("Select outlets the importer proposed (unconfirmed)."), messages.WARNING
            )
            return None
        form = OutletMergeForm(request.POST if "apply" in request.POST else None)
        form.fields["into"].queryset = Outlet.objects.confirmed().exclude(pk__in=[o.pk for o in proposals])
        if "apply" in request.POST and form.is_valid():
            target = form.cleaned_data["into"]
            merged = 0
            for outlet in proposals:
                try:
                    merge_outlet(outlet=outlet, into=target, user=request.user)
                    merged += 1
                except OutletDecisionRefused as exc:
                    self.message_user(request, str(exc), messages.WARNING)
            if merged:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d outlet merged into %(target)s.",
                        "%(count)d outlets merged into %(target)s.",
                        merged,
                    )
                    % {"count": merged, "target": target},
                    messages.SUCCESS,
                )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Merge proposed outlets"),
            "form": form,
            "proposals": proposals,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/ingest/outlet/merge.html", context)

"""Brief revisions: the review page (preview, diff, dates to check) and publish or reject."""

from __future__ import annotations

from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from briefs.models import BriefRevision
from briefs.selectors.review import revision_review
from briefs.services.four_eyes import publication_refusal
from briefs.services.publishing import PublishRefused, can_publish, publish_revision, reject_revision
from briefs.services.source_dates import dates_to_check
from ops.admin import ReadOnlyAdmin
from ops.selectors import audit_trail


@admin.register(BriefRevision)
class BriefRevisionAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Revisions are made by assembly; reviewers open one to see its preview and what changed."""

    list_display = ["brief", "number", "status", "created_at", "reviewed_by", "published_at"]
    list_filter = ["status", "brief"]
    list_select_related = ["brief", "reviewed_by"]
    change_form_template = "admin/briefs/briefrevision/review.html"

    def get_urls(self):
        return [
            path(
                "<int:revision_id>/decide/",
                self.admin_site.admin_view(self.decide_view),
                name="briefs_briefrevision_decide",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        revision = self.get_object(request, object_id)
        if revision is None:
            return super().change_view(request, object_id, form_url, extra_context)
        review = revision_review(revision)
        pending = revision.status == BriefRevision.Status.PENDING_REVIEW
        extra_context = {
            **(extra_context or {}),
            "revision": revision,
            "review": review,
            "dates_to_check": dates_to_check(content=revision.content) if pending else [],
            "content": revision.content,
            "can_publish": can_publish(request.user)
            and revision.status == BriefRevision.Status.PENDING_REVIEW,
            "four_eyes": publication_refusal(revision, request.user)
            if revision.status == BriefRevision.Status.PENDING_REVIEW
            else None,
            "history": revision.brief.revisions.select_related("reviewed_by").order_by("-number"),
            "audit": audit_trail(revision),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def decide_view(self, request: HttpRequest, revision_id: int):
        revision = get_object_or_404(BriefRevision, pk=revision_id)
        back = HttpResponseRedirect(reverse("admin:briefs_briefrevision_change", args=[revision.pk]))
        if request.method != "POST":
            return back
        note = request.POST.get("note", "")
        try:
            if request.POST.get("decision") == "publish":
                confirm = [int(value) for value in request.POST.getlist("confirm_source") if value.isdigit()]
                published = publish_revision(
                    revision=revision, reviewer=request.user, note=note, confirm_source_ids=confirm
                )
                messages.success(
                    request,
                    format_html(
                        _('Revision {} published: readers now see it at <a href="{}">{}</a>.'),
                        published.number,
                        reverse("briefs:detail", args=[published.brief.slug]),
                        reverse("briefs:detail", args=[published.brief.slug]),
                    ),
                )
            else:
                reject_revision(revision=revision, reviewer=request.user, note=note)
                messages.success(request, _("Revision rejected."))
        except PublishRefused as exc:
            messages.error(request, str(exc))
        return back

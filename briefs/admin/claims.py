"""Claims: editing with figures, four-eyes review, re-anchoring an orphan, linking key points."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from briefs.admin.notices import assembly_notice, report_validation_error
from briefs.desk.key_points import claim_text, key_point_candidates
from briefs.forms import AttachKeyPointForm, ClaimEditForm, MovementForm, ReanchorForm, ReviewNoteForm
from briefs.models import Claim, ClaimFigure, Movement, Proposition
from briefs.public.read import public_claims
from briefs.services.claims import (
    StaleClaimEdit,
    reanchor_claim,
    record_related_edit,
    related_snapshot,
    update_claim,
    withdraw_claim,
)
from briefs.services.four_eyes import claim_review_refusal
from briefs.services.key_points import attach_claim, create_key_point, detach_claim
from briefs.services.review import (
    ReviewRefused,
    approve_claim,
    can_review,
    reject_claim,
    request_changes,
    review_claims,
)
from config.admin_refusals import RefusalAwareAdminMixin, RefusedSave
from ops.selectors import audit_trail


class ClaimFigureInline(admin.TabularInline):
    model = ClaimFigure
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        # The figure cap the API and the services apply (CLAIM_MAX_FIGURES), refused with the form's error.
        kwargs.setdefault("validate_max", True)
        return super().get_formset(request, obj, **kwargs)

    def get_max_num(self, request, obj=None, **kwargs):
        return settings.CLAIM_MAX_FIGURES


class MovementInline(admin.TabularInline):
    """What the claim says moved (the brief's route map): claim content, reviewed with the claim."""

    model = Movement
    form = MovementForm
    fk_name = "claim"
    extra = 0
    autocomplete_fields = ["origin", "destination"]
    verbose_name = _("movement the claim states")
    verbose_name_plural = _("movements the claim states (from → to, by, when)")


@admin.register(Claim)
class ClaimAdmin(RefusalAwareAdminMixin, admin.ModelAdmin):
    form = ClaimEditForm
    change_form_template = "admin/briefs/claim/change_form.html"
    list_display = ["quote", "speaker", "stance", "status", "source_link", "created_by", "reviewed_by"]
    list_filter = [
        "status",
        "stance",
        "origin",
        "speaker__kind",
        ("source__outlet", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["speaker", "source", "source__outlet", "created_by", "reviewed_by"]
    search_fields = ["exact", "paraphrase", "quote_english", "speaker__name"]
    autocomplete_fields = ["speaker"]
    actions = ["approve_selected", "reject_selected"]
    inlines = [ClaimFigureInline, MovementInline]
    list_per_page = 50
    readonly_fields = [
        "source_link",
        "quote_in_context",
        "status",
        "origin",
        "created_by",
        "content_changed_by",
        "content_changed_at",
        "reviewed_by",
        "reviewed_at",
        "review_note",
        "audit",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "source_link",
                    "quote_in_context",
                    "speaker",
                    "stance",
                    "key_point_position",
                    "paraphrase",
                    "quote_english",
                    "loaded_version",
                ]
            },
        ),
        (
            _("Dates"),
            {"fields": [("said_on", "said_on_precision"), ("event_start", "event_end", "event_precision")]},
        ),
        (
            _("Review"),
            {
                "fields": [
                    "status",
                    "origin",
                    "created_by",
                    ("content_changed_by", "content_changed_at"),
                    "reviewed_by",
                    "reviewed_at",
                    "review_note",
                ],
                "description": _(
                    "Four eyes: neither the annotator nor whoever last changed the content may approve."
                ),
            },
        ),
        (_("Audit trail"), {"fields": ["audit"]}),
    ]

    def view_on_site(self, claim: Claim) -> str | None:
        """A claim has no page of its own: readers see it on its source's page, once published."""
        if public_claims().filter(pk=claim.pk).exists():
            return reverse("source_detail", args=[claim.source_id])
        return None

    @admin.display(description=_("quote"), ordering="exact")
    def quote(self, claim: Claim) -> str:
        return claim.exact if len(claim.exact) <= 90 else claim.exact[:89] + "…"

    @admin.display(description=_("source"), ordering="source")
    def source_link(self, claim: Claim) -> str:
        url = reverse("admin:ingest_source_change", args=[claim.source_id])
        return format_html('<a href="{}">{}</a>', url, claim.source.outlet or claim.source)

    @admin.display(description=_("quoted words"))
    def quote_in_context(self, claim: Claim) -> str:
        return format_html(
            '<span class="claim-context">…{}<mark>{}</mark>{}…</span><br><small>{} {}–{}</small>',
            claim.prefix,
            claim.exact,
            claim.suffix,
            _("characters"),
            claim.start,
            claim.end,
        )

    @admin.display(description=_("history"))
    def audit(self, claim: Claim) -> str:
        return render_to_string("admin/ops/audit_trail.html", {"entries": audit_trail(claim)})

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Claims are made on a Source's page, from a selection or a suggestion, so the span is always real.
        return False

    def save_model(self, request, obj, form, change):
        edits = {
            name: form.cleaned_data[name] for name in ClaimEditForm.Meta.fields if name in form.cleaned_data
        }
        try:
            update_claim(
                claim=obj,
                edits=edits,
                user=request.user,
                expected_version=form.cleaned_data["loaded_version"],
            )
        except (StaleClaimEdit, ValidationError) as exc:
            # Nothing of a refused form is saved, its figures included.
            raise RefusedSave(" ".join(getattr(exc, "messages", [str(exc)]))) from exc

    def save_related(self, request, form, formsets, change):
        before = related_snapshot(form.instance)
        super().save_related(request, form, formsets, change)
        record_related_edit(claim=form.instance, before=before, user=request.user)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_review(request.user):
            actions.pop("approve_selected", None)
            actions.pop("reject_selected", None)
        return actions

    @admin.action(description=_("Approve selected claims"))
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[Claim]):
        self._bulk_review(request, queryset, approve=True, note="")

    @admin.action(description=_("Reject selected claims (asks for a note)"))
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[Claim]):
        form = ReviewNoteForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid() and form.cleaned_data["note"].strip():
            self._bulk_review(request, queryset, approve=False, note=form.cleaned_data["note"])
            return None
        return TemplateResponse(
            request,
            "admin/briefs/claim/reject_selected.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Reject claims"),
                "claims": queryset.select_related("speaker"),
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    def _bulk_review(
        self, request: HttpRequest, queryset: QuerySet[Claim], *, approve: bool, note: str
    ) -> None:
        report = review_claims(claims=list(queryset), reviewer=request.user, approve=approve, note=note)
        if report.done:
            verb = _("approved") if approve else _("rejected")
            messages.success(
                request, _("%(count)s claims %(verb)s.") % {"count": len(report.done), "verb": verb}
            )
            messages.info(request, assembly_notice([claim.pk for claim in report.done]))
        for claim, reason in report.refused:
            messages.warning(request, format_html("#{}: {}", claim.pk, reason))

    def get_urls(self):
        return [
            path(
                "<int:claim_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name="briefs_claim_review",
            ),
            path(
                "<int:claim_id>/reanchor/",
                self.admin_site.admin_view(self.reanchor_view),
                name="briefs_claim_reanchor",
            ),
            path(
                "<int:claim_id>/key-points/",
                self.admin_site.admin_view(self.key_points_view),
                name="briefs_claim_key_points",
            ),
            *super().get_urls(),
        ]

    def review_view(self, request: HttpRequest, claim_id: int):
        claim = get_object_or_404(Claim, pk=claim_id)
        back = HttpResponseRedirect(reverse("admin:briefs_claim_change", args=[claim.pk]))
        if request.method != "POST":
            return back
        form = ReviewNoteForm(request.POST)
        form.is_valid()
        note = form.cleaned_data.get("note", "")
        decision = request.POST.get("decision")
        try:
            if decision == "approve":
                approve_claim(claim=claim, reviewer=request.user, note=note)
                messages.success(request, _("Claim approved."))
                messages.info(request, assembly_notice([claim.pk]))
            elif decision == "request_changes":
                request_changes(claim=claim, reviewer=request.user, note=note)
                messages.success(
                    request, _("Sent back to its editor with your comment; it waits on their desk.")
                )
            elif decision == "reject":
                reject_claim(claim=claim, reviewer=request.user, note=note)
                messages.success(request, _("Claim rejected."))
                messages.info(request, assembly_notice([claim.pk]))
            else:
                messages.error(request, _("Choose Approve, Request changes or Reject."))
        except (ReviewRefused, PermissionDenied) as exc:
            messages.error(request, str(exc) or _("Only reviewers can review claims."))
        return back

    def reanchor_view(self, request: HttpRequest, claim_id: int):
        """An orphaned claim: its old words and context beside the article as it is now; the editor selects
        the new span and re-anchors it, or withdraws the claim."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        claim = get_object_or_404(Claim.objects.select_related("source", "speaker"), pk=claim_id)
        form = ReanchorForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            try:
                if request.POST.get("decision") == "withdraw":
                    withdraw_claim(claim=claim, user=request.user, note=data["note"])
                    messages.success(request, format_html(_("Claim #{} withdrawn."), claim.pk))
                    return HttpResponseRedirect(reverse("admin:desk") + "#queue-orphans")
                if data["start"] is None or data["end"] is None:
                    raise ValidationError(_("Select the claim's words in the article first."))
                reanchor_claim(
                    claim=claim, start=data["start"], end=data["end"], exact=data["exact"], user=request.user
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                messages.success(
                    request,
                    format_html(_("Claim #{} re-anchored; it is a draft again, for a new review."), claim.pk),
                )
                return HttpResponseRedirect(reverse("admin:briefs_claim_change", args=[claim.pk]))
        return TemplateResponse(
            request,
            "admin/briefs/claim/reanchor.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Re-anchor claim #%(pk)s") % {"pk": claim.pk},
                "claim": claim,
                "form": form,
                "body": claim.source.body,
            },
        )

    def key_points_view(self, request: HttpRequest, claim_id: int):
        """Attach the claim to a key point (ranked, picked or new), or detach it from one."""
        if not request.user.has_perm("briefs.change_proposition"):
            raise PermissionDenied
        claim = get_object_or_404(Claim, pk=claim_id)
        back = HttpResponseRedirect(reverse("admin:briefs_claim_change", args=[claim.pk]) + "#key-points")
        if request.method != "POST":
            return back
        if "detach" in request.POST:
            point = get_object_or_404(Proposition, pk=request.POST.get("detach"))
            detach_claim(claim=claim, key_point=point, user=request.user)
            messages.success(request, format_html(_("Removed from the key point “{}”."), point))
            return back
        form = AttachKeyPointForm(request.POST)
        if not form.is_valid():
            for error in form.errors.values():
                for message in error:
                    messages.error(request, message)
            return back
        try:
            if form.cleaned_data["new_key_point_obj"] is not None:
                new = form.cleaned_data["new_key_point_obj"]
                point = create_key_point(
                    brief=new.brief, statement=new.statement, user=request.user, claims=(claim,)
                )
            else:
                point = attach_claim(
                    claim=claim, key_point=form.cleaned_data["key_point_obj"], user=request.user
                )
        except ValidationError as exc:
            report_validation_error(request, exc)
            return back
        messages.success(request, format_html(_("Linked to the key point “{}”."), point))
        return back

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        linked = list(claim.key_points.select_related("brief")) if claim is not None else []
        extra_context = {
            **(extra_context or {}),
            "linked_key_points": linked,
            "key_point_candidates": key_point_candidates(
                claim=claim_text(claim), exclude_ids=[point.pk for point in linked]
            )
            if claim is not None
            else [],
            "key_point_form": AttachKeyPointForm(),
            "can_link_key_points": request.user.has_perm("briefs.change_proposition"),
            "can_review": can_review(request.user),
            # Said before the reviewer clicks; the service refuses it anyway.
            "review_refusal": claim_review_refusal(claim, request.user) if claim is not None else None,
        }
        return super().change_view(request, object_id, form_url, extra_context)

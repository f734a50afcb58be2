from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, QuerySet, URLField
from django.http import HttpRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from briefs.desk.admin_views import desk_view
from briefs.desk.key_points import claim_text, key_point_candidates, typed_speaker_names
from briefs.forms import (
    ActorMergeForm,
    AnnotateForm,
    AttachKeyPointForm,
    ClaimEditForm,
    ReanchorForm,
    ReviewNoteForm,
    SourceDateForm,
)
from briefs.key_point_ranking import ClaimText
from briefs.models import (
    Actor,
    ActorFormerSlug,
    ApiToken,
    Brief,
    BriefFormerSlug,
    BriefRevision,
    ChangeEvent,
    Claim,
    ClaimFigure,
    ClaimSuggestion,
    EditorProfile,
    Partner,
    Proposition,
    Webhook,
    WebhookDelivery,
)
from briefs.public.read import has_source_page, public_claims
from briefs.selectors.actors import actor_name_choices
from briefs.selectors.annotation import source_annotation
from briefs.selectors.review import revision_review
from briefs.services.actors import confirm_actor, merge_actor
from briefs.services.annotation import annotate
from briefs.services.claims import (
    PARAPHRASE_MAX_CHARS,
    QUOTE_MAX_CHARS,
    StaleClaimEdit,
    figure_snapshot,
    reanchor_claim,
    record_figure_edit,
    update_claim,
    withdraw_claim,
)
from briefs.services.editing import (
    key_point_snapshots,
    record_key_point_edits,
    record_key_point_removals,
    save_actor,
    save_brief,
)
from briefs.services.four_eyes import claim_review_refusal, publication_refusal
from briefs.services.key_points import attach_claim, create_key_point, detach_claim
from briefs.services.partners import TokenRefused, issue_token, revoke_token
from briefs.services.publishing import PublishRefused, can_publish, publish_revision, reject_revision
from briefs.services.review import (
    ReviewRefused,
    approve_claim,
    can_review,
    reject_claim,
    request_changes,
    review_claims,
)
from briefs.services.source_dates import confirm_source_dates, dates_to_check, record_date_change
from briefs.services.suggestions import (
    accept_suggestion,
    actor_lexicon,
    dismiss_suggestion,
    generate_suggestions,
)
from config.admin_refusals import RefusalAwareAdminMixin, RefusedSave
from ingest.admin import SourceAdmin
from ingest.models import Source
from ops.admin import ReadOnlyAdmin
from ops.selectors import audit_trail


def proposed_speaker_notice(speaker: Actor) -> str:
    """A claim was made for a speaker proposed earlier and not confirmed yet: say how it came in."""
    if speaker.proposed_via:
        return format_html(
            _(
                "“{}” is a proposed speaker ({}), not confirmed yet: confirm or merge it on the desk before "
                "approval."
            ),
            speaker,
            speaker.get_proposed_via_display(),
        )
    return format_html(
        _("“{}” is a proposed speaker, not confirmed yet: confirm or merge it on the desk before approval."),
        speaker,
    )


def assembly_notice(claim_ids: list[int]) -> str:
    """After a review: which briefs get a new revision, when, and where the reviewer will find it."""
    briefs = list(Brief.objects.filter(key_points__claims__pk__in=claim_ids).distinct().order_by("title"))
    if not briefs:
        return _(
            "These claims are in no key point, so no brief changes: link them to a key point on the "
            "claim's page."
        )
    link = reverse("admin:briefs_briefrevision_changelist") + "?status__exact=pending_review"
    return format_html(
        _(
            "In about {} seconds a new revision of {} is assembled (when its content changed); it waits "
            'for a reviewer under <a href="{}">Brief revisions → pending review</a> and on the desk.'
        ),
        settings.BRIEF_ASSEMBLY_DEBOUNCE_SECONDS,
        ", ".join(f"“{brief.title}”" for brief in briefs),
        link,
    )


def _report_validation_error(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


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
        messages.success(request, _("%(count)s actors confirmed.") % {"count": len(confirmed)})

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


class ClaimFigureInline(admin.TabularInline):
    model = ClaimFigure
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        # The figure cap the API and the services apply (CLAIM_MAX_FIGURES), refused with the form's error.
        kwargs.setdefault("validate_max", True)
        return super().get_formset(request, obj, **kwargs)

    def get_max_num(self, request, obj=None, **kwargs):
        return settings.CLAIM_MAX_FIGURES


@admin.register(Claim)
class ClaimAdmin(RefusalAwareAdminMixin, admin.ModelAdmin):
    form = ClaimEditForm
    change_form_template = "admin/briefs/claim/change_form.html"
    list_display = ["quote", "speaker", "stance", "status", "source_link", "created_by", "reviewed_by"]
    list_filter = ["status", "stance", "origin", "speaker__kind", "source__outlet"]
    list_select_related = ["speaker", "source", "source__outlet", "created_by", "reviewed_by"]
    #: Who may not approve: the annotator and the last person who changed the content (four eyes).
    search_fields = ["exact", "paraphrase", "quote_english", "speaker__name"]
    autocomplete_fields = ["speaker"]
    actions = ["approve_selected", "reject_selected"]
    inlines = [ClaimFigureInline]
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
                    "paraphrase",
                    "quote_english",
                    "loaded_version",
                ]
            },
        ),
        (_("Dates"), {"fields": ["said_on", ("event_start", "event_end", "event_precision")]}),
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
        before = figure_snapshot(form.instance)
        super().save_related(request, form, formsets, change)
        record_figure_edit(claim=form.instance, before=before, user=request.user)

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
            _report_validation_error(request, exc)
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


@admin.register(EditorProfile)
class EditorProfileAdmin(admin.ModelAdmin):
    """Public names: how readers see the people who publish ("reviewed by …"), never their logins.

    Each person sets their own; only those who manage accounts see and set everyone's."""

    list_display = ["user", "public_name"]
    list_select_related = ["user"]
    search_fields = ["user__username", "public_name"]
    raw_id_fields = ["user"]

    def _manages_accounts(self, request: HttpRequest) -> bool:
        return request.user.has_perm("auth.change_user")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if self._manages_accounts(request) else queryset.filter(user=request.user)

    def get_fields(self, request, obj=None):
        return ["user", "public_name"] if self._manages_accounts(request) else ["public_name"]

    def has_add_permission(self, request) -> bool:
        if not super().has_add_permission(request):
            return False
        return self._manages_accounts(request) or not EditorProfile.objects.filter(user=request.user).exists()

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if self._manages_accounts(request):
            return form
        owner = request.user

        class OwnProfileForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.user_id is None:
                    # Before validation, so the model's check against the login name sees the owner.
                    self.instance.user = owner

        return OwnProfileForm


class EditorProfileInline(admin.StackedInline):
    model = EditorProfile
    fields = ["public_name"]
    can_delete = False
    verbose_name_plural = _("public name")


class UserWithPublicNameAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, EditorProfileInline]


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), UserWithPublicNameAdmin)


def _with_confirm_box(fieldsets: list) -> list:
    """The Source fieldsets with the "confirm date" box right after the date's confirmation fields."""
    (title, options), *rest = fieldsets
    fields = []
    for field in options["fields"]:
        fields.append(field)
        if field == ("published_at_confirmed_by", "published_at_confirmed_at"):
            fields.append("confirm_date")
    return [(title, {**options, "fields": fields}), *rest]


class AnnotatedSourceAdmin(SourceAdmin):
    """The Source page with the annotation panel: highlighted claims, suggestions, a selection form."""

    change_form_template = "admin/ingest/source/annotated_change_form.html"
    form = SourceDateForm
    fieldsets = _with_confirm_box(SourceAdmin.fieldsets)
    actions = [*SourceAdmin.actions, "suggest_claims_for_selected", "confirm_dates_of_selected"]

    @admin.action(
        description=_("Confirm the publication dates of the selected sources"), permissions=["change"]
    )
    def confirm_dates_of_selected(self, request: HttpRequest, queryset: QuerySet[Source]):
        try:
            confirmed = confirm_source_dates(
                source_ids=queryset.values_list("pk", flat=True),
                user=request.user,
                note="Confirmed in the source list",
            )
        except ValidationError as exc:
            _report_validation_error(request, exc)
            return
        messages.success(request, _("%(count)s publication dates confirmed.") % {"count": len(confirmed)})

    def save_model(self, request, obj, form, change):
        before = Source.objects.get(pk=obj.pk)
        super().save_model(request, obj, form, change)
        after = Source.objects.get(pk=obj.pk)
        record_date_change(before=before, after=after, user=request.user, note="Corrected on the source page")
        if form.cleaned_data.get("confirm_date"):
            confirm_source_dates(source_ids=[obj.pk], user=request.user, note="Confirmed on the source page")

    def view_on_site(self, source: Source) -> str | None:
        """The reader's page, only when a publication cites the source (it is a 404 before)."""
        if has_source_page(source.pk):
            return source.get_absolute_url()
        return None

    @admin.action(description=_("Find claim suggestions in the selected sources"), permissions=["annotate"])
    def suggest_claims_for_selected(self, request: HttpRequest, queryset: QuerySet[Source]):
        lexicon = actor_lexicon()
        found = sum(len(generate_suggestions(source=source, lexicon=lexicon)) for source in queryset)
        messages.info(request, _("%(count)s new suggestions.") % {"count": found})

    def has_annotate_permission(self, request: HttpRequest) -> bool:
        """Annotating a source is adding claims to it (also what `permissions=["annotate"]` asks)."""
        return request.user.has_perm("briefs.add_claim")

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:source_id>/claims/add/", view(self.add_claim_view), name="ingest_source_add_claim"),
            path("<int:source_id>/suggestions/", view(self.suggest_view), name="ingest_source_suggest"),
            path(
                "<int:source_id>/key-points/",
                view(self.key_point_candidates_view),
                name="ingest_source_key_point_candidates",
            ),
            path(
                "suggestions/<int:suggestion_id>/<str:decision>/",
                view(self.decide_suggestion_view),
                name="ingest_source_decide_suggestion",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        source = self.get_object(request, object_id)
        if source is not None:
            extra_context = {
                **(extra_context or {}),
                "annotation": source_annotation(source),
                "annotate_form": AnnotateForm(),
                "actor_names": actor_name_choices(),
                "can_annotate": self.has_annotate_permission(request),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def _back_to(self, source_id: int, anchor: str = "annotation") -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:ingest_source_change", args=[source_id]) + f"#{anchor}")

    def add_claim_view(self, request: HttpRequest, source_id: int):
        if not self.has_annotate_permission(request):
            raise PermissionDenied
        source = get_object_or_404(Source, pk=source_id)
        if request.method != "POST":
            return self._back_to(source.pk)
        form = AnnotateForm(request.POST)
        if not form.is_valid():
            for field, errors in form.errors.items():
                label = form.fields[field].label if field in form.fields else ""
                for error in errors:
                    messages.error(request, f"{label}: {error}" if label else error)
            return self._back_to(source.pk)
        data = form.cleaned_data
        try:
            made = annotate(
                source=source,
                speaker=data["speaker"],
                new_speaker=data["new_speaker_obj"],
                stance=data["stance"],
                start=data["start"],
                end=data["end"],
                exact=data["exact"],
                paraphrase=data["paraphrase"],
                quote_english=data["quote_english"],
                said_on=data["said_on"],
                event_start=data["event_start"],
                event_end=data["event_end"],
                event_precision=data["event_precision"],
                key_point=data["key_point_obj"],
                new_key_point=data["new_key_point_obj"],
                user=request.user,
            )
        except ValidationError as exc:
            _report_validation_error(request, exc)
            return self._back_to(source.pk)
        claim = made.claim
        messages.success(request, format_html(_("Draft claim #{} created: {}"), claim.pk, claim))
        if made.key_point is not None:
            messages.info(request, format_html(_("Linked to the key point “{}”."), made.key_point))
        if made.speaker_created:
            messages.info(
                request,
                format_html(
                    _("“{}” is proposed as a new speaker: confirm or merge it on the desk before approval."),
                    claim.speaker,
                ),
            )
        elif made.speaker_proposed:
            messages.info(request, proposed_speaker_notice(claim.speaker))
        return self._back_to(source.pk, f"claim-{claim.pk}")

    def key_point_candidates_view(self, request: HttpRequest, source_id: int):
        """JSON for the panel: the three key points most like the words and speaker being annotated."""
        if not self.has_annotate_permission(request):
            raise PermissionDenied
        text = ClaimText(
            quote=request.GET.get("quote", "")[:QUOTE_MAX_CHARS],
            paraphrase=request.GET.get("paraphrase", "")[:PARAPHRASE_MAX_CHARS],
            speaker_names=typed_speaker_names(
                speaker=request.GET.get("speaker", ""),
                new_name=request.GET.get("new_speaker_name", ""),
                new_affiliation=request.GET.get("new_speaker_affiliation", ""),
                new_aliases=request.GET.get("new_speaker_aliases", "")[:2000],
            ),
        )
        return JsonResponse(
            {
                "candidates": [
                    {
                        "id": candidate.key_point.pk,
                        "statement": candidate.key_point.statement,
                        "brief": candidate.key_point.brief.title,
                        "score": candidate.score,
                        "reasons": list(candidate.reasons),
                    }
                    for candidate in key_point_candidates(claim=text)
                ]
            }
        )

    def suggest_view(self, request: HttpRequest, source_id: int):
        if not self.has_annotate_permission(request):
            raise PermissionDenied
        source = get_object_or_404(Source, pk=source_id)
        if request.method == "POST":
            created = generate_suggestions(source=source)
            messages.info(request, _("%(count)s new suggestions.") % {"count": len(created)})
        return self._back_to(source.pk, "suggestions")

    def decide_suggestion_view(self, request: HttpRequest, suggestion_id: int, decision: str):
        if not self.has_annotate_permission(request):
            raise PermissionDenied
        suggestion = get_object_or_404(ClaimSuggestion.objects.select_related("source"), pk=suggestion_id)
        if request.method != "POST" or decision not in {"accept", "dismiss"}:
            return self._back_to(suggestion.source_id, "suggestions")
        if decision == "dismiss":
            dismiss_suggestion(suggestion=suggestion, user=request.user)
            messages.info(request, _("Suggestion dismissed; it will not be suggested again."))
            return self._back_to(suggestion.source_id, "suggestions")
        try:
            claim = accept_suggestion(suggestion=suggestion, user=request.user)
        except ValidationError as exc:
            _report_validation_error(request, exc)
            return self._back_to(suggestion.source_id, "suggestions")
        messages.success(request, format_html(_("Draft claim #{} created from the suggestion."), claim.pk))
        return self._back_to(suggestion.source_id, f"claim-{claim.pk}")


admin.site.unregister(Source)
admin.site.register(Source, AnnotatedSourceAdmin)


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


# --- Syndication: partners, API tokens, webhooks, deliveries, the change feed ---------------------------


class WebhookInline(admin.TabularInline):
    model = Webhook
    formfield_overrides = {URLField: {"assume_scheme": "https"}}
    fields = ["url", "is_active", "created_at"]
    readonly_fields = ["created_at"]
    extra = 0
    show_change_link = True


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "contact_email", "is_active", "created_at"]
    list_filter = ["is_active"]
    list_select_related = ["user"]
    search_fields = ["name", "user__username", "contact_email"]
    raw_id_fields = ["user"]
    inlines = [WebhookInline]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are made here and shown once; only their SHA-256 is stored. Revoke with the action."""

    list_display = ["name", "prefix_shown", "user", "created_at", "last_used_at", "expires_at", "state"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    list_select_related = ["user"]
    search_fields = ["name", "prefix", "user__username"]
    raw_id_fields = ["user"]
    actions = ["revoke_selected"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["user", "name", "expires_at"]
        return [
            "name",
            "user",
            "prefix_shown",
            "created_at",
            "created_by",
            "last_used_at",
            "expires_at",
            "state",
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["user", "prefix_shown", "created_at", "created_by", "last_used_at", "expires_at", "state"]

    @admin.display(description=_("token"), ordering="prefix")
    def prefix_shown(self, token: ApiToken) -> str:
        return f"{token.prefix}…"

    @admin.display(description=_("state"))
    def state(self, token: ApiToken) -> str:
        if token.revoked_at:
            return _("revoked %(when)s") % {"when": f"{token.revoked_at:%Y-%m-%d %H:%M}"}
        return _("active")

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        try:
            issued = issue_token(
                user=obj.user, name=obj.name, expires_at=obj.expires_at, created_by=request.user
            )
        except TokenRefused as exc:
            raise ValidationError(str(exc)) from exc
        obj.pk, obj.prefix, obj.key_hash = issued.token.pk, issued.token.prefix, issued.token.key_hash
        obj._state.adding = False
        self.message_user(
            request,
            format_html(
                "Copy the token now: it is shown only this once and cannot be recovered. <code>{}</code>",
                issued.plain,
            ),
            messages.WARNING,
        )

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # revoke instead: the record of who had access stays

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke_selected(self, request: HttpRequest, queryset: QuerySet[ApiToken]):
        for token in queryset:
            revoke_token(token=token, revoked_by=request.user)
        self.message_user(request, _("%(count)d token(s) revoked.") % {"count": len(queryset)})


class WebhookDeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = ["revision", "status", "attempts", "last_status_code", "last_error", "delivered_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("revision__brief")


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ["url", "partner", "is_active", "created_at"]
    list_filter = ["is_active", "partner"]
    list_select_related = ["partner"]
    search_fields = ["url", "partner__name"]
    fields = ["partner", "url", "secret", "is_active"]
    formfield_overrides = {URLField: {"assume_scheme": "https"}}
    inlines = [WebhookDeliveryInline]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The delivery log: one row per publication per webhook, each attempt listed."""

    list_display = [
        "revision",
        "webhook",
        "status",
        "attempts",
        "last_status_code",
        "delivered_at",
        "created_at",
    ]
    list_filter = ["status"]
    list_select_related = ["revision__brief", "webhook__partner"]
    search_fields = ["webhook__url", "webhook__partner__name", "revision__brief__slug"]
    readonly_fields = [
        "webhook",
        "revision",
        "event",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "leased_until",
        "delivered_at",
        "created_at",
        "attempts_table",
        "payload",
    ]
    exclude = ["attempt_log"]

    @admin.display(description=_("attempts"))
    def attempts_table(self, delivery: WebhookDelivery) -> str:
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} ms</td></tr>",
            (
                (
                    entry.get("at", ""),
                    entry.get("status") or "—",
                    entry.get("error") or "",
                    entry.get("ms", ""),
                )
                for entry in delivery.attempt_log
            ),
        )
        return format_html(
            "<table><tr><th>at</th><th>HTTP</th><th>error</th><th>took</th></tr>{}</table>", rows
        )


@admin.register(ChangeEvent)
class ChangeEventAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The change feed partners read at /api/v1/changes/. Append-only."""

    list_display = ["id", "kind", "brief", "revision", "claim_id", "actor", "occurred_at"]
    list_filter = ["kind"]
    list_select_related = ["brief", "revision__brief", "actor"]


admin.site.add_view("desk/", desk_view, "desk")

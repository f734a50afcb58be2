"""The Source page with the annotation panel: claims from a selection or a suggestion, dates to confirm."""

from __future__ import annotations

import copy

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from briefs.admin.notices import proposed_speaker_notice, report_validation_error
from briefs.desk.key_points import key_point_candidates, typed_speaker_names
from briefs.forms import AnnotateForm, SourceDateForm, claim_movement_formset, movements_to_keep
from briefs.key_point_ranking import ClaimText
from briefs.models import Claim, ClaimSuggestion
from briefs.public.read import has_source_page
from briefs.selectors.actors import actor_name_choices
from briefs.selectors.annotation import place_choices, source_annotation
from briefs.services.annotation import annotate
from briefs.services.claims import PARAPHRASE_MAX_CHARS, QUOTE_MAX_CHARS, set_movements
from briefs.services.source_dates import confirm_source_dates, record_date_change
from briefs.services.suggestions import (
    accept_suggestion,
    actor_lexicon,
    dismiss_suggestion,
    generate_suggestions,
)
from ingest.admin import SourceAdmin
from ingest.models import Source


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
            report_validation_error(request, exc)
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
        messages.info(request, new_suggestions_message(found))

    def has_annotate_permission(self, request: HttpRequest) -> bool:
        """Annotating a source is adding claims to it (also what `permissions=["annotate"]` asks)."""
        return request.user.has_perm("briefs.add_claim")

    def has_movement_permission(self, request: HttpRequest) -> bool:
        """Editing what a claim says moved changes the claim and replaces its movements."""
        return request.user.has_perms(
            ["briefs.change_claim", "briefs.add_movement", "briefs.change_movement", "briefs.delete_movement"]
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:source_id>/claims/add/", view(self.add_claim_view), name="ingest_source_add_claim"),
            path("<int:source_id>/suggestions/", view(self.suggest_view), name="ingest_source_suggest"),
            path(
                "<int:source_id>/claims/<int:claim_id>/movements/",
                view(self.claim_movements_view),
                name="ingest_source_claim_movements",
            ),
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
            annotation = source_annotation(source)
            can_edit_movements = self.has_movement_permission(request)
            places = place_choices() if can_edit_movements and annotation.claims else None
            refused_id, refused_forms = (extra_context or {}).get("refused_movements", (None, None))
            extra_context = {
                **(extra_context or {}),
                "annotation": annotation,
                "claim_rows": [
                    (
                        claim,
                        refused_forms
                        if claim.pk == refused_id
                        else claim_movement_formset(claim, place_choices=places)
                        if can_edit_movements
                        else None,
                    )
                    for claim in annotation.claims
                ],
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
                said_on_precision=data["said_on_precision"] or "day",
                event_start=data["event_start"],
                event_end=data["event_end"],
                event_precision=data["event_precision"],
                key_point=data["key_point_obj"],
                new_key_point=data["new_key_point_obj"],
                user=request.user,
            )
        except ValidationError as exc:
            report_validation_error(request, exc)
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

    def claim_movements_view(self, request: HttpRequest, source_id: int, claim_id: int):
        """The panel's per-claim movement form: replace what the claim says moved (set_movements)."""
        if not self.has_movement_permission(request):
            raise PermissionDenied
        claim = get_object_or_404(
            Claim.objects.prefetch_related("movements"), pk=claim_id, source_id=source_id
        )
        if request.method != "POST":
            return self._back_to(source_id, f"claim-{claim.pk}")
        formset = claim_movement_formset(claim, data=request.POST)
        if not formset.is_valid():
            return self._movements_refused(request, source_id, claim, formset)
        try:
            changed = set_movements(claim=claim, movements=movements_to_keep(formset), user=request.user)
        except ValidationError as exc:
            report_validation_error(request, exc)
            return self._movements_refused(request, source_id, claim, formset)
        if changed:
            messages.success(
                request,
                format_html(
                    _("Movements of claim #{} saved; if it was reviewed, it goes back to review."), claim.pk
                ),
            )
        else:
            messages.info(request, format_html(_("Movements of claim #{} unchanged."), claim.pk))
        return self._back_to(source_id, f"claim-{claim.pk}")

    def _movements_refused(self, request: HttpRequest, source_id: int, claim: Claim, formset):
        """The panel again, with this claim's movement form open as the editor filled it and its errors
        beside the fields: a redirect would lose what was chosen and show the errors a page away."""
        messages.error(
            request, format_html(_("Movements of claim #{} not saved: see the errors in its form."), claim.pk)
        )
        first_error = next(
            (form.fields[name] for form in formset.forms for name in form.errors if name in form.fields), None
        )
        if first_error is not None:
            first_error.widget.attrs["autofocus"] = True  # brings the form into view
        # The admin saves the Source's own form on any POST; the page is shown as a GET would show it,
        # through a copy so that the middleware still sees the request that came in.
        shown_as_on_get = copy.copy(request)
        shown_as_on_get.method = "GET"
        return self.change_view(
            shown_as_on_get, str(source_id), extra_context={"refused_movements": (claim.pk, formset)}
        )

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
            messages.info(request, new_suggestions_message(len(created)))
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
            report_validation_error(request, exc)
            return self._back_to(suggestion.source_id, "suggestions")
        messages.success(request, format_html(_("Draft claim #{} created from the suggestion."), claim.pk))
        return self._back_to(suggestion.source_id, f"claim-{claim.pk}")


admin.site.unregister(Source)
admin.site.register(Source, AnnotatedSourceAdmin)


def new_suggestions_message(count: int) -> str:
    return ngettext("%(count)s new suggestion.", "%(count)s new suggestions.", count) % {"count": count}

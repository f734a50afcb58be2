from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from briefs.models import Claim
from briefs.selectors import ActorNotFound, resolve_actor
from briefs.services.claims import validate_event_dates


class SpeakerField(forms.CharField):
    """A speaker typed by any of its names; resolved to the Actor ("Korut" → North Korea)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"list": "actor-names", "autocomplete": "off"}))
        super().__init__(*args, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        try:
            return resolve_actor(text)
        except ActorNotFound as exc:
            raise forms.ValidationError(str(exc), code="unknown_actor") from exc


class ActorMergeForm(forms.Form):
    """The existing actor a proposed one turns out to be."""

    into = SpeakerField(
        label=_("merge into"),
        help_text=_(
            "Any name or alias of the existing actor; the proposed actor's names become its aliases."
        ),
    )


class AnnotateForm(forms.Form):
    """A new claim on a span of the body. The JS fills the offsets from a selection; without JS, type them."""

    start = forms.IntegerField(label=_("start offset"), min_value=0)
    end = forms.IntegerField(label=_("end offset"), min_value=1)
    exact = forms.CharField(
        label=_("quoted words"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Must be exactly the article's text between the two offsets."),
    )
    speaker = SpeakerField(label=_("speaker"), help_text=_("Any name or alias: Korut, DPRK, Pyongyang…"))
    stance = forms.ChoiceField(label=_("stance"), choices=Claim.Stance.choices)
    paraphrase = forms.CharField(
        label=_("paraphrase"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    said_on = forms.DateField(
        label=_("said on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    event_start = forms.DateField(
        label=_("event date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    event_end = forms.DateField(
        label=_("event end"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    event_precision = forms.ChoiceField(
        label=_("precision"), required=False, choices=[("", "—"), *Claim.Precision.choices]
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is not None and end is not None and end <= start:
            raise forms.ValidationError(_("The end offset must come after the start."), code="empty_span")
        return cleaned


class ClaimEditForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ["speaker", "stance", "paraphrase", "said_on", "event_start", "event_end", "event_precision"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        version = cleaned.get("loaded_version")
        if self.instance.pk and version is not None:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current != version:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this claim while you were editing it. Reload the page to see "
                        "their changes, then apply yours again."
                    ),
                    code="stale",
                )
        # The service's own rule, so that a refusal is a form error with the editor's input kept.
        try:
            validate_event_dates(
                event_start=cleaned.get("event_start"),
                event_end=cleaned.get("event_end"),
                precision=cleaned.get("event_precision") or "",
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class ReviewNoteForm(forms.Form):
    note = forms.CharField(
        label=_("review note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when rejecting: it goes back to the annotator."),
    )

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from briefs.desk.key_points import key_point_choices
from briefs.models import Brief, Claim, Movement, Proposition
from briefs.selectors.actors import ActorNotFound, resolve_actor
from briefs.services.annotation import NewKeyPoint, NewSpeaker
from briefs.services.claims import (
    EDITABLE_FIELDS,
    QUOTE_ENGLISH_MAX_CHARS,
    MovementInput,
    validate_event_dates,
    validate_movement,
)
from briefs.services.key_points import validate_statement
from ingest.forms import SourceCorrectionForm

#: No stance is preselected: the editor reads the words and chooses.
STANCE_CHOICES = [("", _("Choose…")), *Claim.Stance.choices]


class SpeakerField(forms.CharField):
    """A speaker typed by any of its names; resolved to the Actor ("Korut" → North Korea)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"list": "actor-names", "autocomplete": "off"}))
        super().__init__(*args, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text and not self.required:
            return None
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


class KeyPointFields(forms.Form):
    """Pick an existing key point, or write a new one in a brief. Both optional: a claim can wait."""

    key_point = forms.TypedChoiceField(label=_("Key point"), coerce=int, required=False, empty_value=None)
    new_key_point_brief = forms.ModelChoiceField(
        label=_("Brief of the new key point"), queryset=Brief.objects.all(), required=False
    )
    new_key_point = forms.CharField(
        label=_("New key point"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("In our own words, in English; leave empty to use an existing key point."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key_point"].choices = [("", _("None yet")), *key_point_choices()]

    def clean(self):
        cleaned = super().clean()
        statement = cleaned.get("new_key_point", "").strip()
        point_id = cleaned.get("key_point")
        cleaned["key_point_obj"] = cleaned["new_key_point_obj"] = None
        if statement and point_id:
            self.add_error("new_key_point", _("Pick an existing key point or write a new one, not both."))
        elif statement:
            brief = cleaned.get("new_key_point_brief")
            if brief is None:
                self.add_error("new_key_point_brief", _("Choose the brief the new key point belongs to."))
            else:
                try:
                    cleaned["new_key_point_obj"] = NewKeyPoint(
                        brief=brief, statement=validate_statement(statement)
                    )
                except ValidationError as error:
                    self.add_error("new_key_point", error.message_dict["statement"])
        elif point_id:
            cleaned["key_point_obj"] = Proposition.objects.filter(pk=point_id).first()
            if cleaned["key_point_obj"] is None:
                self.add_error("key_point", _("That key point no longer exists; pick another."))
        return cleaned


def date_field(label) -> forms.DateField:
    # The admin's own date input (yyyy-mm-dd, with its calendar and "Today"), as on every admin form.
    return forms.DateField(label=label, required=False, widget=AdminDateWidget)


class AnnotateForm(KeyPointFields):
    """A new claim on a span of the body. The JS fills the offsets from a selection; without JS, type them."""

    start = forms.IntegerField(label=_("Start offset"), min_value=0)
    end = forms.IntegerField(label=_("End offset"), min_value=1)
    exact = forms.CharField(
        label=_("Quoted words"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Must be exactly the article's text between the two offsets."),
    )
    speaker = SpeakerField(
        label=_("Speaker"), required=False, help_text=_("Any name or alias: Korut, DPRK, Pyongyang…")
    )
    new_speaker_name = forms.CharField(
        label=_("New speaker's name"),
        required=False,
        max_length=200,
        help_text=_("Only for someone no actor stands for yet: proposed, to be confirmed on the desk."),
    )
    new_speaker_role = forms.CharField(label=_("Role"), required=False, max_length=300)
    new_speaker_affiliation = SpeakerField(
        label=_("Affiliation"), required=False, help_text=_("The actor they speak for, by any name.")
    )
    new_speaker_aliases = forms.CharField(
        label=_("Other names"), required=False, help_text=_("Separated by commas.")
    )
    stance = forms.ChoiceField(label=_("Stance"), choices=STANCE_CHOICES)
    paraphrase = forms.CharField(
        label=_("Paraphrase"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    quote_english = forms.CharField(
        label=_("English rendering"),
        required=False,
        max_length=QUOTE_ENGLISH_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The quoted words in English, faithfully (a translation, not a paraphrase)."),
    )
    said_on = date_field(_("Said on"))
    said_on_precision = forms.ChoiceField(
        label=_("Said on precision"),
        required=False,
        initial=Claim.SaidOnPrecision.DAY,
        choices=Claim.SaidOnPrecision.choices,
        help_text=_("Month or year when the article gives no day (e.g. “in August”)."),
    )
    event_start = date_field(_("Event date"))
    event_end = date_field(_("Event end"))
    event_precision = forms.ChoiceField(
        label=_("Precision"), required=False, choices=[("", "—"), *Claim.Precision.choices]
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is not None and end is not None and end <= start:
            raise forms.ValidationError(_("The end offset must come after the start."), code="empty_span")
        name = " ".join(cleaned.get("new_speaker_name", "").split())
        cleaned["new_speaker_obj"] = None
        if name and cleaned.get("speaker"):
            self.add_error("new_speaker_name", _("Choose the speaker or describe a new one, not both."))
        elif name:
            cleaned["new_speaker_obj"] = NewSpeaker(
                name=name,
                role=cleaned.get("new_speaker_role", ""),
                affiliation=cleaned.get("new_speaker_affiliation"),
                aliases=tuple(
                    a.strip() for a in cleaned.get("new_speaker_aliases", "").split(",") if a.strip()
                ),
            )
        elif not cleaned.get("speaker") and "speaker" not in self.errors:
            self.add_error("speaker", _("Choose the speaker, or describe a new one below."))
        return cleaned


class AttachKeyPointForm(KeyPointFields):
    """On the claim's page: link the claim to a key point, or write a new one."""

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned["key_point_obj"] and not cleaned["new_key_point_obj"]:
            raise forms.ValidationError(_("Pick a key point or write a new one."), code="nothing")
        return cleaned


class MovementForm(forms.ModelForm):
    """One movement of a claim on its admin page, checked with the service's own rules."""

    class Meta:
        model = Movement
        fields = ["origin", "destination", "mode", "period_start", "period_end", "period_precision"]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        origin, destination = cleaned.get("origin"), cleaned.get("destination")
        try:
            validate_movement(
                origin_id=origin.pk if origin else None,
                destination_id=destination.pk if destination else None,
                mode=cleaned.get("mode") or "",
                period_start=cleaned.get("period_start"),
                period_end=cleaned.get("period_end"),
                period_precision=cleaned.get("period_precision") or "",
            )
        except ValidationError as error:
            raise forms.ValidationError(error.message_dict) from error
        return cleaned


class PanelMovementForm(MovementForm):
    """One movement in the annotation panel's per-claim list. The panel draws one form per claim, so the
    place lists come from one list read once (``place_choices``) rather than one query per field."""

    def __init__(self, *args, place_choices: list[tuple[int | str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if place_choices is not None:
            self.fields["origin"].choices = place_choices
            self.fields["destination"].choices = place_choices

    def movement_input(self) -> MovementInput:
        data = self.cleaned_data
        return MovementInput(
            origin=data["origin"],
            destination=data["destination"],
            mode=data["mode"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            period_precision=data["period_precision"] or "",
        )


#: A claim's movements as the panel edits them: the ones it states, one blank to add, a box to remove.
PanelMovementFormSet = forms.formset_factory(PanelMovementForm, extra=1, can_delete=True)


def claim_movement_formset(
    claim: Claim, *, data=None, place_choices: list[tuple[int | str, str]] | None = None
) -> forms.BaseFormSet:
    """The panel's form for one claim's movements, filled from its (prefetched) movements."""
    initial = [
        {
            "origin": movement.origin_id,
            "destination": movement.destination_id,
            "mode": movement.mode,
            "period_start": movement.period_start,
            "period_end": movement.period_end,
            "period_precision": movement.period_precision,
        }
        for movement in claim.movements.all()
    ]
    return PanelMovementFormSet(
        data,
        initial=initial,
        prefix=f"claim-{claim.pk}-movements",
        form_kwargs={"place_choices": place_choices},
    )


def movements_to_keep(formset: forms.BaseFormSet) -> list[MovementInput]:
    """The movements a valid panel formset states: filled rows not ticked for removal."""
    # A blank row left blank has no cleaned data (the formset does not validate it).
    return [
        form.movement_input()
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class ClaimEditForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = list(EDITABLE_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        # A form saved from before the field existed (or a script) keeps the claim's precision.
        self.fields["said_on_precision"].required = False

    def clean_said_on_precision(self) -> str:
        return self.cleaned_data.get("said_on_precision") or self.instance.said_on_precision or "day"

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
        label=_("Review note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when rejecting: it goes back to the annotator."),
    )


class SourceDateForm(SourceCorrectionForm):
    """The Source correction form with the editor's "confirm date" box: the date stays as it is and is
    recorded as confirmed by them (audited), so readers see it as the publication date."""

    confirm_date = forms.BooleanField(
        label=_("confirm this publication date"),
        required=False,
        help_text=_(
            "Tick when you checked that the date above is the article's own date (not the site's date of "
            "the day). Correcting the date confirms it too. A brief citing a source with an unconfirmed "
            "date cannot be published."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not (self.instance and self.instance.published_at_display_date):
            # The warning about the site's date of the day is for a date the importer took for one.
            self.fields["confirm_date"].help_text = _(
                "Tick when you checked that the date above is the article's own date. Correcting the date "
                "confirms it too. A brief citing a source with an unconfirmed date cannot be published."
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("confirm_date") and not cleaned.get("published_at"):
            self.add_error("confirm_date", _("There is no date to confirm: enter the date instead."))
        return cleaned


class ReanchorForm(forms.Form):
    """The new span of an orphaned claim (filled by selecting it), or a reason to withdraw the claim."""

    start = forms.IntegerField(label=_("Start offset"), min_value=0, required=False)
    end = forms.IntegerField(label=_("End offset"), min_value=1, required=False)
    exact = forms.CharField(
        label=_("Quoted words"), strip=False, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    note = forms.CharField(
        label=_("Reason to withdraw"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only to withdraw the claim: it is kept with its history but never reaches a brief."),
    )

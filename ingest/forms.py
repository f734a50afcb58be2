from __future__ import annotations

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from config.egress import EgressPolicy, EgressRefused, check_url
from ingest.models import Outlet, Source
from ingest.services.corrections import CORRECTABLE_FIELDS


class LinesField(forms.CharField):
    """A list of short strings edited as one per line (authors, cited outlets)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value) -> list[str]:
        text = super().to_python(value) or ""
        lines = [" ".join(line.split()) for line in text.splitlines()]
        return list(dict.fromkeys(line for line in lines if line))


class OutletForm(forms.ModelForm):
    """The registry entry, with its names and signatures typed one per line rather than as JSON."""

    aliases = LinesField(
        label=_("aliases"),
        required=False,
        help_text=_("One per line: other names a text uses to credit this outlet, e.g. “Associated Press”."),
    )
    signatures = LinesField(
        label=_("text signatures"),
        required=False,
        help_text=_(
            "One per line: literal fragments that identify a page of this outlet, e.g. “TRIBUNNEWS.COM -”. "
            "Case-insensitive."
        ),
    )

    class Meta:
        model = Outlet
        fields = ["name", "slug", "domain", "country", "kind", "aliases", "signatures", "signoff_role"]


class SourceCorrectionForm(forms.ModelForm):
    byline = LinesField(label=_("authors"), required=False, help_text=_("One name per line."))
    cited_outlets = LinesField(
        label=_("cited outlets"),
        required=False,
        help_text=_("One per line: the wires and outlets the text credits."),
    )
    url = forms.URLField(
        label=_("address"),
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text=Source._meta.get_field("url").help_text,
        widget=forms.URLInput(attrs={"size": 90}),
    )
    loaded_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Source
        fields = CORRECTABLE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        self.fields["title"].widget.attrs["size"] = 90
        # The admin's split date and time inputs print "Date:" and "Time:" as plain text, not as labels.
        published = self.fields["published_at"].widget
        if hasattr(published, "widgets"):
            published.widgets[0].attrs["aria-label"] = _("publication date")
            published.widgets[1].attrs["aria-label"] = _("publication time")

    def clean_copy_of(self):
        original = self.cleaned_data.get("copy_of")
        if original is not None and self.instance.pk and original.pk == self.instance.pk:
            raise forms.ValidationError(_("A source cannot be a copy of itself."), code="self_copy")
        return original

    def clean(self):
        cleaned = super().clean()
        if "published_at_precision" in self.fields:
            # A date always has a precision and no date has one: left empty, the known one is kept.
            if cleaned.get("published_at") is None:
                cleaned["published_at_precision"] = ""
            elif not cleaned.get("published_at_precision"):
                cleaned["published_at_precision"] = self.instance.published_at_precision or "minute"
        version = cleaned.get("loaded_version")
        if self.instance.pk and version is not None:
            current = Source.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current != version:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this source while you were editing it. Reload the page to see "
                        "their changes, then apply yours again."
                    ),
                    code="stale",
                )
        return cleaned


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field. An empty file is not a form error: the importer rejects it by name while
    the other files of the batch are imported."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_empty_file", True)
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class SourceUploadForm(forms.Form):
    MAX_FILES = 100

    files = MultipleFileField(label=_("Article files"), required=False)
    urls = LinesField(
        label=_("Page addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80, "placeholder": "https://"}),
        help_text=_(
            "One http:// or https:// address per line. Each page is fetched by the import and becomes one "
            "source with its address; a page that cannot be fetched or holds no article is named in the "
            "results with the reason."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "Plain text or HTML, up to %(count)s files and %(size)s in all at once. Each file becomes one "
            "source; a file that cannot be imported is named in the results and the others are imported."
        ) % {"count": self.MAX_FILES, "size": filesizeformat(settings.INGEST_UPLOAD_MAX_BYTES)}

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > self.MAX_FILES:
            raise forms.ValidationError(
                _("Too many files (%(given)s); upload at most %(count)s at once."),
                params={"given": len(files), "count": self.MAX_FILES},
                code="too_many",
            )
        total = sum(upload.size for upload in files)
        if total > settings.INGEST_UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _(
                    "These files come to %(given)s; one upload takes at most %(limit)s. Upload them in "
                    "smaller batches, or import a large batch with manage.py import_sources."
                ),
                params={
                    "given": filesizeformat(total),
                    "limit": filesizeformat(settings.INGEST_UPLOAD_MAX_BYTES),
                },
                code="too_large",
            )
        return files

    def clean_urls(self):
        urls = self.cleaned_data["urls"]
        policy = EgressPolicy.for_pages()
        # The address's own rules are checked here; where it resolves is checked when it is fetched (on every
        # redirect too), since a DNS answer can change in between. Every refused address is named, so one
        # round of corrections is enough.
        refused = []
        for url in urls:
            if len(url) > 2000:
                refused.append(
                    forms.ValidationError(
                        _("%(url)s… is longer than 2000 characters."), params={"url": url[:60]}, code="long"
                    )
                )
                continue
            try:
                check_url(url, policy=policy)
            except EgressRefused as exc:
                refused.append(
                    forms.ValidationError(
                        "%(url)s: %(reason)s", params={"url": url, "reason": str(exc)}, code="egress"
                    )
                )
        if refused:
            raise forms.ValidationError(refused)
        return urls

    def clean(self):
        cleaned = super().clean()
        files, urls = cleaned.get("files"), cleaned.get("urls")
        if files is None or urls is None:
            return cleaned  # a field error is shown already
        if not files and not urls:
            raise forms.ValidationError(_("Choose files or type page addresses to import."), code="empty")
        if len(files) + len(urls) > self.MAX_FILES:
            raise forms.ValidationError(
                _("Too many items (%(given)s); import at most %(count)s files and addresses at once."),
                params={"given": len(files) + len(urls), "count": self.MAX_FILES},
                code="too_many",
            )
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors:
            self._ask_to_choose_the_files_again()

    def _ask_to_choose_the_files_again(self) -> None:
        """A browser never fills a file picker back in: after any error, the files chosen are gone from the
        page, so say which ones to choose again (nothing of the upload was imported)."""
        chosen = (
            [upload.name for upload in self.files.getlist(self.add_prefix("files"))] if self.files else []
        )
        if not chosen:
            return
        self.add_error(
            "files",
            forms.ValidationError(
                ngettext(
                    "Choose this file again after correcting the rest (your browser does not keep it): "
                    "%(names)s.",
                    "Choose these %(count)d files again after correcting the rest (your browser does not keep "
                    "them): %(names)s.",
                    len(chosen),
                ),
                params={"count": len(chosen), "names": ", ".join(chosen)},
                code="choose_again",
            ),
        )

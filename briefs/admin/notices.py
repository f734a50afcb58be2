"""What the admin tells an editor after an action: proposed speakers, coming assembly, refusals."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from briefs.models import Actor, Brief


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


def report_validation_error(request: HttpRequest, error: ValidationError) -> None:
    """A service's refusal, each of its messages shown on the page the editor is sent back to."""
    for message in error.messages:
        messages.error(request, message)

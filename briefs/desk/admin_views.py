"""The desk page in the admin: a thin view over briefs/desk/queues.py."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from briefs.desk.queues import desk_for

QUEUE_TITLES = {
    "to_review": _("Claims to review"),
    "sent_back": _("Claims sent back to you"),
    "revisions": _("Revisions to publish"),
    "orphans": _("Orphaned claims to re-anchor"),
    "actors": _("Proposed speakers to confirm"),
    "outlets": _("Proposed outlets to confirm"),
    "dates": _("Publication dates to confirm"),
    "failures": _("Failed tasks"),
}


def desk_view(request: HttpRequest):
    desk = desk_for(request.user)
    return TemplateResponse(
        request,
        "admin/briefs/desk.html",
        {
            **admin.site.each_context(request),
            "title": _("Your desk"),
            "desk": desk,
            "queues": [(QUEUE_TITLES[key], queue) for key, queue in desk.queues.items()],
        },
    )

"""A service's refusal during an admin save ends the save: nothing is kept, nothing is announced.

Forms validate with the services' own validators, so an editor normally sees a refusal as a form error
with their input kept. What only the service can see (somebody else saved between the form's check and
the write) is raised as `RefusedSave` from `save_model`; the admin's change view then rolls the whole
save back (the row, its inlines, its log entry) and returns to the page with the reason, instead of going
on to save the inlines and say "changed successfully".
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect


class RefusedSave(Exception):
    """Raised from `save_model` with the message the editor should read."""


class RefusalAwareAdminMixin:
    """For a ModelAdmin whose `save_model` calls a service that may refuse the write."""

    def changeform_view(
        self, request: HttpRequest, object_id=None, form_url="", extra_context=None
    ) -> HttpResponse:
        try:
            # Django runs the whole save in one transaction, which this exception rolls back.
            return super().changeform_view(request, object_id, form_url, extra_context)
        except RefusedSave as refusal:
            messages.error(request, str(refusal))
            return HttpResponseRedirect(request.get_full_path())

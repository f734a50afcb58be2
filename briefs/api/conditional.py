"""ETag and Last-Modified on every read, 304 Not Modified when the client already has the answer.

The ETag is a digest of the rendered body, so it is exact whatever changed. Last-Modified is the later
of the newest row in the answer and the latest publication or correction (which can change what the
answer holds without touching its rows); If-None-Match wins over If-Modified-Since (RFC 9110).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from rest_framework.response import Response

from briefs.public.read import PublicState, public_state


def request_state(request) -> PublicState:
    """The publication state, read once per request."""
    state = getattr(request, "_briefdesk_public_state", None)
    if state is None:
        state = request._briefdesk_public_state = public_state()
    return state


class ConditionalReadMixin:
    """For GenericAPIView subclasses: notes what it serves (through get_object and paginate_queryset)."""

    #: Attributes of a served row that say when it last changed (the latest wins).
    last_modified_fields: tuple[str, ...] = ("updated_at",)

    def modified_at(self, obj) -> datetime | None:
        stamps = [getattr(obj, name, None) for name in self.last_modified_fields]
        stamps = [stamp for stamp in stamps if stamp is not None]
        return max(stamps) if stamps else None

    def note_served(self, objects: Iterable) -> None:
        stamps = [stamp for stamp in map(self.modified_at, objects) if stamp is not None]
        state = request_state(self.request).last_modified
        if state is not None:
            stamps.append(state)
        if stamps:
            latest = max(stamps)
            previous = getattr(self, "_served_last_modified", None)
            self._served_last_modified = max(latest, previous) if previous else latest

    def get_object(self):
        obj = super().get_object()
        self.note_served([obj])
        return obj

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.note_served(page if page is not None else [])
        return page

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if not isinstance(response, Response):
            return response
        response.render()
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:40] + '"'
        response["ETag"] = etag
        modified = getattr(self, "_served_last_modified", None)
        timestamp = int(modified.timestamp()) if modified else None
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        patch_vary_headers(response, ["Accept"])
        patch_cache_control(response, no_cache=True)
        not_modified = get_conditional_response(
            request._request, etag=etag, last_modified=timestamp, response=response
        )
        return not_modified if not_modified is not None else response

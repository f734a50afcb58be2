"""ETag and Last-Modified on every read, 304 Not Modified when the client already has the answer.

The ETag is a digest of the rendered body, so it is exact whatever changed. Last-Modified is the later
of the newest row in the answer and the latest publication or correction (which can change what the
answer holds without touching its rows); If-None-Match wins over If-Modified-Since (RFC 9110).

Published rows change only with a publication, and every publication writes a change-feed event, so a
200 answer is kept in the web process (briefs.page_cache.ProcessPages, bounded in bytes and time) under
the latest event, the full address, the negotiated media type and the language. A repeated request then
costs the one query that reads the latest event (which the ETag needs anyway), not the page's queries,
its serialisation and its digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from rest_framework.response import Response

from briefs.api.fragments import FragmentJSONRenderer
from briefs.page_cache import ProcessPages
from briefs.public.read import PublicState, public_state

_answers = ProcessPages(bytes_setting="API_ANSWER_MEMORY_BYTES", seconds_setting="API_ANSWER_CACHE_SECONDS")


def forget_api_answers() -> None:
    """Drop this process's kept answers (tests, and after public rows were rebuilt without a publication)."""
    _answers.clear()


class KeptAnswer(HttpResponse):
    """A 200 answer served again from this process's memory."""

    def __init__(self, body: bytes, content_type: str, etag: str, modified: int | None) -> None:
        super().__init__(body, content_type=content_type)
        self.etag = etag
        self.modified = modified


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

    def list(self, request, *args, **kwargs):
        return self._kept_or(
            request, lambda: super(ConditionalReadMixin, self).list(request, *args, **kwargs)
        )

    def _kept_or(self, request, answer):
        """``answer()``, or the same answer kept from an earlier request while nothing was published."""
        key = self._answer_key(request)
        if key is not None:
            kept = _answers.get(key)
            if kept is not None:
                return KeptAnswer(*kept)
            self._keep_under = key
        return answer()

    def _answer_key(self, request) -> str | None:
        # The browsable API's page holds the user's name and forms: only plain JSON is kept.
        if (
            request.method not in ("GET", "HEAD")
            or type(request.accepted_renderer) is not FragmentJSONRenderer
        ):
            return None
        state = request_state(request)
        return f"{state.fingerprint}|{request.accepted_media_type}|{get_language()}|{request.build_absolute_uri()}"

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if isinstance(response, KeptAnswer):
            etag, timestamp = response.etag, response.modified
        elif isinstance(response, Response):
            response.render()
            etag = '"' + hashlib.sha256(response.content).hexdigest()[:40] + '"'
            modified = getattr(self, "_served_last_modified", None)
            timestamp = int(modified.timestamp()) if modified else None
            key = getattr(self, "_keep_under", None)
            # An empty list may be an old address that answers with a redirect instead (briefs/addresses.py).
            if key is not None and (
                not isinstance(response.data, dict) or response.data.get("results") != []
            ):
                kept = (response.content, response["Content-Type"], etag, timestamp)
                _answers.put(key, kept, size=len(response.content) + len(key))
        else:
            return response
        response["ETag"] = etag
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        patch_vary_headers(response, ["Accept"])
        patch_cache_control(response, no_cache=True)
        not_modified = get_conditional_response(
            request._request, etag=etag, last_modified=timestamp, response=response
        )
        return not_modified if not_modified is not None else response

"""How the API words its errors."""

from __future__ import annotations

from django.http import Http404
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import exception_handler


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler, except that a 404 says only "Not found.": Django's get_object_or_404 message names
    the model and the query behind the address ("No PublicClaim matches the given query.")."""
    if isinstance(exc, Http404):
        exc = NotFound()
    return exception_handler(exc, context)

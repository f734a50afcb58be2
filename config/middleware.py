from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class ContentSecurityPolicyMiddleware:
    """One policy for every response: scripts only from our own static files, never inline."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class ApiSpeaksEnglishMiddleware:
    """The API answers in English whatever the caller's Accept-Language or language cookie: its field
    names, messages and documentation are English, and DRF would otherwise translate only the messages
    its own catalogue knows ("Data autentikasi tidak diberikan."), leaving the rest English under a
    ``Content-Language: id``. Content keeps the language editors wrote it in (a brief's ``language``
    field says which). Sits right after LocaleMiddleware, which only fills Content-Language when unset."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(settings.API_PATH_PREFIX):
            return self.get_response(request)
        translation.activate(settings.API_LANGUAGE)
        request.LANGUAGE_CODE = settings.API_LANGUAGE
        response = self.get_response(request)
        response.headers["Content-Language"] = settings.API_LANGUAGE
        return response

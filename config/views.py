from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.defaults import page_not_found

from config.clients import is_local_request
from config.health import health_report, run_health_checks
from config.rate_limits import spend_for_client


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database, cache and broker all answer, else 503.

    Which component is down and its error go only to staff and to a caller on this machine: exception
    text names hosts, ports and versions. Every check opens connections, so each address has a budget.
    """
    verdict = spend_for_client(request, scope="healthz", rate=settings.HEALTHZ_RATE)
    if not verdict.allowed:
        response = JsonResponse({"status": "throttled"}, status=429)
        response["Retry-After"] = str(verdict.retry_after)
        return response
    detailed = is_local_request(request) or request.user.is_staff
    payload, healthy = health_report(run_health_checks(), detailed=detailed)
    return JsonResponse(payload, status=200 if healthy else 503)


@require_safe
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Browsers and crawlers ask for /favicon.ico whatever a page declares: the icon's address, looked up
    when asked (the static files' manifest exists only once they are collected)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A partner's client asking for an address the API does not have gets the API's own answer (JSON,
    "Not found.", as briefs/api/errors.py words every API 404), not the reader's HTML page."""
    if request.path_info.startswith(settings.API_PATH_PREFIX):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)

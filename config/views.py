from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from config.health import run_health_checks


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database, cache and broker all answer; 503 naming what is down."""
    results = run_health_checks()
    down = [result.name for result in results if not result.ok]
    payload = {
        "status": "ok" if not down else "down",
        "down": down,
        "checks": {result.name: result.as_dict() for result in results},
    }
    return JsonResponse(payload, status=503 if down else 200)

"""Site-wide plain views: health check and robots.txt."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return False


def _cache_ok():
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # any cache client error means "unreachable"
        logger.exception("Health check: cache unreachable")
        return False


@never_cache
@require_GET
def healthz(request):
    """200 when the database (and the Redis cache, if configured) answer; 503 when the database does not."""
    body = {"database": "ok" if _database_ok() else "unreachable"}
    if settings.REDIS_URL:
        body["cache"] = "ok" if _cache_ok() else "unreachable"
    body["status"] = "ok" if body["database"] == "ok" else "unavailable"
    return JsonResponse(body, status=200 if body["status"] == "ok" else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

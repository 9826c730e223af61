"""Site-wide plain views: health check and robots.txt."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .links import absolute_url

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return False


def _cache_state():
    """The cache's health: "ok", "degraded" (Redis is away and home.cache answers from the database) or
    "unreachable" (a cache backend without that fallback failed)."""
    if hasattr(cache, "redis_reachable"):
        return "ok" if cache.redis_reachable() else "degraded"
    try:
        cache.set("healthz", "ok", 10)
        return "ok" if cache.get("healthz") == "ok" else "unreachable"
    except Exception:  # any cache client error means "unreachable"
        logger.exception("Health check: cache unreachable")
        return "unreachable"


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers ("degraded" if the Redis cache does not); 503 when the database does not."""
    body = {"database": "ok" if _database_ok() else "unreachable"}
    if settings.REDIS_URL:
        body["cache"] = _cache_state()
    if body["database"] != "ok":
        body["status"] = "unavailable"
    else:
        body["status"] = "ok" if body.get("cache", "ok") == "ok" else "degraded"
    return JsonResponse(body, status=503 if body["status"] == "unavailable" else 200)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

import json
import os
import subprocess
import sys
from pathlib import Path

from django.core.cache import caches
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
REDIS_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/15"}
}


def test_healthz_reports_database_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "status": "ok"}


@override_settings(CACHES=REDIS_CACHE, REDIS_URL="redis://127.0.0.1:6379/15")
def test_healthz_reports_redis_cache_when_configured(client, db):
    caches["default"].clear()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "ok"


@override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}},
    REDIS_URL="redis://127.0.0.1:1/0",
)
def test_healthz_reports_unreachable_cache_without_failing(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "unreachable"


def test_healthz_returns_503_when_database_is_down():
    """A real process pointed at a PostgreSQL port where nothing listens."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == 503
    assert outcome["body"]["database"] == "unreachable"

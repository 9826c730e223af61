"""With REDIS_URL set and Redis away, the site still serves from the database and rate limits still count.

Against a closed port, and against a private redis-server (never the shared one on 6379) killed mid-run
and started again.
"""

import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from core import cache as resilient_cache
from services.models import ServiceRequest
from services.submission import SUBMISSIONS_PER_HOUR
from tests.server_process import free_port, running_process
from tests.services.conftest import free_service, provider, provider_index, service_index  # noqa: F401

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/en/", "/en/news/", "/en/opportunities/", "/en/search/?q=haikou", "/en/accounts/login/"]
SIGNUPS_PER_MINUTE = 5  # ACCOUNT_RATE_LIMITS["signup"]


def caches_setting(redis_url):
    """CACHES exactly as portal/settings/base.py builds it when REDIS_URL is set."""
    script = "import json; from portal.settings import base; print(json.dumps(base.CACHES))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": redis_url},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


@contextlib.contextmanager
def site_on_redis(redis_url):
    with override_settings(CACHES=caches_setting(redis_url), REDIS_URL=redis_url):
        yield


@contextlib.contextmanager
def private_redis(port, directory):
    """A redis-server of this test's own on ``port``, with no persistence; yields its process."""
    args = [
        "redis-server",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--daemonize",
        "no",
        "--dir",
        str(directory),
    ]
    with running_process(args, os.environ, directory / "redis.log") as process:
        client = redis.Redis(port=port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError((directory / "redis.log").read_text()) from None
                time.sleep(0.05)
        yield process


@pytest.fixture
def closed_port_redis():
    with site_on_redis(f"redis://127.0.0.1:{free_port()}/0"):
        yield


@pytest.fixture
def short_circuit(monkeypatch):
    """Redis is tried again 0.2 s after a failure instead of 5 s, so recovery shows within a test."""
    monkeypatch.setattr(resilient_cache, "DEGRADED_SECONDS", 0.2)


def sign_up(client, number):
    password = "Offshore-Haikou-2025"
    return client.post(
        "/en/accounts/signup/",
        {
            "email": f"founder{number}@example.com",
            "password1": password,
            "password2": password,
            "full_name": "Test Founder",
            "consent": "on",
        },
    )


def request_service(client, capture):
    data = {
        "contact_name": "Ada Lovelace",
        "contact_email": "ada@example.com",
        "contact_phone": "+44 20 0000 0000",
        "organisation_name": "Analytical Engines Ltd",
        "country": "GB",
        "preferred_language": "en",
        "details": "We plan to open a small R&D office.",
    }
    with capture(execute=True):
        return client.post("/en/services/legal-consultation/request/", data)


# Redis on a closed port ---------------------------------------------------------------------------


def test_pages_render_from_the_database_when_redis_cannot_be_reached(client, site_tree, closed_port_redis):
    assert {page: client.get(page).status_code for page in PAGES} == dict.fromkeys(PAGES, 200)


def test_allauth_rate_limits_still_block_when_redis_cannot_be_reached(client, closed_port_redis):
    statuses = [sign_up(client, number).status_code for number in range(SIGNUPS_PER_MINUTE + 1)]

    assert statuses == [302] * SIGNUPS_PER_MINUTE + [429]


def test_our_rate_limits_still_block_when_redis_cannot_be_reached(
    client, free_service, django_capture_on_commit_callbacks, closed_port_redis
):  # noqa: F811
    responses = [request_service(client, django_capture_on_commit_callbacks) for _ in range(SUBMISSIONS_PER_HOUR + 1)]

    assert "the most allowed" in responses[-1].content.decode()
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR


def test_healthz_says_degraded_with_the_database_ok_when_redis_cannot_be_reached(client, closed_port_redis):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "degraded", "status": "degraded"}


def test_a_redis_outage_is_logged_once_not_on_every_call(closed_port_redis, short_circuit, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        for _ in range(20):
            cache.get("anything")
            time.sleep(0.02)  # the circuit closes and opens again several times meanwhile

    assert len([record for record in caplog.records if "unreachable" in record.getMessage()]) == 1


def test_a_redis_that_stopped_answering_costs_one_timeout_not_one_per_call():
    """A server that accepts connections and never replies: only the first call waits for the timeout."""
    with socket.socket() as silent_server:
        silent_server.bind(("127.0.0.1", 0))
        silent_server.listen(64)
        with site_on_redis(f"redis://127.0.0.1:{silent_server.getsockname()[1]}/0"):
            started = time.monotonic()
            cache.get("first")
            first_call = time.monotonic() - started

            started = time.monotonic()
            for number in range(50):
                cache.set(f"key-{number}", number)
            fifty_calls = time.monotonic() - started

    assert first_call >= 0.5  # it did wait for Redis
    assert fifty_calls < first_call


# A real Redis, killed and started again ----------------------------------------------------------


def test_the_site_survives_redis_being_killed_and_uses_it_again_once_back(
    client, site_tree, free_service, django_capture_on_commit_callbacks, short_circuit, tmp_path
):  # noqa: F811
    port = free_port()
    with site_on_redis(f"redis://127.0.0.1:{port}/0"):
        with private_redis(port, tmp_path) as redis_process:
            assert client.get("/healthz").json()["status"] == "ok"
            assert client.get("/en/").status_code == 200
            redis_process.kill()
            redis_process.wait()

            pages_while_down = {page: client.get(page).status_code for page in PAGES}
            signups = [sign_up(client, number).status_code for number in range(SIGNUPS_PER_MINUTE + 1)]
            requests = [
                request_service(client, django_capture_on_commit_callbacks) for _ in range(SUBMISSIONS_PER_HOUR + 1)
            ]
            health_while_down = client.get("/healthz")

        with private_redis(port, tmp_path):
            time.sleep(0.3)  # past the circuit's pause
            health_after = client.get("/healthz").json()
            cache.set("written-after-recovery", "yes")
            in_redis = redis.Redis(port=port).keys("*written-after-recovery")

    assert pages_while_down == dict.fromkeys(PAGES, 200)
    assert signups[-1] == 429
    assert "the most allowed" in requests[-1].content.decode()
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR
    assert (health_while_down.status_code, health_while_down.json()["status"]) == (200, "degraded")
    assert health_after == {"database": "ok", "cache": "ok", "status": "ok"}
    assert in_redis  # the cache writes to Redis again, not to the database table

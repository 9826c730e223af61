"""Rate limits count the real client: X-Forwarded-For is trusted only as far as our own proxies go."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from services.models import ServiceRequest
from services.submission import SUBMISSIONS_PER_HOUR
from tests.services.conftest import free_service, provider, provider_index, service_index  # noqa: F401

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SIGNUPS_PER_MINUTE = 5  # ACCOUNT_RATE_LIMITS["signup"]
REQUEST_FORM = "/en/services/legal-consultation/request/"


@pytest.fixture(scope="module")
def production_proxy_count():
    """ALLAUTH_TRUSTED_PROXY_COUNT as portal.settings.production sets it when TRUSTED_PROXY_COUNT is unset."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "p" * 60,
        "ALLOWED_HOSTS": "offshore.example.cn",
        "PORTAL_BASE_URL": "https://offshore.example.cn",
        "DATABASE_URL": "sqlite:////tmp/proxy-count-check.sqlite3",
    }
    env.pop("TRUSTED_PROXY_COUNT", None)
    script = (
        "import django; django.setup(); from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return int(result.stdout.split()[-1])


def sign_up(client, number, forwarded_for):
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
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def request_service(client, capture, forwarded_for):
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
        return client.post(REQUEST_FORM, data, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_production_signups_with_a_new_forwarded_for_each_time_are_still_limited(client, production_proxy_count):
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=production_proxy_count):
        statuses = [
            sign_up(client, number, f"198.51.100.{number}").status_code for number in range(SIGNUPS_PER_MINUTE + 1)
        ]

    assert statuses[:SIGNUPS_PER_MINUTE] == [302] * SIGNUPS_PER_MINUTE
    assert statuses[-1] == 429


def test_production_service_requests_with_a_new_forwarded_for_each_time_are_still_limited(
    client, free_service, django_capture_on_commit_callbacks, production_proxy_count
):  # noqa: F811
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=production_proxy_count):
        responses = [
            request_service(client, django_capture_on_commit_callbacks, f"198.51.100.{number}")
            for number in range(SUBMISSIONS_PER_HOUR + 1)
        ]

    assert responses[-1].status_code == 200
    assert "the most allowed" in responses[-1].content.decode()
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_added_is_counted_not_the_clients_own_entries(client):
    """nginx appends the peer it saw; whatever the client put before it is ignored."""
    for number in range(SIGNUPS_PER_MINUTE):
        assert sign_up(client, number, f"10.9.9.{number}, 203.0.113.7").status_code == 302

    assert sign_up(client, 90, "10.9.9.90, 203.0.113.7").status_code == 429
    assert sign_up(client, 91, "10.9.9.90, 203.0.113.8").status_code == 302  # another real client


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_service_requests_are_counted_per_real_client(
    client, free_service, django_capture_on_commit_callbacks
):  # noqa: F811
    for number in range(SUBMISSIONS_PER_HOUR):
        request_service(client, django_capture_on_commit_callbacks, f"10.9.9.{number}, 203.0.113.7")

    refused = request_service(client, django_capture_on_commit_callbacks, "10.9.9.99, 203.0.113.7")
    other_client = request_service(client, django_capture_on_commit_callbacks, "203.0.113.8")

    assert "the most allowed" in refused.content.decode()
    assert other_client.status_code == 302
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR + 1


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=2)
def test_a_forwarded_for_shorter_than_the_proxy_chain_is_counted_not_a_server_error(client):
    """Someone reaching gunicorn past the proxies sends one entry where two are expected."""
    statuses = [sign_up(client, number, "198.51.100.1").status_code for number in range(SIGNUPS_PER_MINUTE + 1)]

    assert statuses == [302] * SIGNUPS_PER_MINUTE + [429]

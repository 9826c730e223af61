"""Every kind of email links to PORTAL_BASE_URL and is sent as the platform, whatever Host the request came with."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from opportunities import lifecycle
from opportunities.match_alerts import send_match_alerts
from tests.accounts.factories import UserFactory
from tests.opportunities.factories import ListingFactory, make_member
from tests.opportunities.test_matching import strong_pair, vocab  # noqa: F401  (vocab is a fixture)
from tests.services.conftest import free_service, provider, provider_index, service_index  # noqa: F401

pytestmark = pytest.mark.django_db

BASE = "https://offshore.example.cn"
REQUEST_HOSTS = ["127.0.0.1:8000", "evil.example"]
PLATFORM = "Haikou Offshore Innovation Platform"
HOST_AND_PORT = re.compile(r"\b[\w.-]+:\d{2,5}\b|\[[^\]]*[.:][^\]]*\]")  # 127.0.0.1:8000, [evil.example]


@pytest.fixture(autouse=True)
def public_base_url(settings):
    settings.PORTAL_BASE_URL = BASE


def links_in(message):
    return re.findall(r"https?://[^\s\"'<>]+", message.body)


def assert_sent_by_the_platform_with_public_links(message):
    links = links_in(message)
    assert links, message.body
    assert all(link.startswith(BASE + "/") for link in links), links
    for host in ("127.0.0.1", "evil.example", "testserver"):
        assert host not in message.body
        assert host not in message.subject
        assert host not in message.from_email
    assert not HOST_AND_PORT.search(message.subject.replace(f"[{PLATFORM}]", "")), message.subject
    assert PLATFORM in message.from_email


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_signup_confirmation_links_to_the_public_site(client, host):
    client.post(
        "/en/accounts/signup/",
        {
            "email": "founder@example.com",
            "password1": "Offshore-Haikou-2025",
            "password2": "Offshore-Haikou-2025",
            "full_name": "Test Founder",
            "consent": "on",
        },
        headers={"host": host},
    )
    [message] = mail.outbox
    assert_sent_by_the_platform_with_public_links(message)
    assert re.search(rf"{BASE}/en/accounts/confirm-email/[-:\w]+/", message.body)
    assert message.subject.startswith(f"[{PLATFORM}] ")


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_password_reset_links_to_the_public_site(client, host):
    UserFactory(email="member@example.com")  # with a verified address
    client.post("/en/accounts/password/reset/", {"email": "member@example.com"}, headers={"host": host})
    [message] = mail.outbox
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/accounts/password/reset/key/" in message.body


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_password_reset_for_an_unknown_address_links_to_the_public_signup(client, host):
    client.post("/en/accounts/password/reset/", {"email": "stranger@example.com"}, headers={"host": host})
    [message] = mail.outbox
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/accounts/signup/" in message.body


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_signing_up_again_with_a_known_address_links_to_the_public_site(client, host):
    UserFactory(email="member@example.com")  # with a verified address
    client.post(
        "/en/accounts/signup/",
        {
            "email": "member@example.com",
            "password1": "Offshore-Haikou-2025",
            "password2": "Offshore-Haikou-2025",
            "full_name": "Test Founder",
            "consent": "on",
        },
        headers={"host": host},
    )
    [message] = mail.outbox
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/accounts/password/reset/" in message.body


def test_allauth_emails_name_the_platform_in_the_readers_language(client):
    client.post(
        "/zh-hans/accounts/signup/",
        {
            "email": "founder@example.com",
            "password1": "Offshore-Haikou-2025",
            "password2": "Offshore-Haikou-2025",
            "full_name": "Test Founder",
            "consent": "on",
        },
        headers={"host": "evil.example"},
    )
    [message] = mail.outbox
    assert message.subject.startswith("[海口离岸创新平台] ")
    assert "海口离岸创新平台" in message.from_email
    assert "海口离岸创新平台" in message.body  # allauth's "Hello from {{ current_site.name }}!"


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_service_request_confirmation_tracking_link_is_on_the_public_site(
    client,
    free_service,  # noqa: F811
    django_capture_on_commit_callbacks,
    host,
):
    data = {
        "contact_name": "Ada Lovelace",
        "contact_email": "ada@example.com",
        "contact_phone": "",
        "organisation_name": "Analytical Engines Ltd",
        "country": "GB",
        "preferred_language": "en",
        "details": "We plan to open a small R&D office.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/services/legal-consultation/request/", data, headers={"host": host})
    assert response.status_code == 302
    [message] = [message for message in mail.outbox if message.to == ["ada@example.com"]]
    assert_sent_by_the_platform_with_public_links(message)
    assert re.search(rf"{BASE}/en/service-requests/\S+", message.body)


@pytest.mark.parametrize("host", REQUEST_HOSTS)
def test_expression_of_interest_email_links_to_the_public_site(client, host):
    listing = ListingFactory(title="Offshore AI diagnostics")
    make_member(user=listing.owner, organisation=listing.organisation)
    sender = make_member()
    client.force_login(sender)
    client.post(f"/en/opportunities/{listing.pk}/interest/", {"message": "Interested!"}, headers={"host": host})
    [message] = [message for message in mail.outbox if message.to == [listing.owner.email]]
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/opportunities/introductions/" in message.body


def test_renewal_reminder_links_to_the_public_site():
    listing = ListingFactory(deadline=timezone.localdate() + datetime.timedelta(days=3))
    lifecycle.send_expiry_reminders()
    [message] = mail.outbox
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/opportunities/renew/{listing.renewal_token}/" in message.body


def test_match_alert_unsubscribe_link_is_on_the_public_site(vocab):  # noqa: F811
    offer, _request = strong_pair(vocab)
    send_match_alerts()
    [message] = [message for message in mail.outbox if message.to == [offer.owner.email]]
    assert_sent_by_the_platform_with_public_links(message)
    assert f"{BASE}/en/opportunities/unsubscribe/{offer.owner.profile.email_token}/" in message.body

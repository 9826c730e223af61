"""Every email is branded, with a complete plain-text part and an HTML part; bilingual when the language is unknown."""

import pytest
from django.core import mail

from core.emails import send_templated_email_to
from services import workflow
from services.models import ServiceRequest
from tests.accounts.factories import UserFactory
from tests.services.conftest import provider, provider_index, service_index  # noqa: F401

pytestmark = pytest.mark.django_db

TEMPLATE = "accounts/email/account_deleted"


def _html(message):
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return html


def test_an_email_has_plain_text_and_a_branded_html_part(site_tree):
    send_templated_email_to("amelia@example.com", "en", TEMPLATE, {"email": "amelia@example.com"})

    message = mail.outbox[0]
    assert "we have deleted your account" in message.body
    html = _html(message)
    assert "Haikou International Offshore Innovation and Entrepreneurship Platform" in html
    assert "we have deleted your account" in html
    assert "You are receiving this email because" in html  # the footer says why


def test_the_plain_text_is_complete_without_html_markup(site_tree):
    send_templated_email_to("amelia@example.com", "en", TEMPLATE, {"email": "amelia@example.com"})

    assert "<p>" not in mail.outbox[0].body and "amelia@example.com" in mail.outbox[0].body


def test_an_email_to_an_address_of_unknown_language_carries_both_languages(site_tree):
    send_templated_email_to("team@example.com", None, TEMPLATE, {"email": "amelia@example.com"})

    message = mail.outbox[0]
    assert message.body.count("amelia@example.com") == 2
    assert " / " in message.subject
    html = _html(message)
    assert html.index('<td lang="zh-hans"') < html.index('<td lang="en"')  # Chinese first


def test_user_text_is_escaped_in_the_html_part(site_tree):
    send_templated_email_to("amelia@example.com", "en", TEMPLATE, {"email": "<script>alert(1)</script>"})

    assert "<script>alert(1)</script>" not in _html(mail.outbox[0])


def test_allauth_emails_get_the_branded_html_part_too(client, site_tree):
    client.post(
        "/en/accounts/signup/",
        {
            "email": "new@example.com",
            "password1": "Offshore-Haikou-2025",
            "password2": "Offshore-Haikou-2025",
            "full_name": "New Member",
            "consent": "on",
        },
    )

    message = mail.outbox[0]
    assert "Hello from" not in message.body
    assert "/confirm-email/" in _html(message)


def _assigned_request_email(provider):
    """Assign a new request to ``provider``; its notice is sent once the transaction commits."""
    service_request = ServiceRequest.objects.create(
        reference="SR-2026-000777",
        service_title="Work permit",
        contact_name="Li Na",
        contact_email="li@example.com",
        country="CN",
    )
    workflow.assign(service_request, provider=provider, by=UserFactory(is_staff=True))


def test_a_provider_with_chinese_notices_gets_the_assignment_in_chinese(provider, django_capture_on_commit_callbacks):
    provider.notification_language = "zh-hans"
    provider.save()

    with django_capture_on_commit_callbacks(execute=True):
        _assigned_request_email(provider)
    message = mail.outbox[-1]

    assert "SR-2026-000777" in message.subject
    assert "Dear" not in message.body and "Hello," not in message.body


def test_a_provider_without_a_language_gets_both_chinese_first(provider, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _assigned_request_email(provider)
    message = mail.outbox[-1]

    assert message.subject.count("SR-2026-000777") == 2
    assert message.body.index("海港律师事务所") < message.body.index("Harbour Law")

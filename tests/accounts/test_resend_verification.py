"""The "Resend verification email" button on the page where an unverified person lands."""

import pytest
from django.core import mail
from django.core.cache import cache

from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

RESEND = "/en/account/verification/resend/"


def _sign_up(client):
    return client.post(
        "/en/accounts/signup/",
        {
            "email": "new@example.com",
            "password1": "Offshore-Haikou-2025",
            "password2": "Offshore-Haikou-2025",
            "full_name": "New Member",
            "consent": "on",
        },
    )


def test_the_check_your_email_page_offers_a_resend_button_posting_with_csrf(client, site_tree):
    response = _sign_up(client)
    html = client.get(response["Location"]).content.decode()

    assert f'action="{RESEND}"' in html and 'method="post"' in html
    assert "Resend verification email" in html
    assert "csrfmiddlewaretoken" in html


def test_resending_sends_a_new_link_to_the_person_who_just_signed_up(client, site_tree):
    _sign_up(client)
    cache.clear()  # allauth allows one verification email per address every few minutes

    response = client.post(RESEND)

    assert response.status_code == 302
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["new@example.com"] and "/confirm-email/" in mail.outbox[1].body


def test_an_unverified_person_refused_at_login_can_resend(client, site_tree):
    user = UserFactory(verified_email=False)
    login = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "Resend verification email" in client.get(login["Location"]).content.decode()
    cache.clear()
    sent = len(mail.outbox)

    client.post(RESEND)

    assert len(mail.outbox) == sent + 1 and mail.outbox[-1].to == [user.email]


def test_without_a_pending_sign_up_nothing_is_sent(client, site_tree):
    UserFactory(verified_email=False)

    client.post(RESEND)

    assert mail.outbox == []


def test_resend_needs_a_post(client, site_tree):
    assert client.get(RESEND).status_code == 405


def test_resend_is_rate_limited_per_client(client, site_tree):
    _sign_up(client)
    statuses = [client.post(RESEND).status_code for _attempt in range(6)]

    assert statuses[:5] == [302] * 5 and statuses[5] == 429

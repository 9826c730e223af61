"""Sign-up with mandatory email verification, through allauth, in the site's chrome."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from accounts.models import Profile

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Offshore-Haikou-2025"


def _sign_up(client, language="en", email="founder@example.com"):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "full_name": "Amelia Hart",
            "consent": "on",
        },
    )


def _confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", message.body).group(1)


def test_signup_sends_a_verification_email(client):
    _sign_up(client)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["founder@example.com"]
    assert "/confirm-email/" in mail.outbox[0].body


def test_signup_shows_the_check_your_email_page(client):
    response = _sign_up(client)
    page = client.get(response["Location"]).content.decode()
    assert "Verify Your Email Address" in page
    assert 'class="site-header"' in page  # inside the site's own layout


def test_unverified_account_cannot_log_in(client):
    _sign_up(client)
    client.logout()
    response = client.post("/en/accounts/login/", {"login": "founder@example.com", "password": NEW_PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "/accounts/confirm-email/" in response["Location"]


def test_following_the_emailed_link_verifies_the_address_and_logs_in(client):
    _sign_up(client)
    link = _confirmation_link(mail.outbox[0])
    confirm_page = client.get(link)
    assert "Confirm Email Address" in confirm_page.content.decode()
    client.post(link)
    user = get_user_model().objects.get(email="founder@example.com")
    assert user.emailaddress_set.get().verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_every_new_user_gets_a_profile(client):
    _sign_up(client)
    assert Profile.objects.filter(user__email="founder@example.com").exists()


def test_profile_language_is_the_language_of_the_signup_page(client):
    _sign_up(client, language="zh-hans")
    assert Profile.objects.get(user__email="founder@example.com").preferred_language == "zh-hans"


def test_verification_email_is_in_the_signup_language(client):
    _sign_up(client, language="zh-hans")
    assert "/zh-hans/accounts/confirm-email/" in mail.outbox[0].body
    assert re.search(r"[\u4e00-\u9fff]", mail.outbox[0].subject)

"""Login (rate limited), logout and password reset."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _log_in(client, email, password, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_verified_user_logs_in_with_email_and_password(client):
    user = UserFactory()
    _log_in(client, user.email, PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_password_shows_an_error(client):
    user = UserFactory()
    response = _log_in(client, user.email, "not-the-password")
    assert "The email address and/or password you specified are not correct." in response.content.decode()


def test_repeated_failed_logins_block_even_the_right_password(client):
    user = UserFactory()
    for _attempt in range(5):
        _log_in(client, user.email, "not-the-password")
    response = _log_in(client, user.email, PASSWORD)
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_logout_is_a_post_that_ends_the_session(client):
    user = UserFactory()
    client.force_login(user)
    client.post("/en/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_an_email_with_a_reset_link(client):
    user = UserFactory()
    client.post("/en/accounts/password/reset/", {"email": user.email})
    assert mail.outbox[0].to == [user.email]
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_password_reset_link_sets_a_new_password(client):
    user = UserFactory()
    client.post("/en/accounts/password/reset/", {"email": user.email})
    link = re.search(r"https?://[^/\s]+(/\S+/password/reset/key/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]  # allauth swaps the key for a session token
    client.post(form_url, {"password1": "A-brand-new-pass-42", "password2": "A-brand-new-pass-42"})
    user.refresh_from_db()
    assert user.check_password("A-brand-new-pass-42")


def test_too_many_login_posts_from_one_address_get_a_friendly_429_page(client):
    for attempt in range(20):
        _log_in(client, f"someone{attempt}@example.com", "not-the-password")
    response = _log_in(client, "someone-else@example.com", "not-the-password")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert 'class="site-header"' in response.content.decode()


def test_wagtail_editors_still_log_in_to_the_admin_with_their_username(client):
    get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123")
    response = client.post("/admin/login/", {"username": "chief", "password": "pw-chief-123"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

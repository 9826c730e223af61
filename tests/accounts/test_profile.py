"""Editing one's own profile."""

import pytest
from django.contrib.auth import get_user_model

from accounts.models import Profile
from accounts.profiles import site_language

from .factories import UserFactory

pytestmark = pytest.mark.django_db


def test_profile_page_requires_login(client):
    response = client.get("/en/account/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_user_edits_their_profile(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/en/account/profile/",
        {
            "full_name": "Li Na",
            "job_title": "CTO",
            "phone": "+86 898 1234 5678",
            "preferred_language": "zh-hans",
            "match_emails": "",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert (profile.full_name, profile.job_title, profile.phone) == ("Li Na", "CTO", "+86 898 1234 5678")
    assert profile.preferred_language == "zh-hans"
    assert profile.match_emails is False


def test_profile_form_rejects_an_unknown_language(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/en/account/profile/", {"full_name": "Li Na", "preferred_language": "fr"})
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert Profile.objects.get(user=user).full_name == ""


def test_user_made_outside_signup_also_gets_a_profile():
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw-editor-123")
    assert Profile.objects.get(user=user).preferred_language == "en"


def test_wagtail_admin_can_create_a_user_who_gets_a_profile(client):
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123")
    client.force_login(admin)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "moderator",
            "email": "moderator@example.org",
            "first_name": "Mo",
            "last_name": "Der",
            "password1": "Moderate-42-please",
            "password2": "Moderate-42-please",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Profile.objects.filter(user__username="moderator").exists()


@pytest.mark.parametrize(
    "code, expected", [("zh-hans", "zh-hans"), ("zh-Hans", "zh-hans"), ("en-us", "en"), ("fr", "en")]
)
def test_profile_language_is_always_one_the_site_offers(code, expected):
    assert site_language(code) == expected

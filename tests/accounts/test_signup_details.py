"""Sign-up asks for a name (phone and job title optional) and records consent to the live privacy policy and terms."""

import pytest
from django.contrib.auth import get_user_model

from accounts.models import ConsentKind, ConsentRecord, Profile

pytestmark = pytest.mark.django_db

PASSWORD = "Offshore-Haikou-2025"


def _data(**overrides):
    data = {
        "email": "amelia@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "full_name": "Amelia Hart",
        "job_title": "CTO",
        "phone": "+44 20 7946 0000",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_signup_page_asks_for_name_phone_job_title_and_consent_linking_the_live_legal_pages(client, legal_pages):
    html = client.get("/en/accounts/signup/").content.decode()

    for name in ("full_name", "job_title", "phone", "consent"):
        assert f'name="{name}"' in html
    assert f'href="{legal_pages["privacy"].url}"' in html and f'href="{legal_pages["terms"].url}"' in html
    assert "version 2026-12-01" in html and "version 3.0" in html


def test_signup_records_consent_to_each_policy_with_its_version(client, legal_pages):
    client.post("/en/accounts/signup/", _data())

    user = get_user_model().objects.get(email="amelia@example.com")
    records = {record.kind: record.version for record in ConsentRecord.objects.filter(user=user)}
    assert records == {ConsentKind.PRIVACY: "2026-12-01", ConsentKind.TERMS: "3.0"}


def test_signup_fills_the_profile(client, legal_pages):
    client.post("/en/accounts/signup/", _data())

    profile = Profile.objects.get(user__email="amelia@example.com")
    assert (profile.full_name, profile.job_title, profile.phone) == ("Amelia Hart", "CTO", "+44 20 7946 0000")


def test_signup_without_consent_is_refused_and_keeps_what_was_typed(client, legal_pages):
    response = client.post("/en/accounts/signup/", _data(consent=None))

    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="amelia@example.com").exists()
    html = response.content.decode()
    assert "you cannot sign up without it" in html
    assert 'value="Amelia Hart"' in html


def test_signup_without_a_name_is_refused(client, legal_pages):
    response = client.post("/en/accounts/signup/", _data(full_name="   "))

    assert "Enter your full name." in response.content.decode()
    assert not get_user_model().objects.filter(email="amelia@example.com").exists()


def test_signup_page_uses_sign_up_and_log_in_wording(client, legal_pages):
    html = client.get("/en/accounts/signup/").content.decode()

    assert "Sign Up" not in html and "Sign In" not in html and "sign in" not in html
    assert ">Log in</a>" in html

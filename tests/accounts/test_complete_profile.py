"""A member without a name (an older account) is asked for it once after login; staff are not."""

import pytest

from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _log_in(client, user, next_path=""):
    url = "/en/accounts/login/" + (f"?next={next_path}" if next_path else "")
    return client.post(url, {"login": user.email, "password": PASSWORD})


def test_member_without_a_name_is_asked_for_it_after_login(client, site_tree):
    user = UserFactory()

    response = _log_in(client, user, next_path="/en/account/organisation/")

    assert response["Location"].startswith("/en/account/profile/complete/")
    page = client.get(response["Location"]).content.decode()
    assert "Complete your profile" in page


def test_giving_the_name_saves_it_and_continues_where_the_member_was_going(client, site_tree):
    user = UserFactory()
    _log_in(client, user)

    response = client.post(
        "/en/account/profile/complete/", {"full_name": "Li  Na", "next": "/en/account/organisation/"}
    )

    assert response["Location"] == "/en/account/organisation/"
    user.profile.refresh_from_db()
    assert user.profile.full_name == "Li Na"


def test_the_step_does_not_loop_and_does_not_come_back_once_named(client, site_tree):
    user = UserFactory()
    _log_in(client, user)
    client.post("/en/account/profile/complete/", {"full_name": "Li Na"})
    client.logout()

    response = _log_in(client, user)

    assert "/profile/complete/" not in response["Location"]


def test_an_empty_name_is_refused(client, site_tree):
    user = UserFactory()
    _log_in(client, user)

    response = client.post("/en/account/profile/complete/", {"full_name": " "})

    assert "Enter your full name." in response.content.decode()


def test_an_offsite_next_is_ignored(client, site_tree):
    user = UserFactory()
    _log_in(client, user)

    response = client.post("/en/account/profile/complete/", {"full_name": "Li Na", "next": "https://evil.example/"})

    assert "evil.example" not in response["Location"]


def test_staff_are_not_asked(client, site_tree):
    user = UserFactory(is_staff=True)

    response = _log_in(client, user)

    assert "/profile/complete/" not in response["Location"]

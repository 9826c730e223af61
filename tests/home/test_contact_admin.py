"""Staff read contact messages in the Wagtail admin and mark them handled; nobody adds or rewrites them."""

import pytest
from django.urls import NoReverseMatch, reverse

from home.models import ContactMessage
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def message():
    return ContactMessage.objects.create(
        name="Amelia Hart",
        email="amelia@example.com",
        topic="services",
        message="Please call me about company registration.",
        language="en",
    )


@pytest.fixture
def superuser(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_staff_see_the_messages_listed_and_can_read_one(client, superuser, message):
    listing = client.get(reverse("contact_messages:index")).content.decode()
    assert "Amelia Hart" in listing and "amelia@example.com" in listing
    detail = client.get(reverse("contact_messages:inspect", args=[message.pk])).content.decode()
    assert "Please call me about company registration." in detail


def test_editing_only_marks_a_message_handled(client, superuser, message):
    client.post(
        reverse("contact_messages:edit", args=[message.pk]),
        {"handled": "on", "message": "Rewritten", "email": "someone@else.example"},
    )
    message.refresh_from_db()
    assert message.handled
    assert message.message == "Please call me about company registration."
    assert message.email == "amelia@example.com"


def test_there_is_no_page_to_add_a_message(superuser):
    with pytest.raises(NoReverseMatch):
        reverse("contact_messages:add")


def test_people_without_permission_cannot_read_messages(client, message):
    client.force_login(UserFactory(is_staff=True))
    response = client.get(reverse("contact_messages:index"))
    assert response.status_code in (302, 403)

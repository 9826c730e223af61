"""Shared admin pieces: readable values in inspect views and status tags coloured by who must act."""

import datetime

import pytest
from django.db import models
from django.urls import reverse

from core.admin_viewsets import readable_value
from home.models import ContactMessage
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_booleans_read_yes_and_no():
    assert readable_value(models.BooleanField(), True) == "Yes"
    assert readable_value(models.BooleanField(), False) == "No"


def test_times_are_shown_in_beijing_time_with_the_zone():
    moment = datetime.datetime(2027, 3, 31, 1, 30, tzinfo=datetime.UTC)

    assert readable_value(models.DateTimeField(), moment) == "31 March 2027, 09:30 Beijing time (UTC+8)"


def test_missing_values_read_as_a_dash():
    assert readable_value(models.CharField(), "") == "—"
    assert readable_value(models.DateField(), None) == "—"


def test_contact_message_inspect_page_reads_yes_no_and_beijing_time(client):
    staff = UserFactory(is_superuser=True)
    client.force_login(staff)
    message = ContactMessage.objects.create(
        name="Li Na",
        email="li.na@example.cn",
        message="Hello",
        topic=ContactMessage.Topic.choices[0][0],
        language="zh-hans",
    )
    ContactMessage.objects.filter(pk=message.pk).update(
        created_at=datetime.datetime(2027, 3, 31, 1, 30, tzinfo=datetime.UTC)
    )

    page = client.get(reverse("contact_messages:inspect", args=[message.pk])).content.decode()

    assert "31 March 2027, 09:30 Beijing time (UTC+8)" in page
    assert ">False<" not in page.replace(" ", "").replace("\n", "")
    assert "No" in page

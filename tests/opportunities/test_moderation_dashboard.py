"""What moderators see at a glance: the dashboard count, status colours and readable values on the review page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from opportunities.models import ListingChange, ListingChangeStatus, Status
from tests.opportunities.factories import ListingFactory
from tests.opportunities.test_moderation_admin import staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    user = staff_user("Moderators", "change_listing", "change_listingreport")
    client.force_login(user)
    return user


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_dashboard_counts_new_and_changed_listings_waiting_for_moderation(client, moderator):
    ListingFactory(status=Status.SUBMITTED)
    ListingFactory(status=Status.SUBMITTED)
    ListingChange.objects.create(listing=ListingFactory(status=Status.PUBLISHED), changed_fields={"title": "New"})
    ListingChange.objects.create(
        listing=ListingFactory(status=Status.PUBLISHED),
        changed_fields={"title": "Old"},
        status=ListingChangeStatus.RETURNED,
    )
    ListingFactory(status=Status.PUBLISHED)

    page = dashboard(client)

    assert "3 listings waiting for moderation" in page
    assert "2 new" in page
    assert "1 changed after publication" in page
    assert f'href="{reverse("listing_moderation:index")}"' in page


def test_dashboard_count_is_hidden_from_staff_who_cannot_moderate(client):
    client.force_login(staff_user("Editors"))
    ListingFactory(status=Status.SUBMITTED)

    assert "waiting for moderation" not in dashboard(client)


def test_returned_listing_has_a_warning_badge_in_the_queue(client, moderator):
    ListingFactory(status=Status.RETURNED, title="Needs another look")

    page = client.get(reverse("listing_moderation:index"), {"status": "returned"}).content.decode()

    assert "w-status--warning" in page
    assert "Returned for changes" in page


def test_review_page_shows_yes_no_amounts_and_beijing_time(client, moderator):
    submitted = timezone.make_aware(datetime.datetime(2027, 3, 31, 1, 30), datetime.UTC)
    listing = ListingFactory(
        status=Status.SUBMITTED, is_anonymous=True, budget_min=3800, budget_max=1_200_000, budget_currency="CNY"
    )
    listing.submitted_at = submitted
    listing.save(update_fields=["submitted_at"])

    page = client.get(reverse("listing_moderation:review", args=[listing.pk])).content.decode()

    assert ">True<" not in page and ">False<" not in page
    assert "Yes" in page
    assert "3,800" in page and "1,200,000" in page
    assert "31 March 2027, 09:30 Beijing time (UTC+8)" in page

"""The moderation queues in the Wagtail admin: publish, return with a reason, reported listings."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from opportunities.models import Listing, ListingReport, Status
from tests.opportunities.factories import ListingFactory, ListingReportFactory, UserFactory

pytestmark = pytest.mark.django_db


def staff_user(group_name, *permissions):
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in permissions:
        group.permissions.add(Permission.objects.get(content_type__app_label="opportunities", codename=codename))
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(client):
    user = staff_user("Moderators", "change_listing", "change_listingreport")
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    user = staff_user("Editors")
    client.force_login(user)
    return user


def review_url(listing):
    return reverse("listing_moderation:review", args=[listing.pk])


def test_queue_shows_submitted_listings_by_default(client, moderator):
    ListingFactory(status=Status.SUBMITTED, title="Waiting for a decision")
    ListingFactory(status=Status.PUBLISHED, title="Already public")

    page = client.get(reverse("listing_moderation:index")).content.decode()

    assert "Waiting for a decision" in page
    assert "Already public" not in page


def test_queue_filters_by_another_status(client, moderator):
    ListingFactory(status=Status.PUBLISHED, title="Already public")

    page = client.get(reverse("listing_moderation:index"), {"status": "published"}).content.decode()

    assert "Already public" in page


def test_moderator_publishes_from_the_queue(client, moderator, django_capture_on_commit_callbacks):
    listing = ListingFactory(status=Status.SUBMITTED)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(listing), {"action": "publish"})

    listing.refresh_from_db()
    assert response.status_code == 302
    assert listing.status == Status.PUBLISHED
    assert mail.outbox[0].to == [listing.owner.email]


def test_moderator_returns_a_listing_with_a_reason(client, moderator):
    listing = ListingFactory(status=Status.SUBMITTED)

    client.post(review_url(listing), {"action": "return", "reason": "Add the stage of development."})

    listing.refresh_from_db()
    assert listing.status == Status.RETURNED
    assert listing.return_reason == "Add the stage of development."


def test_returning_without_a_reason_shows_an_error(client, moderator):
    listing = ListingFactory(status=Status.SUBMITTED)

    response = client.post(review_url(listing), {"action": "return", "reason": ""})

    listing.refresh_from_db()
    assert response.status_code == 200
    assert "Say why the listing is returned" in response.content.decode()
    assert listing.status == Status.SUBMITTED


def test_review_page_shows_the_listing(client, moderator):
    listing = ListingFactory(status=Status.SUBMITTED, description="Seawater to drinking water.")

    page = client.get(review_url(listing)).content.decode()

    assert "Seawater to drinking water." in page
    assert "Publish" in page


def test_editor_without_the_permission_cannot_open_the_queue(client, editor):
    listing = ListingFactory(status=Status.SUBMITTED)

    index = client.get(reverse("listing_moderation:index"))
    review = client.post(review_url(listing), {"action": "publish"})

    listing.refresh_from_db()
    assert index.status_code in (302, 403)
    assert review.status_code in (302, 403)
    assert listing.status == Status.SUBMITTED


def test_moderation_menu_is_shown_to_moderators_only(client, moderator):
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_user("Editors"))
    editor_home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("listing_moderation:index") in admin_home
    assert reverse("listing_moderation:index") not in editor_home


def test_reported_listing_appears_in_the_reports_queue(client, moderator):
    ListingReportFactory(listing=ListingFactory(title="Suspicious offer"))

    page = client.get(reverse("listing_reports:index")).content.decode()

    assert "Suspicious offer" in page


def test_unresolved_reports_come_first(client, moderator):
    ListingReportFactory(listing=ListingFactory(title="Handled one"), is_resolved=True)
    ListingReportFactory(listing=ListingFactory(title="Open one"))

    page = client.get(reverse("listing_reports:index")).content.decode()

    assert page.index("Open one") < page.index("Handled one")


def test_moderator_resolves_a_report(client, moderator):
    report = ListingReportFactory()

    client.post(reverse("listing_reports:review", args=[report.pk]), {"action": "resolve"})

    report.refresh_from_db()
    assert report.is_resolved
    assert Listing.objects.get(pk=report.listing_id).status == Status.PUBLISHED


def test_moderator_closes_a_reported_listing(client, moderator):
    report = ListingReportFactory()
    second_report = ListingReportFactory(listing=report.listing)

    client.post(reverse("listing_reports:review", args=[report.pk]), {"action": "close_listing"})

    assert Listing.objects.get(pk=report.listing_id).status == Status.CLOSED
    assert not ListingReport.objects.filter(pk__in=[report.pk, second_report.pk], is_resolved=False).exists()


def test_editor_cannot_open_the_reports_queue(client, editor):
    ListingReportFactory()

    response = client.get(reverse("listing_reports:index"))

    assert response.status_code in (302, 403)


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_listing_queue_runs_the_same_queries_for_more_listings(client, moderator):
    url = reverse("listing_moderation:index")
    client.get(url)  # warm per-request caches
    ListingFactory.create_batch(2, status=Status.SUBMITTED)
    few = _queries_for(client, url)
    ListingFactory.create_batch(8, status=Status.SUBMITTED)

    assert _queries_for(client, url) == few


def test_reports_queue_runs_the_same_queries_for_more_reports(client, moderator):
    url = reverse("listing_reports:index")
    client.get(url)
    ListingReportFactory.create_batch(2)
    few = _queries_for(client, url)
    ListingReportFactory.create_batch(8)

    assert _queries_for(client, url) == few

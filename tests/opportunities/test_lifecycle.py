"""Listing lifecycle: draft → submitted → published or returned → expired or closed, and its emails."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from opportunities import lifecycle
from opportunities.models import Listing, Status
from tests.opportunities.factories import ListingFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def moderator():
    return UserFactory(is_staff=True)


def test_owner_submits_a_draft_to_the_moderators():
    listing = ListingFactory(status=Status.DRAFT)

    lifecycle.submit_listing(listing, listing.owner)

    listing.refresh_from_db()
    assert listing.status == Status.SUBMITTED
    assert listing.submitted_at is not None


def test_moderator_publishes_a_submitted_listing(moderator):
    listing = ListingFactory(status=Status.SUBMITTED, published_at=None)

    lifecycle.publish_listing(listing, moderator)

    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED
    assert Listing.objects.public().filter(pk=listing.pk).exists()


def test_publishing_emails_the_owner(django_capture_on_commit_callbacks, moderator):
    listing = ListingFactory(status=Status.SUBMITTED, title="Solar desalination unit")

    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.publish_listing(listing, moderator)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [listing.owner.email]
    assert "Solar desalination unit" in mail.outbox[0].subject
    assert "published" in mail.outbox[0].subject


def test_moderator_returns_a_listing_with_a_reason_the_owner_receives(moderator):
    listing = ListingFactory(status=Status.SUBMITTED)

    lifecycle.return_listing(listing, moderator, "Please describe the technology in more detail.")

    listing.refresh_from_db()
    assert listing.status == Status.RETURNED
    assert listing.return_reason == "Please describe the technology in more detail."
    assert "Please describe the technology in more detail." in mail.outbox[0].body


def test_returning_without_a_reason_is_refused(moderator):
    listing = ListingFactory(status=Status.SUBMITTED)

    with pytest.raises(ValidationError):
        lifecycle.return_listing(listing, moderator, "   ")

    listing.refresh_from_db()
    assert listing.status == Status.SUBMITTED


def test_returned_listing_can_be_submitted_again():
    listing = ListingFactory(status=Status.RETURNED, return_reason="Too vague.")

    lifecycle.submit_listing(listing, listing.owner)

    listing.refresh_from_db()
    assert listing.status == Status.SUBMITTED


def test_owner_closes_a_published_listing_and_it_stops_being_public():
    listing = ListingFactory(status=Status.PUBLISHED)

    lifecycle.close_listing(listing, listing.owner)

    listing.refresh_from_db()
    assert listing.status == Status.CLOSED
    assert not Listing.objects.public().filter(pk=listing.pk).exists()


def test_someone_else_cannot_submit_a_listing():
    listing = ListingFactory(status=Status.DRAFT)

    with pytest.raises(PermissionDenied):
        lifecycle.submit_listing(listing, make_member())


def test_someone_else_cannot_close_a_listing():
    listing = ListingFactory(status=Status.PUBLISHED)

    with pytest.raises(PermissionDenied):
        lifecycle.close_listing(listing, make_member())

    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED


def test_someone_else_gets_404_when_submitting_through_the_site(client):
    listing = ListingFactory(status=Status.DRAFT)
    client.force_login(make_member())

    response = client.post(reverse("opportunities:submit", args=[listing.pk]))

    assert response.status_code == 404
    listing.refresh_from_db()
    assert listing.status == Status.DRAFT


def test_owner_submits_through_the_site(client):
    listing = ListingFactory(status=Status.DRAFT)
    client.force_login(listing.owner)

    client.post(reverse("opportunities:submit", args=[listing.pk]))

    listing.refresh_from_db()
    assert listing.status == Status.SUBMITTED


def test_listing_is_still_public_on_its_deadline_day():
    listing = ListingFactory(deadline=in_days(0))

    lifecycle.expire_due_listings()

    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED


def test_listing_expires_the_day_after_its_deadline():
    listing = ListingFactory(deadline=in_days(-1))

    expired = lifecycle.expire_due_listings()

    listing.refresh_from_db()
    assert expired == 1
    assert listing.status == Status.EXPIRED
    assert not Listing.objects.public().filter(pk=listing.pk).exists()


def test_reminder_is_sent_14_days_before_the_deadline_once():
    ListingFactory(deadline=in_days(14))

    first = lifecycle.send_expiry_reminders()
    second = lifecycle.send_expiry_reminders()

    assert (first, second) == (1, 0)
    assert "14 days" in mail.outbox[0].subject


def test_reminder_is_sent_again_3_days_before_the_deadline_once():
    listing = ListingFactory(deadline=in_days(14))
    lifecycle.send_expiry_reminders()

    three_days_before = listing.deadline - datetime.timedelta(days=3)
    first = lifecycle.send_expiry_reminders(today=three_days_before)
    second = lifecycle.send_expiry_reminders(today=three_days_before)

    assert (first, second) == (1, 0)
    assert len(mail.outbox) == 2
    assert "3 days" in mail.outbox[1].subject


def test_reminder_contains_a_renewal_link():
    listing = ListingFactory(deadline=in_days(3))

    lifecycle.send_expiry_reminders()

    assert f"/en/opportunities/renew/{listing.renewal_token}/" in mail.outbox[0].body


def test_reminder_to_a_chinese_speaking_owner_is_in_chinese():
    owner = make_member(language="zh-hans")
    listing = ListingFactory(owner=owner, organisation=owner.profile.organisation, deadline=in_days(3))

    lifecycle.send_expiry_reminders()

    message = mail.outbox[0]
    with translation.override("zh-hans"):
        expected_subject = translation.ngettext(
            "Your listing “%(title)s” expires in %(days)s day", "Your listing “%(title)s” expires in %(days)s days", 3
        ) % {"title": listing.title, "days": 3}
    assert message.subject == expected_subject
    assert f"/zh-hans/opportunities/renew/{listing.renewal_token}/" in message.body


def test_renewal_link_puts_an_expired_listing_back_online_without_login(client):
    listing = ListingFactory(deadline=in_days(-2))
    lifecycle.expire_due_listings()

    response = client.post(reverse("opportunities:renew", args=[listing.renewal_token]))

    listing.refresh_from_db()
    assert response.status_code == 200
    assert listing.status == Status.PUBLISHED
    assert listing.deadline > timezone.localdate()
    assert Listing.objects.public().filter(pk=listing.pk).exists()


def test_renewal_page_shows_a_one_click_button(client):
    listing = ListingFactory(deadline=in_days(3))

    response = client.get(reverse("opportunities:renew", args=[listing.renewal_token]))

    assert "Renew for 90 days" in response.content.decode()
    listing.refresh_from_db()
    assert listing.deadline == in_days(3)


def test_renewal_with_an_unknown_token_is_404(client):
    response = client.post(reverse("opportunities:renew", args=["not-a-token"]))

    assert response.status_code == 404


def test_renewal_resets_the_reminders():
    listing = ListingFactory(deadline=in_days(3), reminder_14_sent=True, reminder_3_sent=True)

    lifecycle.renew_listing(listing)

    listing.refresh_from_db()
    assert not listing.reminder_14_sent and not listing.reminder_3_sent

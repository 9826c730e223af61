"""Reporting a listing for spam or abuse: it lands in the moderators' queue, with limits against abuse."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from opportunities import introductions
from opportunities.models import ListingReport, ReportReason, Status
from tests.opportunities.factories import ListingFactory, ListingReportFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    return ListingFactory()


@pytest.fixture
def reader():
    return UserFactory()


def test_reporting_a_listing_puts_an_open_report_in_the_moderators_queue(client, listing, reader):
    client.force_login(reader)
    response = client.post(
        f"/en/opportunities/{listing.pk}/report/", {"reason": ReportReason.SPAM, "details": "Advertises a casino."}
    )
    report = ListingReport.objects.get()
    assert response.status_code == 302
    assert (report.listing, report.reporter, report.reason, report.details, report.is_resolved) == (
        listing,
        reader,
        ReportReason.SPAM,
        "Advertises a casino.",
        False,
    )


def test_a_report_needs_a_known_reason(client, listing, reader):
    client.force_login(reader)
    response = client.post(f"/en/opportunities/{listing.pk}/report/", {"reason": "boring"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not ListingReport.objects.exists()


def test_a_report_needs_a_reason(client, listing, reader):
    client.force_login(reader)
    response = client.post(f"/en/opportunities/{listing.pk}/report/", {"details": "Bad"})
    assert response.status_code == 400
    assert not ListingReport.objects.exists()


def test_the_report_form_offers_every_reason_in_both_languages(client, listing, reader):
    client.force_login(reader)
    for language in ("en", "zh-hans"):
        page = client.get(f"/{language}/opportunities/{listing.pk}/report/").content.decode()
        assert all(f'value="{reason}"' in page for reason in ReportReason.values)


def test_reporting_requires_login(client, listing):
    assert client.get(f"/en/opportunities/{listing.pk}/report/").status_code == 302


def test_nobody_can_report_their_own_listing(listing):
    with pytest.raises(ValidationError, match="your own listing"):
        introductions.report_listing(listing, listing.owner, ReportReason.SPAM)


def test_the_owner_is_told_they_cannot_report_their_own_listing(client, listing):
    client.force_login(listing.owner)
    response = client.post(f"/en/opportunities/{listing.pk}/report/", {"reason": ReportReason.SPAM})
    assert "You cannot report your own listing." in response.content.decode()
    assert not ListingReport.objects.exists()


def test_a_colleague_cannot_report_their_organisations_listing(listing):
    colleague = make_member(organisation=listing.organisation)
    with pytest.raises(ValidationError):
        introductions.report_listing(listing, colleague, ReportReason.SPAM)


def test_one_open_report_per_reader_and_listing(listing, reader):
    introductions.report_listing(listing, reader, ReportReason.SPAM)
    with pytest.raises(ValidationError, match="already reported"):
        introductions.report_listing(listing, reader, ReportReason.ABUSE)


def test_a_reader_may_report_again_once_the_first_report_is_resolved(listing, reader):
    ListingReportFactory(listing=listing, reporter=reader, is_resolved=True)
    introductions.report_listing(listing, reader, ReportReason.ABUSE)
    assert ListingReport.objects.filter(is_resolved=False).count() == 1


def test_at_most_ten_reports_a_day_per_reader(reader):
    for _ in range(10):
        introductions.report_listing(ListingFactory(), reader, ReportReason.SPAM)
    with pytest.raises(ValidationError, match="10 reports in the last 24 hours"):
        introductions.report_listing(ListingFactory(), reader, ReportReason.SPAM)
    assert ListingReport.objects.count() == 10


def test_reports_older_than_a_day_do_not_count_towards_the_limit(reader):
    for _ in range(10):
        ListingReportFactory(reporter=reader)
    ListingReport.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
    introductions.report_listing(ListingFactory(), reader, ReportReason.SPAM)
    assert ListingReport.objects.count() == 11


def test_an_unpublished_listing_cannot_be_reported_by_others(client, reader):
    draft = ListingFactory(status=Status.DRAFT)
    client.force_login(reader)
    assert client.post(f"/en/opportunities/{draft.pk}/report/", {"reason": ReportReason.SPAM}).status_code == 404


def test_a_report_appears_in_the_moderators_reports_queue(client, listing, reader):
    introductions.report_listing(listing, reader, ReportReason.MISLEADING, "Fake patent numbers.")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get("/admin/moderation/reports/").content.decode()
    assert listing.title in page

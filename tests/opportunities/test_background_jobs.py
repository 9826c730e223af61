"""The marketplace's background work goes through the real database task queue and its worker."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from opportunities.lifecycle import publish_listing
from opportunities.models import Match, Status
from tests.factories import SectorFactory
from tests.opportunities.factories import CooperationTypeFactory, ListingFactory, TechnologyKeywordFactory

# The worker closes database connections between tasks, as a long-running process should;
# that ends a test transaction, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)


def run_worker():
    call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0)


def test_publishing_queues_matching_and_the_worker_stores_the_matches():
    sector, keyword, licence = SectorFactory(), TechnologyKeywordFactory(), CooperationTypeFactory()
    offer = ListingFactory(kind="tech-offer", sectors=[sector], keywords=[keyword], cooperation_types=[licence])
    request = ListingFactory(
        kind="tech-request",
        status=Status.SUBMITTED,
        original_language="zh-hans",
        sectors=[sector],
        keywords=[keyword],
        cooperation_types=[licence],
    )
    moderator = get_user_model().objects.create_user("mod", "mod@example.org", "pw-mod-12345")
    publish_listing(request, moderator)  # commits, so the on-commit hook queues the task
    assert not Match.objects.exists()  # queued, not done inline

    run_worker()
    assert Match.objects.filter(listing=request, candidate=offer).exists()
    assert Match.objects.filter(listing=offer, candidate=request).exists()


def test_daily_jobs_expire_listings_and_send_reminders_through_the_worker():
    today = timezone.localdate()
    overdue = ListingFactory(deadline=today - datetime.timedelta(days=1))
    soon = ListingFactory(deadline=today + datetime.timedelta(days=3))
    call_command("run_daily_jobs", stdout=io.StringIO())
    overdue.refresh_from_db()
    assert overdue.status == Status.PUBLISHED  # nothing happens until a worker runs

    run_worker()
    overdue.refresh_from_db()
    soon.refresh_from_db()
    assert overdue.status == Status.EXPIRED
    assert soon.reminder_3_sent
    assert [message.to for message in mail.outbox] == [[soon.owner.email]]

"""Introductions cannot be used to flood anyone with email: limits on sending, and digests for the rest.

The first email about a thread goes at once; whatever follows within the digest window waits in the
database and reaches the other party as one digest, sent by the real task worker when the window ends.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from opportunities import introductions
from opportunities.introduction_notices import DIGEST_WINDOW
from opportunities.models import ExpressionOfInterest, IntroductionMessage, IntroductionNotice
from tests.opportunities.factories import ListingFactory, make_member

# The worker closes database connections between tasks, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def listing():
    listing = ListingFactory(title="Offshore AI diagnostics")
    make_member(user=listing.owner, organisation=listing.organisation)
    listing.owner.email = "olivia@owner.example"
    listing.owner.save()
    return listing


@pytest.fixture
def sender():
    user = make_member()
    user.email = "sam@sender.example"
    user.save()
    return user


@pytest.fixture
def accepted(listing, sender):
    interest = introductions.express_interest(listing, sender, "We would like to license this in Hainan.")
    introductions.respond(interest, listing.owner, accept=True)
    mail.outbox.clear()
    return interest


def emails_to(address):
    return [email for email in mail.outbox if email.to == [address]]


def run_worker():
    call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0)


def run_worker_after_the_window():
    """The worker, once the digest window has passed (the waiting tasks are made due now)."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()


# Messages ---------------------------------------------------------------------------------------


def test_thirty_messages_send_one_email_at_once_and_one_digest_with_the_other_twenty_nine(accepted):
    for number in range(1, 31):
        introductions.post_message(accepted, accepted.sender, f"Message number {number}.")
    immediate = emails_to("olivia@owner.example")

    run_worker_after_the_window()
    owner_emails = emails_to("olivia@owner.example")

    assert len(immediate) == 1 and "Message number 1." in immediate[0].body
    assert len(owner_emails) == 2
    digest = owner_emails[1]
    assert all(f"Message number {number}." in digest.body for number in range(2, 31))
    assert "Message number 1." not in digest.body
    assert "29 updates" in digest.subject


def test_the_digest_waits_for_the_end_of_the_window(accepted):
    introductions.post_message(accepted, accepted.sender, "First.")
    introductions.post_message(accepted, accepted.sender, "Second.")
    digest_task = DBTaskResult.objects.get(status="READY")

    run_worker()  # too early: the task is not due yet

    first_email_at = IntroductionNotice.objects.get(message__body="First.").emailed_at
    assert digest_task.run_after == first_email_at + DIGEST_WINDOW
    assert len(emails_to("olivia@owner.example")) == 1


def test_the_digest_is_in_the_recipients_language(accepted, listing):
    listing.owner.profile.preferred_language = "zh-hans"
    listing.owner.profile.save()
    introductions.post_message(accepted, accepted.sender, "First.")
    introductions.post_message(accepted, accepted.sender, "Second.")

    run_worker_after_the_window()

    first, digest = emails_to("olivia@owner.example")
    assert "Second." in digest.body and "Second." not in first.body
    assert f"/zh-hans/opportunities/introductions/{accepted.pk}/" in digest.body
    assert "年" in digest.body  # each update's time, in Chinese date format


def test_a_message_after_a_digest_waits_for_the_next_one_and_none_is_lost(accepted):
    introductions.post_message(accepted, accepted.sender, "First.")
    introductions.post_message(accepted, accepted.sender, "Second.")
    run_worker_after_the_window()
    introductions.post_message(accepted, accepted.sender, "Third.")  # right after the digest: waits again
    assert len(emails_to("olivia@owner.example")) == 2

    run_worker_after_the_window()

    bodies = [email.body for email in emails_to("olivia@owner.example")]
    assert len(bodies) == 3
    assert [sum(text in body for body in bodies) for text in ("First.", "Second.", "Third.")] == [1, 1, 1]


def test_a_digest_whose_task_never_ran_is_sent_by_the_daily_jobs(accepted):
    introductions.post_message(accepted, accepted.sender, "First.")
    introductions.post_message(accepted, accepted.sender, "Lost task.")
    DBTaskResult.objects.all().delete()  # as if the worker had lost it
    IntroductionNotice.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))

    call_command("run_daily_jobs", stdout=io.StringIO())
    run_worker()

    assert "Lost task." in emails_to("olivia@owner.example")[-1].body


def test_the_21st_message_within_an_hour_is_refused_and_keeps_its_text(client, accepted):
    client.force_login(accepted.sender)
    url = f"/en/opportunities/introductions/{accepted.pk}/message/"
    statuses = [
        client.post(url, {"body": f"Message number {number}."}).status_code
        for number in range(introductions.MESSAGES_PER_HOUR)
    ]

    refused = client.post(url, {"body": "One too many, typed with care."})

    assert statuses == [302] * introductions.MESSAGES_PER_HOUR
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "the most allowed" in page
    assert "One too many, typed with care." in page  # still in the form
    assert IntroductionMessage.objects.count() == introductions.MESSAGES_PER_HOUR


# Expressing and withdrawing interest ------------------------------------------------------------


def test_twelve_express_withdraw_cycles_are_stopped_and_the_owner_gets_at_most_two_emails(client, listing, sender):
    client.force_login(sender)
    refusals = []
    for cycle in range(12):
        response = client.post(f"/en/opportunities/{listing.pk}/interest/", {"message": f"Cycle {cycle}."})
        if response.status_code != 302:
            refusals.append(response)
            continue
        interest = ExpressionOfInterest.objects.filter(sender=sender).first()
        client.post(f"/en/opportunities/introductions/{interest.pk}/withdraw/")

    run_worker_after_the_window()

    assert ExpressionOfInterest.objects.filter(sender=sender).count() == introductions.MAX_INTERESTS_PER_LISTING
    assert len(refusals) == 12 - introductions.MAX_INTERESTS_PER_LISTING
    assert {response.status_code for response in refusals} == {429}
    assert "2 times in the last 7 days" in refusals[0].content.decode()
    owner_emails = emails_to("olivia@owner.example")
    assert len(owner_emails) == 2
    assert owner_emails[1].body.count("withdrew its expression of interest") == 2
    assert "Cycle 1." in owner_emails[1].body


def test_expressing_interest_more_than_ten_times_an_hour_is_refused_and_keeps_the_text(client, sender):
    client.force_login(sender)
    for _ in range(introductions.INTERESTS_PER_HOUR):
        client.post(f"/en/opportunities/{ListingFactory().pk}/interest/", {"message": "Hello."})
        introductions.withdraw(ExpressionOfInterest.objects.filter(sender=sender).first(), sender)

    refused = client.post(f"/en/opportunities/{ListingFactory().pk}/interest/", {"message": "My careful pitch."})

    assert refused.status_code == 429
    page = refused.content.decode()
    assert "in the last hour, the most allowed" in page
    assert "My careful pitch." in page
    assert ExpressionOfInterest.objects.filter(sender=sender).count() == introductions.INTERESTS_PER_HOUR

"""The seeker reads the sent submissions once the deadline has passed; before it they stay sealed."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from challenges.models import SubmissionStatus
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory
from tests.opportunities.factories import make_member

pytestmark = pytest.mark.django_db


def sent(challenge, title):
    registration = RegistrationFactory(challenge=challenge, user=make_member())
    return SubmissionFactory(
        registration=registration,
        title=title,
        status=SubmissionStatus.SUBMITTED,
        reference=f"HIC-2026-{registration.pk:06d}",
        submitted_at=timezone.now() - datetime.timedelta(days=1),
    )


def closed_challenge():
    return ChallengeFactory(
        publish_at=timezone.now() - datetime.timedelta(days=40),
        submission_deadline=timezone.now() - datetime.timedelta(minutes=1),
    )


def test_before_the_deadline_the_seeker_sees_no_submission(client):
    challenge = ChallengeFactory()
    sent(challenge, "Sealed cassava film")
    client.force_login(challenge.owner)

    page = client.get(f"/en/challenges/{challenge.pk}/received/").content.decode()

    assert "Sealed cassava film" not in page and "sealed until the deadline" in page


def test_after_the_deadline_the_seeker_reads_every_sent_submission_but_no_draft(client):
    challenge = closed_challenge()
    submission = sent(challenge, "Cassava film that degrades")
    SubmissionFactory(registration=RegistrationFactory(challenge=challenge), title="Unsent draft")
    client.force_login(challenge.owner)

    page = client.get(f"/zh-hans/challenges/{challenge.pk}/received/").content.decode()

    assert "Cassava film that degrades" in page and submission.reference in page
    assert "Unsent draft" not in page
    assert client.get(f"/en/challenges/submissions/{submission.pk}/").status_code == 200


def test_another_user_gets_not_found_for_the_seekers_list(client):
    challenge = closed_challenge()
    client.force_login(make_member())

    assert client.get(f"/en/challenges/{challenge.pk}/received/").status_code == 404


def test_the_list_costs_the_same_queries_for_two_and_ten_submissions(client):
    challenge = closed_challenge()
    for number in range(2):
        sent(challenge, f"Submission {number}")
    client.force_login(challenge.owner)
    client.get(f"/en/challenges/{challenge.pk}/received/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/en/challenges/{challenge.pk}/received/")
    for number in range(8):
        sent(challenge, f"More {number}")
    with CaptureQueriesContext(connection) as many:
        client.get(f"/en/challenges/{challenge.pk}/received/")

    assert len(many.captured_queries) == len(few.captured_queries)

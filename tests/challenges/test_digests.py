"""Scheduled emails: deadline reminders to registrants with unsent drafts, and the weekly digest for followers."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from challenges.digests import send_deadline_reminders, send_weekly_digests
from challenges.models import ChallengeFollow, SubmissionStatus
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import make_member

pytestmark = pytest.mark.django_db


def closing_in(days, hours=0):
    return ChallengeFactory(submission_deadline=timezone.now() + datetime.timedelta(days=days, hours=hours))


def draft_for(challenge, language="en"):
    registration = RegistrationFactory(challenge=challenge, user=make_member(language=language))
    SubmissionFactory(registration=registration)
    return registration


def test_a_registrant_with_an_unsent_draft_is_reminded_a_week_before_the_deadline_once():
    registration = draft_for(closing_in(6, 12))

    assert send_deadline_reminders() == 1
    assert send_deadline_reminders() == 0

    assert mail.outbox[0].to == [registration.user.email]
    assert "6 days left" in mail.outbox[0].subject or "7 days left" in mail.outbox[0].subject


def test_the_last_day_reminder_follows_the_weekly_one_in_the_registrants_language():
    challenge = closing_in(5)
    draft_for(challenge, language="zh-hans")
    send_deadline_reminders()
    challenge.submission_deadline = timezone.now() + datetime.timedelta(hours=20)
    challenge.save()

    assert send_deadline_reminders() == 1
    assert "截止" in mail.outbox[-1].body or "北京时间" in mail.outbox[-1].body


def test_registrants_who_sent_a_submission_or_withdrew_are_not_reminded():
    challenge = closing_in(3)
    entered = draft_for(challenge)
    SubmissionFactory(registration=entered, status=SubmissionStatus.SUBMITTED, reference="HIC-1")
    gone = draft_for(challenge)
    gone.withdrawn_at = timezone.now()
    gone.save()

    assert send_deadline_reminders() == 0


def test_a_challenge_far_from_its_deadline_sends_no_reminder():
    draft_for(closing_in(20))

    assert send_deadline_reminders() == 0


def test_followers_get_one_weekly_digest_of_new_challenges_in_their_sectors():
    sector, other = SectorFactory(), SectorFactory()
    follower = make_member()
    follow = ChallengeFollow.objects.create(user=follower)
    follow.sectors.set([sector])
    ChallengeFactory(sectors=[sector], title_en="Mulch film that degrades")
    ChallengeFactory(sectors=[other], title_en="Unrelated sector")

    assert send_weekly_digests() == 1
    assert send_weekly_digests() == 0  # not again within the week

    body = mail.outbox[0].body
    assert "Mulch film that degrades" in body and "Unrelated sector" not in body
    assert f"/en/challenges/opt-out/{follow.token}/digest/" in body


def test_the_digest_one_click_opt_out_stops_it(client):
    follow = ChallengeFollow.objects.create(user=make_member())
    ChallengeFactory()

    client.post(f"/zh-hans/challenges/opt-out/{follow.token}/digest/")

    assert send_weekly_digests() == 0
    follow.refresh_from_db()
    assert follow.weekly_digest is False and follow.solver_invitations is True


def test_a_follower_can_choose_sectors_on_the_settings_page(client):
    user = make_member()
    sector = SectorFactory()
    client.force_login(user)

    response = client.post("/en/challenges/follow/", {"sectors": [sector.pk], "weekly_digest": "on"}, follow=True)

    assert "saved" in response.content.decode()
    follow = ChallengeFollow.objects.get(user=user)
    assert list(follow.sectors.all()) == [sector] and follow.solver_invitations is False

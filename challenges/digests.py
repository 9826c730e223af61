"""Emails that come on a schedule: deadline reminders to solvers with unfinished drafts, and the weekly digest.

Both run from the daily jobs (``wagtail_hooks.py``) and are safe to run more than once a day: a reminder is
marked on the challenge (``reminders_sent``) and a digest on the follower (``last_digest_at``).
"""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from core.dates import datetime_with_zone
from core.emails import send_templated_email
from core.links import absolute_url

from .models import Challenge, ChallengeFollow, InvitationStatus, Registration, Submission, SubmissionStatus

REMINDER_DAYS = (7, 1)  # reminders go out when the deadline is at most this many days away
DIGEST_INTERVAL = timedelta(days=7)
DIGEST_MOST = 20  # challenges listed in one digest


def _team_members(registration):
    """The lead and accepted members who still have an account (deleted accounts are inactive)."""
    members = [registration.user]
    members += [
        invitation.member
        for invitation in registration.invitations.all()
        if invitation.status == InvitationStatus.ACCEPTED and invitation.member is not None
    ]
    return [member for member in members if member.is_active]


def _remind(registration, challenge, days):
    sent = 0
    for user in _team_members(registration):
        with override(user.profile.preferred_language):
            context = {
                "challenge": challenge,
                "days": days,
                "deadline": datetime_with_zone(challenge.submission_deadline),
                "challenge_url": absolute_url(reverse("challenges:detail", args=[challenge.pk])),
            }
        # Keyed per challenge, reminder and person: a run retried after its worker died sends each once.
        key = f"deadline:{challenge.pk}:{days}:{user.pk}"
        sent += bool(send_templated_email(user, "challenges/email/deadline_reminder", context, idempotency_key=key))
    return sent


def send_deadline_reminders(now=None):
    """Remind registrants with an unsent draft 7 days and 1 day before the deadline; returns emails sent.

    A registration with a draft but also a sent submission is not reminded: it has entered. Each
    reminder goes out once per challenge, the nearest one only (a challenge approved 3 days before its
    deadline gets the 1-day reminder, not both at once).
    """
    now = now or timezone.now()
    sent = 0
    for days in sorted(REMINDER_DAYS):
        due = Challenge.objects.open_for_submissions(now).filter(submission_deadline__lte=now + timedelta(days=days))
        for challenge in due:
            if days in challenge.reminders_sent:
                continue
            drafts = Submission.objects.filter(registration=OuterRef("pk"), status=SubmissionStatus.DRAFT)
            entered = Submission.objects.filter(registration=OuterRef("pk"), status=SubmissionStatus.SUBMITTED)
            registrations = (
                Registration.objects.active()
                .filter(challenge=challenge)
                .filter(Exists(drafts))
                .exclude(Exists(entered))
                .select_related("user__profile")
                .prefetch_related("invitations__member__profile")
            )
            for registration in registrations:
                sent += _remind(registration, challenge, days)
            # The farther reminders are no longer useful once a nearer one went out.
            challenge.reminders_sent = sorted({*challenge.reminders_sent, *(d for d in REMINDER_DAYS if d >= days)})
            challenge.save(update_fields=["reminders_sent"])
    return sent


def new_challenges_for(follow, since, now):
    """Challenges published in ``(since, now]`` in the follower's sectors (every sector if they chose none)."""
    challenges = Challenge.objects.open_for_submissions(now).filter(publish_at__gt=since)
    sector_ids = [sector.pk for sector in follow.sectors.all()]
    if sector_ids:
        challenges = challenges.filter(sectors__in=sector_ids).distinct()
    return challenges.select_related("organisation").order_by("-publish_at", "-pk")[:DIGEST_MOST]


def send_weekly_digests(now=None):
    """At most one email a week to each follower, listing the new open challenges in their sectors."""
    now = now or timezone.now()
    due = (
        ChallengeFollow.objects.filter(weekly_digest=True, user__is_active=True)
        .exclude(last_digest_at__gt=now - DIGEST_INTERVAL)
        .select_related("user__profile")
        .prefetch_related("sectors")
    )
    sent = 0
    for follow in due:
        since = follow.last_digest_at or now - DIGEST_INTERVAL
        challenges = list(new_challenges_for(follow, since, now))
        if challenges:
            user = follow.user
            with override(user.profile.preferred_language):
                for challenge in challenges:
                    challenge.url = absolute_url(reverse("challenges:detail", args=[challenge.pk]))
                    challenge.deadline_label = datetime_with_zone(challenge.submission_deadline)
                context = {
                    "challenges": challenges,
                    "opt_out_url": absolute_url(reverse("challenges:opt_out", args=[follow.token, "digest"])),
                    "follow_url": absolute_url(reverse("challenges:follow")),
                }
            sent += bool(send_templated_email(user, "challenges/email/weekly_digest", context))
        follow.last_digest_at = now
        follow.save(update_fields=["last_digest_at"])
    return sent

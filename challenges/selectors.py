"""Reads across a challenge's models, for the challenge pages, the seeker's list and other apps' hooks.

Each returns a queryset, a list or plain values in a fixed number of queries, whatever the data volume.
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .choices import InvitationStatus
from .models import (
    Challenge,
    ChallengeAmendment,
    ChallengePhase,
    Question,
    Registration,
    Submission,
    SubmissionStatus,
    TeamInvitation,
)


def public_challenges(now=None):
    """Public challenges, newest first, with what a card shows fetched up front (two queries a page)."""
    return (
        Challenge.objects.public(now)
        .select_related("organisation")
        .prefetch_related("sectors")
        .order_by("-publish_at", "-pk")
    )


def challenge_page_queryset():
    """What the challenge page reads with the challenge: organisation, sectors, keywords, eligible regions."""
    return Challenge.objects.select_related("organisation", "owner").prefetch_related(
        "sectors", "keywords", "eligible_regions"
    )


def open_challenges_in_sector(sector, limit):
    """The sector's challenges still open for submissions, the soonest deadline first."""
    return (
        Challenge.objects.open_for_submissions()
        .filter(sectors=sector)
        .select_related("organisation")
        .prefetch_related("sectors")
        .order_by("submission_deadline", "-pk")[:limit]
    )


def phases_of(challenge):
    return list(ChallengePhase.objects.filter(challenge=challenge).order_by("ends_at", "pk"))


def amendments_of(challenge):
    """Newest first."""
    return list(ChallengeAmendment.objects.filter(challenge=challenge).order_by("-created_at", "-pk"))


def public_answers(challenge):
    """Questions answered for everyone, in the order they were asked: the public Q&A."""
    return list(Question.objects.filter(challenge=challenge).answered_publicly().order_by("created_at", "pk"))


def questions_asked_by(user, challenge):
    """The user's own questions on ``challenge`` (answered or not, public or private)."""
    if not user.is_authenticated:
        return []
    return list(Question.objects.filter(challenge=challenge, asker=user).order_by("created_at", "pk"))


def all_questions(challenge):
    """Every question on ``challenge`` for the seeker and staff: unanswered first, then oldest first."""
    return list(
        Question.objects.filter(challenge=challenge)
        .select_related("asker", "answered_by")
        .order_by(F("answered_at").asc(nulls_first=True), "created_at", "pk")
    )


def challenge_participants(challenge):
    """Active registrants and their accepted team members, each once, with their profiles."""
    active = Registration.objects.active().filter(challenge=challenge)
    members = TeamInvitation.objects.filter(
        registration__in=active, status=InvitationStatus.ACCEPTED, member__isnull=False
    ).values("member")
    return list(
        get_user_model()
        .objects.filter(Q(pk__in=active.values("user")) | Q(pk__in=members), is_active=True)
        .select_related("profile")
        .order_by("pk")
    )


def challenge_statistics(now=None):
    """The public impact numbers: challenges posted and open, registrants, submissions, solver countries.

    Five aggregate queries whatever the amount of data. Only public challenges count; a solver counts
    once however many challenges they registered for; countries are those of solvers' organisations.
    """
    now = now or timezone.now()
    public = Challenge.objects.public(now)
    totals = public.aggregate(posted=Count("pk"), open=Count("pk", filter=Q(submission_deadline__gt=now)))
    registrations = Registration.objects.active().filter(challenge__in=public)
    country = "user__profile__organisation__country"
    return {
        "challenges_posted": totals["posted"],
        "challenges_open": totals["open"],
        "challenge_registrants": registrations.values("user").distinct().count(),
        "challenge_submissions": Submission.objects.filter(
            challenge__in=public, status=SubmissionStatus.SUBMITTED
        ).count(),
        "solver_countries": registrations.exclude(**{f"{country}__isnull": True})
        .exclude(**{country: ""})
        .values(country)
        .distinct()
        .count(),
    }


def _count_per_challenge(queryset):
    """A subquery counting ``queryset``'s rows for the outer challenge (0 when there are none)."""
    counted = (
        queryset.filter(challenge=OuterRef("pk"))
        .order_by()
        .values("challenge")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def challenges_of(user):
    """The seeker's own challenges, newest first, each with what the seeker follows on it.

    ``active_registration_count``, ``question_count``, ``unanswered_question_count`` and
    ``submitted_submission_count`` are annotated, and sectors are prefetched: two queries however many
    challenges the list holds.
    """
    return (
        Challenge.objects.owned_by(user)
        .annotate(
            active_registration_count=_count_per_challenge(Registration.objects.active()),
            question_count=_count_per_challenge(Question.objects.all()),
            unanswered_question_count=_count_per_challenge(Question.objects.filter(answered_at__isnull=True)),
            submitted_submission_count=_count_per_challenge(
                Submission.objects.filter(status=SubmissionStatus.SUBMITTED)
            ),
        )
        .prefetch_related(Prefetch("sectors"))
        .order_by("-created_at", "-pk")
    )


def received_submissions(challenge):
    """The sent submissions of a challenge, oldest first, with their team and files (three queries)."""
    return (
        Submission.objects.filter(challenge=challenge, status=SubmissionStatus.SUBMITTED)
        .select_related("registration__user__profile__organisation")
        .prefetch_related("attachments")
        .order_by("submitted_at", "pk")
    )

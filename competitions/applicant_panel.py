"""What the competition's pages show an applicant: the call to action, and where their application stands.

``call_to_action(user, competition)`` decides the one button of the competition page (sign in, register
for the challenge, apply, or read your application); ``application_status(application)`` gathers the
application page's facts (status, pitch slots, published place, feedback), in a fixed number of queries.
"""

from dataclasses import dataclass

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from challenges import access, registration
from judging.choices import EntryStatus
from judging.models import Feedback
from judging.pitches import slots_of

from .applications import application_of


@dataclass(frozen=True)
class CallToAction:
    """``kind`` is one of sign-in, register, apply, application, refused, closed; ``url`` where it leads."""

    kind: str
    url: str = ""
    refusal: str = ""


def call_to_action(user, competition, now=None):
    now = now or timezone.now()
    challenge = competition.challenge
    if user.is_authenticated:
        own = application_of(user, competition)
        if own is not None:
            return CallToAction("application", reverse("competitions:application", args=[competition.pk]))
    if not challenge.is_open_for_submissions(now):
        return CallToAction("closed")
    if not user.is_authenticated:
        return CallToAction(
            "sign-in", redirect_to_login(reverse("competitions:detail", args=[competition.pk]))["Location"]
        )
    if access.team_registration(user, challenge) is not None:
        return CallToAction("apply", reverse("competitions:apply", args=[competition.pk]))
    try:
        registration.check_can_register(challenge, user, now)
    except ValidationError as error:
        return CallToAction("refused", refusal=" ".join(error.messages))
    return CallToAction("register", reverse("challenges:register", args=[challenge.pk]))


def status_label(submission):
    """The entry's evaluation status, or "Received" before screening has recorded one."""
    evaluation = getattr(submission, "evaluation", None)
    return EntryStatus(evaluation.status).label if evaluation is not None else _("Received")


def is_winner(submission):
    evaluation = getattr(submission, "evaluation", None)
    return evaluation is not None and evaluation.status == EntryStatus.WINNER


def application_status(application):
    """``{status, is_winner, pitch_slots, result, feedback_url}`` for the applicant's page."""
    submission = application.submission
    result = application.results.select_related("track").first() if application.competition.has_results else None
    feedback_sent = Feedback.objects.filter(submission=submission, sent_at__isnull=False).exists()
    return {
        "status": status_label(submission),
        "is_winner": is_winner(submission),
        "pitch_slots": slots_of(submission),
        "result": result,
        "feedback_url": reverse("judging:feedback", args=[submission.pk]) if feedback_sent else "",
    }

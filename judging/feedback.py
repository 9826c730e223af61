"""Feedback for every entrant: a reason code and optional text per sent submission, emailed in each one's language.

Staff write (and revise) feedback once the submission deadline has passed, until it is sent. Sending is
all or nothing for the challenge: it is refused while any sent submission has no feedback, because every
entrant gets feedback, not only the winners. Each entry's team (the registrant and every accepted member)
is emailed in their own language, and ``sent_at`` is recorded; feedback sent can no longer be changed.

When the challenge's rules say so (``JudgingOptions.show_scores_in_feedback``), the email and the
entrant's page show the entry's average on every criterion (``entrant_scores``).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from challenges.access import is_challenge_staff
from challenges.choices import SubmissionStatus
from challenges.models import Submission
from core.emails import send_templated_email

from .conflicts import team_members
from .models import CriterionKind, CriterionScore, Feedback, FeedbackReason, JudgingOptions
from .standings import valid_reviews

TEXT_MAX_LENGTH = Feedback._meta.get_field("text").max_length


def _require_staff(user):
    if not is_challenge_staff(user):
        raise PermissionDenied(_("Only the platform's challenge staff can do this."))


def _require_closed(challenge, now=None):
    if (now or timezone.now()) < challenge.submission_deadline:
        raise ValidationError(_("Feedback can be written once the submission deadline has passed."), code="not_closed")


def write_feedback(submission, reason, text, user, now=None):
    """Create or revise the feedback of one sent submission; refused once it has been sent."""
    _require_staff(user)
    _require_closed(submission.challenge, now)
    if submission.status != SubmissionStatus.SUBMITTED:
        raise ValidationError(_("Only sent submissions get feedback."), code="not_sent")
    if reason not in FeedbackReason.values:
        raise ValidationError(_("Choose a reason from the list."), code="invalid_choice")
    text = (text or "").strip()
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(
            _("Keep the feedback under %(limit)d characters.") % {"limit": TEXT_MAX_LENGTH}, code="max_length"
        )
    with transaction.atomic():
        feedback = Feedback.objects.select_for_update().filter(submission=submission).first()
        if feedback is not None and feedback.sent_at is not None:
            raise ValidationError(_("This feedback was sent already and can no longer be changed."), code="sent")
        if feedback is None:
            feedback = Feedback(submission=submission)
        feedback.reason, feedback.text, feedback.written_by = reason, text, user
        feedback.save()
    return feedback


def entries_without_feedback(challenge):
    """The challenge's sent submissions that have no feedback written yet."""
    return Submission.objects.filter(
        challenge=challenge, status=SubmissionStatus.SUBMITTED, feedback__isnull=True
    ).order_by("reference", "pk")


def shows_scores(challenge):
    return JudgingOptions.objects.filter(challenge=challenge, show_scores_in_feedback=True).exists()


def send_feedback(challenge, user, now=None):
    """Email every entrant whose feedback is written and unsent; returns the number of entries told.

    Refused while any sent submission has no feedback. Each entry is claimed (marked sent) before its
    team's emails go and given back if the mail server fails, so a failure halfway leaves the rest to send
    on the next try, two clicks never send the same feedback twice, and no row lock waits on the mail server.
    """
    _require_staff(user)
    _require_closed(challenge, now)
    missing = entries_without_feedback(challenge).count()
    if missing:
        raise ValidationError(
            ngettext(
                "%(count)d entrant has no feedback yet. Every entrant gets feedback: write it before sending.",
                "%(count)d entrants have no feedback yet. Every entrant gets feedback: write it before sending.",
                missing,
            )
            % {"count": missing},
            code="feedback_missing",
        )
    with_scores = shows_scores(challenge)
    unsent = list(
        Feedback.objects.filter(
            submission__challenge=challenge, submission__status=SubmissionStatus.SUBMITTED, sent_at__isnull=True
        ).values_list("pk", flat=True)
    )
    sent = 0
    for pk in unsent:
        # Claim the row with one UPDATE (no lock is held while the mail server is talked to): a second
        # click claims nothing and skips it; a mail failure gives the claim back for the next try.
        if not Feedback.objects.filter(pk=pk, sent_at__isnull=True).update(sent_at=now or timezone.now()):
            continue
        feedback = Feedback.objects.select_related(
            "submission__challenge", "submission__registration__user__profile"
        ).get(pk=pk)
        submission = feedback.submission
        context = {
            "feedback": feedback,
            "submission": submission,
            "challenge": challenge,
            "scores": entrant_scores(submission) if with_scores else [],
        }
        try:
            for member in team_members(submission):
                send_templated_email(member, "judging/email/feedback", context)
        except Exception:
            Feedback.objects.filter(pk=pk).update(sent_at=None)
            raise
        sent += 1
    return sent


# --- the entrant's scores ---------------------------------------------------------------------


@dataclass
class CriterionAverage:
    """An entry's average on one criterion, over the judges' reviews that count (not excluded)."""

    phase: str
    criterion: str
    kind: str
    average: float
    highest: int
    normalised: float
    reviews: int

    @property
    def display(self):
        """ "7.5 / 10" for a scale or rating; "2 of 3 judges: yes" for a yes-or-no criterion."""
        if self.kind == CriterionKind.YES_NO:
            yes = round(self.average * self.reviews)
            return _("%(yes)d of %(count)d judges: yes") % {"yes": yes, "count": self.reviews}
        return _("%(average)s / %(highest)d") % {"average": _number(self.average), "highest": self.highest}


def _number(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def entrant_scores(submission):
    """The entry's average per criterion, in rubric order (phase, then criterion), over the reviews that count
    in the standings (a recused judge's review never does); one query."""
    values = defaultdict(list)
    criteria = {}
    scores = (
        CriterionScore.objects.filter(review__in=valid_reviews().filter(submission=submission, excluded=False))
        .select_related("criterion__phase")
        .order_by("criterion__phase__position", "criterion__phase_id", "criterion__position", "criterion_id")
    )
    for score in scores:
        criteria[score.criterion_id] = score.criterion
        values[score.criterion_id].append(score.value)
    rows = []
    for criterion_id, criterion in criteria.items():
        average = sum(values[criterion_id]) / len(values[criterion_id])
        rows.append(
            CriterionAverage(
                phase=criterion.phase.name,
                criterion=criterion.name,
                kind=criterion.kind,
                average=average,
                highest=criterion.max_value,
                normalised=criterion.normalised(average),
                reviews=len(values[criterion_id]),
            )
        )
    return rows

"""Who may see what of judging. Every judging view asks here; anything else is a 404.

- Staff (``challenges.change_challenge``) see everything: entries, every review and score, standings.
- A judge sees a phase only through their own assignment, and only once it is ready (agreement accepted,
  conflicts declared). They then see the entries in the phase's pool that they are not recused from, and
  only their own reviews. With anonymous judging they never see who sent an entry.
- The seeker sees decisions and feedback about their challenge's entries, never individual judges' scores.
- An entrant's team sees their own entry's status, their feedback once sent and, when the challenge's
  rules say so, their average per criterion.
"""

from django.http import Http404

from challenges.access import is_challenge_staff, manages
from challenges.choices import SubmissionStatus
from challenges.models import Submission

from .models import JudgeAssignment, JudgingOptions

is_judging_staff = is_challenge_staff


def own_assignment_or_404(user, pk):
    """``user``'s own assignment ``pk`` (ready or not), with its phase and challenge; otherwise 404."""
    if not user.is_authenticated:
        raise Http404
    assignment = JudgeAssignment.objects.select_related("phase__challenge").filter(pk=pk, judge=user).first()
    if assignment is None:
        raise Http404
    return assignment


def ready_assignment_or_404(user, pk):
    assignment = own_assignment_or_404(user, pk)
    if not assignment.is_ready:
        raise Http404
    return assignment


def judged_entries(assignment):
    """The sent submissions ``assignment``'s judge scores: the phase's pool, less those they are recused from."""
    phase = assignment.phase
    return (
        Submission.objects.filter(
            challenge_id=phase.challenge_id,
            status=SubmissionStatus.SUBMITTED,
            evaluation__status__in=phase.pool_statuses(),
        )
        .exclude(recusals__assignment=assignment)
        .order_by("reference", "pk")
    )


def judged_entry_or_404(assignment, submission_pk):
    submission = judged_entries(assignment).select_related("challenge", "registration").filter(pk=submission_pk).first()
    if submission is None:
        raise Http404
    return submission


def is_anonymous(challenge):
    options = JudgingOptions.objects.filter(challenge=challenge).first()
    return bool(options and options.anonymous)


def may_see_decisions(user, challenge):
    """Staff and the seeker see where every entry stands and the feedback written."""
    return manages(user, challenge)


def may_see_scores(user):
    """Only staff see judges' reviews and scores (a judge sees their own through their assignment)."""
    return is_judging_staff(user)

"""Who may see what of a challenge. Every view asks here; a challenge a user may not see is a 404.

- Anyone sees a public challenge's public brief, its phases, amendments and public answers.
- The owner (seeker) and staff with the ``challenges.change_challenge`` permission see the challenge
  at any status, and its questions.
- A registrant whose registration is active sees the confidential details.
- Submissions: their own team (the registrant and accepted members) always; the seeker and staff only
  once the submission deadline has passed (issue 13 will add the judging rules).
"""

from django.http import Http404
from django.utils import timezone

from .choices import InvitationStatus
from .models import Challenge, Registration, Submission


def is_challenge_staff(user):
    return user.is_authenticated and user.has_perm("challenges.change_challenge")


def manages(user, challenge):
    """The seeker who owns the challenge, or platform staff."""
    return user.is_authenticated and (challenge.owner_id == user.pk or is_challenge_staff(user))


def visible_challenge_or_404(user, pk, queryset=None):
    """The challenge ``pk`` if ``user`` may see it: public, or managed by them. Otherwise 404."""
    queryset = queryset if queryset is not None else Challenge.objects.all()
    challenge = queryset.filter(pk=pk).first()
    if challenge is None or not (challenge.is_public or manages(user, challenge)):
        raise Http404
    return challenge


def managed_challenge_or_404(user, pk, queryset=None):
    queryset = queryset if queryset is not None else Challenge.objects.all()
    challenge = queryset.filter(pk=pk).first()
    if challenge is None or not manages(user, challenge):
        raise Http404
    return challenge


def active_registration(user, challenge):
    """The user's own active registration for ``challenge``, or None."""
    if not user.is_authenticated:
        return None
    return Registration.objects.active().filter(challenge=challenge, user=user).first()


def team_registration(user, challenge):
    """The active registration whose team ``user`` is in (as lead or accepted member), or None."""
    own = active_registration(user, challenge)
    if own is not None or not user.is_authenticated:
        return own
    return (
        Registration.objects.active()
        .filter(challenge=challenge, invitations__member=user, invitations__status=InvitationStatus.ACCEPTED)
        .first()
    )


def may_see_confidential(user, challenge):
    return manages(user, challenge) or team_registration(user, challenge) is not None


def may_see_submission(user, submission, now=None):
    """The solver's team always; the seeker and staff once the deadline has passed."""
    registration = submission.registration
    if user.is_authenticated and registration.user_id == user.pk:
        return True
    if (
        user.is_authenticated
        and registration.invitations.filter(member=user, status=InvitationStatus.ACCEPTED).exists()
    ):
        return True
    deadline_passed = (now or timezone.now()) >= submission.challenge.submission_deadline
    return deadline_passed and manages(user, submission.challenge)


def visible_submission_or_404(user, pk):
    submission = Submission.objects.select_related("challenge", "registration").filter(pk=pk).first()
    if submission is None or not may_see_submission(user, submission):
        raise Http404
    return submission

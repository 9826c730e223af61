"""Registering for a challenge: accepting its agreement (the version and the time are recorded), and withdrawing.

A registration is refused unless the challenge is open for submissions, the solver may enter (who may
enter and from where: ``eligibility_refusal``) and the solver is not already in someone else's team.
Withdrawing is possible until the deadline. When the agreement changes after a solver accepted it, the
registration still unlocks the confidential details, but nothing can be sent until the solver accepts
the new version (``needs_new_acceptance``).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of

from .choices import Entrant, InvitationStatus, SubmissionStatus
from .models import Registration, TeamInvitation

REGISTRATIONS_PER_HOUR = 20  # per user and per client address, counted by the view (core.rate_limits)


def eligibility_refusal(challenge, user):
    """Why ``user`` may not enter ``challenge`` (a translated sentence), or None when they may."""
    organisation = organisation_of(user)
    entrants = set(challenge.entrants or [])
    if organisation is None and entrants and not entrants & {Entrant.INDIVIDUALS, Entrant.TEAMS}:
        return _("Only organisations may enter this challenge. Add your organisation to your profile first.")
    regions = list(challenge.eligible_regions.all())
    if not regions or any(region.is_global for region in regions):
        return None
    if organisation is None:
        return _(
            "This challenge is open to solvers from %(regions)s only. Add your organisation to your profile "
            "so that we can check its country."
        ) % {"regions": ", ".join(str(region) for region in regions)}
    if not any(region.contains(organisation.country.code) for region in regions):
        return _(
            "This challenge is open to solvers from %(regions)s only, and your organisation is in %(country)s."
        ) % {
            "regions": ", ".join(str(region) for region in regions),
            "country": organisation.country.name,
        }
    return None


def joined_team(user, challenge):
    """The accepted invitation that puts ``user`` in someone else's team for ``challenge``, or None."""
    return (
        TeamInvitation.objects.filter(
            registration__challenge=challenge,
            registration__withdrawn_at__isnull=True,
            member=user,
            status=InvitationStatus.ACCEPTED,
        )
        .select_related("registration__user")
        .first()
    )


def check_can_register(challenge, user, now=None):
    """Raise ValidationError with the reason when ``user`` may not register for ``challenge`` now."""
    if not challenge.is_open_for_submissions(now):
        raise ValidationError(_("This challenge is not open for registration."), code="closed")
    if challenge.owner_id == user.pk:
        raise ValidationError(_("You cannot register for your own challenge."), code="own")
    refusal = eligibility_refusal(challenge, user)
    if refusal:
        raise ValidationError(refusal, code="not_eligible")
    if joined_team(user, challenge) is not None:
        raise ValidationError(
            _("You are already a member of a team for this challenge, so you cannot register on your own."),
            code="in_a_team",
        )


@transaction.atomic
def register(challenge, user, now=None):
    """Record that ``user`` accepts the challenge's current agreement; reactivate a withdrawn registration.

    Accepting again while registered records the new version (after the agreement changed).
    """
    now = now or timezone.now()
    check_can_register(challenge, user, now)
    registration, _created = Registration.objects.select_for_update().get_or_create(
        challenge=challenge,
        user=user,
        defaults={"agreement_version": challenge.agreement_version(), "accepted_at": now},
    )
    if not _created:
        registration.agreement_version = challenge.agreement_version()
        registration.accepted_at = now
        registration.withdrawn_at = None
        registration.save(update_fields=["agreement_version", "accepted_at", "withdrawn_at"])
    return registration


@transaction.atomic
def withdraw(registration, now=None):
    """Withdraw a registration (and so the team and its submissions) before the deadline."""
    now = now or timezone.now()
    registration = Registration.objects.select_for_update().select_related("challenge").get(pk=registration.pk)
    if now >= registration.challenge.submission_deadline:
        raise ValidationError(_("The deadline has passed: registrations can no longer be withdrawn."), code="closed")
    if not registration.is_active:
        raise ValidationError(_("You have already withdrawn from this challenge."), code="withdrawn")
    registration.withdrawn_at = now
    registration.save(update_fields=["withdrawn_at"])
    registration.invitations.filter(status=InvitationStatus.PENDING).update(
        status=InvitationStatus.CANCELLED, responded_at=now
    )
    registration.submissions.exclude(status=SubmissionStatus.WITHDRAWN).update(status=SubmissionStatus.WITHDRAWN)
    return registration


def needs_new_acceptance(registration, challenge):
    """True when the agreement changed since the solver accepted it."""
    return registration.agreement_version != challenge.agreement_version()

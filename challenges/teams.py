"""Teams: the registrant (the lead) names the team and invites others by email, each for a share of the award.

The shares of pending and accepted invitations add up to at most 100 %; the lead keeps the rest. An
invitation email carries a secret link; whoever signs in with it may accept or decline (their address
need not be the one invited), unless they have their own registration for the challenge or are in
another team. While any invitation is unanswered, the team cannot send a submission (``submission``).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.emails import send_templated_email_to
from core.links import absolute_url

from .choices import InvitationStatus
from .models import Registration, TeamInvitation

INVITATIONS_PER_DAY = 20  # per registration and per client address, counted by the view (core.rate_limits)
MAX_TOTAL_SHARE = 100
OPEN_STATUSES = (InvitationStatus.PENDING, InvitationStatus.ACCEPTED)


def _check_open(challenge, now):
    if not challenge.is_open_for_submissions(now):
        raise ValidationError(_("The deadline has passed: the team can no longer change."), code="closed")


def _lock(registration):
    return Registration.objects.select_for_update().select_related("challenge", "user").get(pk=registration.pk)


def shares_taken(registration, exclude=None):
    """The award share (%) promised in pending and accepted invitations."""
    invitations = registration.invitations.filter(status__in=OPEN_STATUSES)
    if exclude is not None:
        invitations = invitations.exclude(pk=exclude.pk)
    return invitations.aggregate(total=Sum("award_share"))["total"] or 0


def lead_share(invitations):
    """What the lead keeps, from the team's invitations (a list already read)."""
    return MAX_TOTAL_SHARE - sum(i.award_share for i in invitations if i.status in OPEN_STATUSES)


@transaction.atomic
def set_team_name(registration, name, now=None):
    registration = _lock(registration)
    _check_open(registration.challenge, now)
    registration.team_name = name.strip()
    registration.save(update_fields=["team_name"])
    return registration


def _recipient_language(email):
    """The preferred language of the account with this address, or None (the email is then bilingual)."""
    user = get_user_model().objects.filter(email__iexact=email).select_related("profile").first()
    profile = getattr(user, "profile", None) if user else None
    return getattr(profile, "preferred_language", None) or None


def send_invitation_email(invitation):
    registration = invitation.registration
    send_templated_email_to(
        invitation.email,
        _recipient_language(invitation.email),
        "challenges/email/team_invitation",
        {
            "invitation": invitation,
            "registration": registration,
            "challenge": registration.challenge,
            "lead": registration.user,
            "invitation_url": absolute_url(reverse("challenges:invitation", args=[invitation.token])),
        },
        robust=True,
    )


@transaction.atomic
def invite(registration, email, award_share, now=None):
    """Invite ``email`` to the team for ``award_share`` % of any cash award; the email goes after the commit."""
    registration = _lock(registration)
    if not registration.is_active:
        raise ValidationError(_("You have withdrawn from this challenge."), code="withdrawn")
    _check_open(registration.challenge, now)
    email = email.strip()
    if email.lower() == (registration.user.email or "").lower():
        raise ValidationError(_("You lead this team; you cannot invite yourself."), code="self")
    if registration.invitations.filter(email__iexact=email, status__in=OPEN_STATUSES).exists():
        raise ValidationError(_("%(email)s has already been invited to this team.") % {"email": email}, code="twice")
    taken = shares_taken(registration)
    if taken + award_share > MAX_TOTAL_SHARE:
        raise ValidationError(
            _(
                "The shares would add up to %(total)d %%, more than 100 %%. %(left)d %% is left to give; "
                "lower this share or cancel another invitation."
            )
            % {"total": taken + award_share, "left": MAX_TOTAL_SHARE - taken},
            code="too_much",
        )
    invitation = TeamInvitation.objects.create(registration=registration, email=email, award_share=award_share)
    transaction.on_commit(lambda: send_invitation_email(invitation))
    return invitation


@transaction.atomic
def cancel(invitation, now=None):
    """The lead takes back an invitation that has not been answered."""
    registration = _lock(invitation.registration)
    invitation = TeamInvitation.objects.select_for_update().get(pk=invitation.pk)
    _check_open(registration.challenge, now)
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("Only an invitation waiting for an answer can be cancelled."), code="answered")
    invitation.status = InvitationStatus.CANCELLED
    invitation.responded_at = now or timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    return invitation


def check_can_accept(invitation, user, now=None):
    """Raise ValidationError with the reason when ``user`` may not join the team of ``invitation``."""
    registration = invitation.registration
    challenge = registration.challenge
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered or cancelled."), code="answered")
    if not registration.is_active:
        raise ValidationError(_("The team lead has withdrawn from this challenge."), code="withdrawn")
    _check_open(challenge, now)
    if registration.user_id == user.pk:
        raise ValidationError(_("You lead this team; you cannot join it as a member."), code="self")
    if Registration.objects.active().filter(challenge=challenge, user=user).exists():
        raise ValidationError(
            _("You have your own registration for this challenge. Withdraw it first to join this team."),
            code="registered",
        )
    if TeamInvitation.objects.filter(
        registration__challenge=challenge,
        registration__withdrawn_at__isnull=True,
        member=user,
        status=InvitationStatus.ACCEPTED,
    ).exists():
        raise ValidationError(_("You are already in a team for this challenge."), code="in_a_team")


@transaction.atomic
def respond(invitation, user, accept, now=None):
    """``user`` accepts or declines ``invitation``."""
    _lock(invitation.registration)
    invitation = (
        TeamInvitation.objects.select_for_update().select_related("registration__challenge").get(pk=invitation.pk)
    )
    if accept:
        check_can_accept(invitation, user, now)
        invitation.member = user
        invitation.status = InvitationStatus.ACCEPTED
    else:
        if invitation.status != InvitationStatus.PENDING:
            raise ValidationError(_("This invitation has already been answered or cancelled."), code="answered")
        invitation.status = InvitationStatus.DECLINED
    invitation.responded_at = now or timezone.now()
    invitation.save(update_fields=["member", "status", "responded_at"])
    return invitation


def pending_invitations(registration):
    return list(registration.invitations.filter(status=InvitationStatus.PENDING))


def accepted_members(registration):
    """The users who accepted an invitation to the team."""
    return [
        invitation.member
        for invitation in registration.invitations.filter(
            status=InvitationStatus.ACCEPTED, member__isnull=False
        ).select_related("member__profile")
    ]

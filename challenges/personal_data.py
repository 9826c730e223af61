"""A member's challenge records in their data export, and what happens to them when they delete their account.

Registered with the accounts hooks (``accounts.hooks``) in ``wagtail_hooks.py``. The export lists files
by name, size and type only (``exported_file``), never where they are stored, and reads a fixed number of
queries whatever the amount of data (every related list is prefetched).

On deletion (PIPL art. 47, which lets a platform keep what a contract it is party to still needs):

- Challenges the person posted and that are not yet approved are withdrawn, as the seeker would
  (``lifecycle.withdraw_challenge``). Approved ones stay: they are the organisation's public record,
  registrants accepted their agreement, and the organisation's colleagues or staff can still manage them.
- Their active registrations are withdrawn. Before the deadline this is the solver's own withdrawal
  (``registration.withdraw``): pending team invitations cancelled, submissions withdrawn. After the
  deadline, when ``withdraw`` refuses, the registration is marked withdrawn here and pending invitations
  cancelled, but the submissions sent keep their status.
- Submissions never delivered to the seeker are deleted with their files once the deletion commits:
  drafts, and withdrawn ones (a submission can only be withdrawn before the deadline, and the seeker sees
  submissions only after it, ``access.may_see_submission``).
- A submission sent and still standing after the deadline is kept whole, text and attachments: the
  seeker evaluates it under the challenge's agreement, whose IP terms may give the seeker a licence to it
  or its IP, so it is part of that contract and nothing the seeker was promised is dropped. It is
  detached from the person: its registration points at the emptied account, shown as a deleted user.
- Team invitations: those the person sent and still pending are cancelled. Those addressed to them keep
  the team's record (an accepted one is the team's award-share agreement) with a deleted address in place
  of theirs; pending ones are declined, so the lead is not left waiting to send.
- Questions keep their text (an answer may have been published to every registrant) without the asker.
- Their challenge-follow settings and the solver invitations sent to them are deleted (``forget``).
"""

from django.db.models import Prefetch, Q
from django.utils import timezone

from accounts.account_deletion import DELETED_EMAIL_DOMAIN, delete_files_on_commit
from accounts.data_export import exported_file, exported_time

from . import lifecycle
from . import registration as registration_rules
from .choices import InvitationStatus, SubmissionStatus
from .models import (
    Challenge,
    ChallengeFollow,
    Question,
    Registration,
    SolverInvitation,
    Submission,
    SubmissionAttachment,
    TeamInvitation,
)

# --- export ------------------------------------------------------------------------------------------


def _challenges_posted(user):
    return [
        {
            "id": challenge.pk,
            "title": challenge.title,
            "organisation": challenge.organisation.name,
            "status": challenge.status,
            "created_at": exported_time(challenge.created_at),
            "submitted_at": exported_time(challenge.submitted_at),
            "approved_at": exported_time(challenge.approved_at),
            "publish_at": exported_time(challenge.publish_at),
            "submission_deadline": exported_time(challenge.submission_deadline),
        }
        for challenge in Challenge.objects.filter(owner=user).select_related("organisation").order_by("pk")
    ]


def _invitation(invitation):
    return {
        "email": invitation.email,
        "award_share": invitation.award_share,
        "status": invitation.status,
        "sent_at": exported_time(invitation.created_at),
        "responded_at": exported_time(invitation.responded_at),
    }


def _submission(submission):
    return {
        "reference": submission.reference,
        "title": submission.title,
        "abstract": submission.abstract,
        "abstract_is_public": submission.abstract_is_public,
        "proposal": submission.proposal,
        "status": submission.status,
        "created_at": exported_time(submission.created_at),
        "updated_at": exported_time(submission.updated_at),
        "submitted_at": exported_time(submission.submitted_at),
        "attachments": [exported_file(attachment) for attachment in submission.attachments.all()],
    }


def _registrations(user):
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("challenge")
        .order_by("pk")
        .prefetch_related(
            Prefetch("invitations", queryset=TeamInvitation.objects.order_by("pk")),
            Prefetch(
                "submissions",
                queryset=Submission.objects.order_by("pk").prefetch_related(
                    Prefetch("attachments", queryset=SubmissionAttachment.objects.order_by("pk"))
                ),
            ),
        )
    )
    return [
        {
            "challenge": registration.challenge.title,
            "agreement_version": registration.agreement_version,
            "accepted_at": exported_time(registration.accepted_at),
            "withdrawn_at": exported_time(registration.withdrawn_at),
            "team_name": registration.team_name,
            "team_invitations_sent": [_invitation(invitation) for invitation in registration.invitations.all()],
            "submissions": [_submission(submission) for submission in registration.submissions.all()],
        }
        for registration in registrations
    ]


def _invitations_received(user):
    """Invitations to other people's teams: accepted by the person, or addressed to their email."""
    addressed = Q(member=user)
    if user.email:
        addressed |= Q(email__iexact=user.email)
    invitations = (
        TeamInvitation.objects.filter(addressed)
        .exclude(registration__user=user)
        .select_related("registration__challenge")
        .order_by("pk")
    )
    return [
        {
            "challenge": invitation.registration.challenge.title,
            "team_name": invitation.registration.team_name,
            **_invitation(invitation),
        }
        for invitation in invitations
    ]


def _questions(user):
    return [
        {
            "challenge": question.challenge.title,
            "text": question.text,
            "language": question.language,
            "answer": question.answer,
            "visibility": question.visibility,
            "asked_at": exported_time(question.created_at),
            "answered_at": exported_time(question.answered_at),
        }
        for question in Question.objects.filter(asker=user).select_related("challenge").order_by("pk")
    ]


def _follow(user):
    follow = ChallengeFollow.objects.filter(user=user).prefetch_related("sectors").first()
    if follow is None:
        return None
    return {
        "sectors": sorted(sector.code for sector in follow.sectors.all()),
        "weekly_digest": follow.weekly_digest,
        "solver_invitations": follow.solver_invitations,
        "last_digest_at": exported_time(follow.last_digest_at),
    }


def _solver_invitations(user):
    invitations = SolverInvitation.objects.filter(recipient=user).select_related("challenge").order_by("pk")
    return [
        {"challenge": invitation.challenge.title, "sent_at": exported_time(invitation.sent_at)}
        for invitation in invitations
    ]


def export_challenge_records(user):
    """The export's challenge sections: posted as seeker, entered as solver, team invitations, Q&A, following."""
    return {
        "challenges_posted": _challenges_posted(user),
        "challenge_registrations": _registrations(user),
        "challenge_team_invitations_received": _invitations_received(user),
        "challenge_questions": _questions(user),
        "challenge_follow": _follow(user),
        "challenge_solver_invitations": _solver_invitations(user),
    }


# --- account deletion ----------------------------------------------------------------------------------


def _withdraw_registration(registration, now):
    if now < registration.challenge.submission_deadline:
        registration_rules.withdraw(registration, now)
    else:  # past the deadline ``withdraw`` refuses; sent submissions stay as they are (see the module's doc)
        registration.withdrawn_at = now
        registration.save(update_fields=["withdrawn_at"])


def withdraw_challenge_records(user, now=None):
    """Withdraw the person's challenges and registrations; delete undelivered submissions; detach the rest."""
    now = now or timezone.now()
    for challenge in Challenge.objects.filter(owner=user, status__in=lifecycle.ALLOWED_FROM["withdraw"]):
        lifecycle.withdraw_challenge(challenge, user)
    for registration in Registration.objects.active().filter(user=user).select_related("challenge"):
        _withdraw_registration(registration, now)
    TeamInvitation.objects.filter(registration__user=user, status=InvitationStatus.PENDING).update(
        status=InvitationStatus.CANCELLED, responded_at=now
    )

    undelivered = Submission.objects.filter(
        registration__user=user, status__in=(SubmissionStatus.DRAFT, SubmissionStatus.WITHDRAWN)
    )
    delete_files_on_commit(
        [attachment.file for attachment in SubmissionAttachment.objects.filter(submission__in=undelivered)]
    )
    undelivered.delete()

    addressed = Q(member=user)
    if user.email:
        addressed |= Q(email__iexact=user.email)
    received = TeamInvitation.objects.filter(addressed).exclude(registration__user=user)
    received.filter(status=InvitationStatus.PENDING).update(status=InvitationStatus.DECLINED, responded_at=now)
    received.update(email=f"deleted-{user.pk}@{DELETED_EMAIL_DOMAIN}")

    Question.objects.filter(asker=user).update(asker=None)


def forget_follows_and_invitations(user):
    """The follow settings and solver invitations exist only for the person: they go."""
    ChallengeFollow.objects.filter(user=user).delete()
    SolverInvitation.objects.filter(recipient=user).delete()

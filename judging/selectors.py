"""Reads of what judging ends in: an entrant's feedback, the public winners, a deal's page, the impact numbers.

Each reads a fixed number of queries whatever the amount of data. The ``…_or_404`` ones are the access
rule of their page: anyone else gets a 404, whether the thing exists or not.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Sum
from django.http import Http404

from accounts.selectors import display_name, organisation_of
from challenges.choices import InvitationStatus
from challenges.models import TeamInvitation
from core.money import format_amount

from .conflicts import team_members
from .models import Award, Deal, Feedback, WinnerAnnouncement

_TEAM = (
    "submission__registration__user__profile__organisation",
    "submission__challenge__organisation",
)


def _team_prefetch(prefix):
    return Prefetch(
        f"{prefix}registration__invitations",
        queryset=TeamInvitation.objects.filter(status=InvitationStatus.ACCEPTED).select_related("member__profile"),
    )


def _in_team(user, submission):
    return user.is_authenticated and any(member.pk == user.pk for member in team_members(submission))


def entrant_feedback_or_404(user, submission_pk):
    """The sent feedback of entry ``submission_pk``, for its team only (registrant, accepted members)."""
    feedback = (
        Feedback.objects.select_related(*_TEAM)
        .prefetch_related(_team_prefetch("submission__"))
        .filter(submission_id=submission_pk, sent_at__isnull=False)
        .first()
    )
    if feedback is None or not _in_team(user, feedback.submission):
        raise Http404
    return feedback


# --- the public winners' page -----------------------------------------------------------------------


@dataclass
class Winner:
    name: str
    organisation: str
    award: str
    description: str
    title: str
    abstract: str


def winner_name(submission):
    """The team's name, or the solver's name as others see it."""
    registration = submission.registration
    return registration.team_name or display_name(registration.user)


def public_entrant_name(submission):
    """``winner_name``, but never the lead's email address (its fallback), for public pages ("" instead)."""
    name = winner_name(submission)
    return "" if name == submission.registration.user.email else name


def published_announcement_or_404(challenge_pk):
    announcement = (
        WinnerAnnouncement.objects.select_related("challenge__organisation")
        .filter(challenge_id=challenge_pk, published_at__isnull=False)
        .first()
    )
    if announcement is None or not announcement.challenge.is_public:
        raise Http404
    return announcement


def winners_of(challenge):
    """The challenge's awarded entries as the public page shows them, the largest award first."""
    awards = (
        Award.objects.filter(challenge=challenge)
        .select_related("submission__registration__user__profile__organisation")
        .order_by("-amount", "pk")
    )
    return [
        Winner(
            name=public_entrant_name(award.submission),
            organisation=getattr(organisation_of(award.submission.registration.user), "name", ""),
            award=award.amount_text,
            description=award.description,
            title=award.submission.title,
            abstract=award.submission.abstract if award.submission.abstract_is_public else "",
        )
        for award in awards
    ]


# --- deals --------------------------------------------------------------------------------------


def deal_visible_to_or_404(user, pk):
    """Deal ``pk`` for the seeker or a member of the winning team; 404 for everybody else."""
    if not user.is_authenticated:
        raise Http404
    deal = (
        Deal.objects.select_related(
            "award__challenge__owner__profile",
            *(f"award__{path}" for path in _TEAM),
        )
        .prefetch_related(_team_prefetch("award__submission__"))
        .filter(pk=pk)
        .first()
    )
    if deal is None:
        raise Http404
    award = deal.award
    if user.pk != award.challenge.owner_id and not _in_team(user, award.submission):
        raise Http404
    return deal


# --- the impact page ------------------------------------------------------------------------------


def impact_numbers():
    """Challenges solved (a published announcement), deals signed (an outcome recorded), their value per
    currency formatted in the reader's language. Three queries."""
    signed = Deal.objects.exclude(outcome="")
    values = signed.filter(value__isnull=False).order_by("currency").values("currency").annotate(total=Sum("value"))
    return {
        "challenges_solved": WinnerAnnouncement.objects.filter(published_at__isnull=False).count(),
        "deals_signed": signed.count(),
        "deal_values": [format_amount(row["total"], row["currency"]) for row in values],
    }

"""Finding solvers in the marketplace: a challenge is scored as a technology request against published offers.

The marketplace's scoring (``opportunities.scoring.compute_matches``) reads a listing's kind, stage,
organisation, title and summary in both languages, and its shared vocabulary codes. ``ChallengeAsRequest``
gives it those of a challenge: kind "technology request", the stage the wanted TRL calls for, the sectors and
technology keywords. The owners of the best offers are invited once by email, unless they opted out; nobody
gets more than ``INVITATIONS_PER_MONTH`` such invitations in 30 days.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from core.emails import send_templated_email
from core.links import absolute_url
from opportunities.match_alerts import STRONG_MATCH
from opportunities.models import ListingKind, Stage
from opportunities.scoring import compute_matches

from .models import Challenge, ChallengeFollow, SolverInvitation

SUGGESTED = 10  # offers suggested to a seeker
INVITE_FROM_SCORE = STRONG_MATCH  # owners of offers this good are invited, as strong matches are emailed
INVITATIONS_PER_MONTH = 3


def stage_for_trl(level):
    """The marketplace's stage of development a technology readiness level corresponds to."""
    if level <= 2:
        return Stage.IDEA
    if level <= 4:
        return Stage.RESEARCH
    if level <= 6:
        return Stage.PROTOTYPE
    if level <= 8:
        return Stage.PILOT
    return Stage.MARKET


@dataclass
class _Terms:
    items: list

    def all(self):
        return self.items


class ChallengeAsRequest:
    """A challenge as the marketplace's scoring reads a technology request (it is never saved)."""

    kind = ListingKind.TECHNOLOGY_REQUEST
    candidate_kinds = (ListingKind.TECHNOLOGY_OFFER, ListingKind.BUSINESS_OFFER)  # solvers offer something
    pk = None

    def __init__(self, challenge):
        self.challenge = challenge
        self.organisation = challenge.organisation
        self.organisation_id = challenge.organisation_id
        self.stage = stage_for_trl(challenge.trl_wanted)
        self.title = challenge.title_en or ""
        self.summary = challenge.summary_en or ""
        self.translated_title = challenge.title_zh_hans or ""
        self.translated_summary = challenge.summary_zh_hans or ""
        self.sectors = _Terms(list(challenge.sectors.all()))
        self.keywords = _Terms(list(challenge.keywords.all()))
        self.subfields = _Terms([])
        self.cooperation_types = _Terms([])


def suggested_solvers(challenge, limit=SUGGESTED):
    """The published offers that fit the challenge best, as ``MatchResult``s (``candidate`` is the listing)."""
    return compute_matches(ChallengeAsRequest(challenge), limit=limit)


def _opted_out(user_ids):
    return set(
        ChallengeFollow.objects.filter(user_id__in=user_ids, solver_invitations=False).values_list("user_id", flat=True)
    )


def _send_invitation(invitation):
    user = invitation.recipient
    follow, _created = ChallengeFollow.objects.get_or_create(user=user)
    with override(user.profile.preferred_language):
        context = {
            "challenge": invitation.challenge,
            "listing": invitation.listing,
            "challenge_url": absolute_url(reverse("challenges:detail", args=[invitation.challenge_id])),
            "opt_out_url": absolute_url(reverse("challenges:opt_out", args=[follow.token, "invitations"])),
        }
    return send_templated_email(user, "challenges/email/solver_invitation", context)


def invite_suggested_solvers(challenge, now=None):
    """Invite the owners of the best-fitting offers to an open challenge, once; returns how many were emailed.

    Counting per recipient (not per challenge): an owner already invited ``INVITATIONS_PER_MONTH`` times
    in 30 days is skipped, and so is one who opted out. The challenge is marked as done either way.
    """
    now = now or timezone.now()
    if not challenge.is_open_for_submissions(now):
        return 0
    results = [result for result in suggested_solvers(challenge) if result.score >= INVITE_FROM_SCORE]
    owners = {result.candidate.owner_id for result in results}
    skipped = _opted_out(owners) | {challenge.owner_id}
    sent_per_user = dict.fromkeys(owners, 0)
    for recipient_id, _sent_at in SolverInvitation.objects.filter(
        recipient_id__in=owners, sent_at__gt=now - timedelta(days=30)
    ).values_list("recipient_id", "sent_at"):
        sent_per_user[recipient_id] += 1
    sent = 0
    for result in results:
        listing = result.candidate
        if listing.owner_id in skipped or sent_per_user[listing.owner_id] >= INVITATIONS_PER_MONTH:
            continue
        try:
            with transaction.atomic():
                invitation = SolverInvitation.objects.create(
                    challenge=challenge, listing=listing, recipient=listing.owner, score=result.score
                )
        except IntegrityError:  # already invited to this challenge
            continue
        skipped.add(listing.owner_id)  # one invitation per owner, for their best offer
        if _send_invitation(invitation):
            invitation.sent_at = now
            invitation.save(update_fields=["sent_at"])
            sent_per_user[listing.owner_id] += 1
            sent += 1
    Challenge.objects.filter(pk=challenge.pk).update(solvers_invited_at=now)
    return sent


def invite_solvers_for_new_challenges(now=None):
    """The daily job: invite solvers to every open challenge whose solvers were not invited yet."""
    now = now or timezone.now()
    pending = (
        Challenge.objects.open_for_submissions(now)
        .filter(solvers_invited_at__isnull=True)
        .select_related("organisation")
        .prefetch_related("sectors", "keywords")
    )
    return sum(invite_suggested_solvers(challenge, now) for challenge in pending)

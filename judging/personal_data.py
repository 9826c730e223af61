"""A member's judging records in their data export, and what account deletion does to them.

Registered with ``accounts.hooks`` in ``wagtail_hooks.py``. The export reads a fixed number of queries
whatever the amount of data:

- as a judge: each assignment with the agreement accepted, the declaration (organisations and other
  links), the recusals, and the person's own reviews with their scores;
- as an entrant (registrant or accepted team member): the feedback sent to their entries, the awards
  made to them and the person's own share, and the deals (introductions to the seeker) that followed;
- as a seeker: the deals with their challenges' winners.

On deletion (PIPL art. 47): reviews, recusals and declarations stay, as the evaluation's record that each
entry was judged fairly; they point at the emptied account, shown as a deleted user. Feedback, awards and
deals belong to the entry and the challenge and stay too. The one copy of the person's name, in an award
share (kept for the payment record), is emptied.
"""

from django.db.models import Prefetch, Q

from accounts.data_export import exported_time
from challenges.choices import InvitationStatus
from challenges.models import Submission

from .models import AwardShare, CriterionScore, Deal, Feedback, JudgeAssignment, Review


def _team_entries(user):
    """The submissions of every team the person is in: as registrant or accepted member."""
    in_team = Q(registration__user=user) | Q(
        registration__invitations__member=user, registration__invitations__status=InvitationStatus.ACCEPTED
    )
    return Submission.objects.filter(in_team).values("pk")


def _review(review):
    return {
        "submission": review.submission.reference,
        "comment": review.comment,
        "language": review.language,
        "submitted_at": exported_time(review.submitted_at),
        "updated_at": exported_time(review.updated_at),
        "left_out_of_the_averages": review.excluded,
        "scores": [{"criterion": score.criterion.name, "value": score.value} for score in review.scores.all()],
    }


def _judge_assignments(user):
    assignments = (
        JudgeAssignment.objects.filter(judge=user)
        .select_related("phase__challenge")
        .order_by("pk")
        .prefetch_related(
            "declared_organisations",
            "recusals__submission",
            Prefetch(
                "reviews",
                queryset=Review.objects.select_related("submission")
                .order_by("pk")
                .prefetch_related(
                    Prefetch("scores", queryset=CriterionScore.objects.select_related("criterion").order_by("pk"))
                ),
            ),
        )
    )
    return [
        {
            "challenge": assignment.phase.challenge.title,
            "phase": assignment.phase.name,
            "assigned_at": exported_time(assignment.assigned_at),
            "agreement_version": assignment.agreement_version,
            "agreement_accepted_at": exported_time(assignment.agreement_accepted_at),
            "declared_organisations": sorted(org.name for org in assignment.declared_organisations.all()),
            "declared_links": assignment.declared_links,
            "conflicts_declared_at": exported_time(assignment.conflicts_declared_at),
            "recusals": [
                {"submission": recusal.submission.reference, "reason": recusal.reason}
                for recusal in assignment.recusals.all()
            ],
            "reviews": [_review(review) for review in assignment.reviews.all()],
        }
        for assignment in assignments
    ]


def _feedback_received(user):
    feedback = (
        Feedback.objects.filter(submission__in=_team_entries(user), sent_at__isnull=False)
        .select_related("submission__challenge")
        .order_by("pk")
    )
    return [
        {
            "challenge": item.submission.challenge.title,
            "submission": item.submission.reference,
            "reason": item.reason,
            "text": item.text,
            "sent_at": exported_time(item.sent_at),
        }
        for item in feedback
    ]


def _award_shares(user):
    shares = AwardShare.objects.filter(member=user).select_related("award__challenge", "award__submission")
    return [
        {
            "challenge": share.award.challenge.title,
            "submission": share.award.submission.reference,
            "award_amount_minor_units": share.award.amount,
            "currency": share.award.currency,
            "award_description": share.award.description,
            "status": share.award.status,
            "due_on": exported_time(share.award.due_on),
            "awarded_at": exported_time(share.award.awarded_at),
            "agreement_signed_at": exported_time(share.award.agreement_signed_at),
            "paid_at": exported_time(share.award.paid_at),
            "your_share_percent": share.percent,
            "your_share_minor_units": share.amount,
        }
        for share in shares.order_by("pk")
    ]


def _deals(user):
    deals = (
        Deal.objects.filter(Q(award__challenge__owner=user) | Q(award__submission__in=_team_entries(user)))
        .select_related("award__challenge", "award__submission")
        .distinct()
        .order_by("pk")
    )
    return [
        {
            "challenge": deal.award.challenge.title,
            "submission": deal.award.submission.reference,
            "as": "seeker" if deal.award.challenge.owner_id == user.pk else "winner",
            "introduced_at": exported_time(deal.introduced_at),
            "outcome": deal.outcome,
            "value_minor_units": deal.value,
            "currency": deal.currency if deal.value else None,
            "recorded_at": exported_time(deal.recorded_at),
            "recorded_by_you": deal.recorded_by_id == user.pk,
        }
        for deal in deals
    ]


def export_judging_records(user):
    """The export's judging sections: as a judge, as an entrant, and the deals as either side."""
    return {
        "judge_assignments": _judge_assignments(user),
        "challenge_feedback_received": _feedback_received(user),
        "challenge_awards": _award_shares(user),
        "challenge_deals": _deals(user),
    }


def anonymise_award_shares(user):
    """Empty the copy of the person's name in their award shares; amounts and percentages stay."""
    AwardShare.objects.filter(member=user).update(name="")

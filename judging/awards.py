"""Awards, tracked to payment: awarded → agreement signed → paid, each step dated and only in that order.

Only a winning entry (``Evaluation.status == WINNER``) gets an award, at most one. A cash award is kept
in minor units (fen, cents) and split as the team agreed at registration: each accepted member gets their
``TeamInvitation.award_share`` (rounded down to the fen) and the lead keeps the rest, so the shares always
add up to the award exactly. The team and the seeker are emailed when an award is made; the seeker's
email gives the date it is to be paid by. Awards past that date and not paid are overdue: staff get at
most one email a day listing them (``flag_overdue_awards``, a daily task).
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import display_name
from challenges.access import is_challenge_staff
from challenges.choices import InvitationStatus
from core.emails import recipient_language, send_templated_email, send_templated_email_to

from .conflicts import team_members
from .models import Award, AwardShare, AwardStatus, Currency, EntryStatus, Evaluation

WHOLE = 100  # per cent

# Which status each step starts from: the one order an award moves in.
ALLOWED_FROM = {
    "sign": AwardStatus.AWARDED,
    "pay": AwardStatus.AGREEMENT_SIGNED,
}


def _require_staff(user):
    if not is_challenge_staff(user):
        raise PermissionDenied(_("Only the platform's challenge staff can do this."))


def split(amount, member_percents):
    """``(lead_amount, [member_amount, ...])``: each member's percent of ``amount`` rounded down, the lead the
    rest. Integers only, so the parts sum to ``amount`` exactly. ``amount`` None gives None everywhere."""
    if amount is None:
        return None, [None for _percent in member_percents]
    members = [amount * percent // WHOLE for percent in member_percents]
    return amount - sum(members), members


def _accepted_invitations(submission):
    return [
        invitation
        for invitation in submission.registration.invitations.select_related("member__profile")
        if invitation.status == InvitationStatus.ACCEPTED
    ]


def _check_can_award(submission, amount, currency, due_on, description):
    status = Evaluation.objects.filter(submission=submission).values_list("status", flat=True).first()
    if status != EntryStatus.WINNER:
        raise ValidationError(_("Only a winning entry can be given an award."), code="not_winner")
    if Award.objects.filter(submission=submission).exists():
        raise ValidationError(_("This entry has an award already."), code="duplicate")
    if amount is not None and (not isinstance(amount, int) or amount <= 0):
        raise ValidationError(_("A cash award must be more than nothing."), code="amount")
    if amount is None and not description.strip():
        raise ValidationError(_("Give a cash amount, or say what the award is."), code="empty")
    if currency not in Currency.values:
        raise ValidationError(_("Choose a currency from the list."), code="currency")
    if not isinstance(due_on, datetime.date):
        raise ValidationError(_("Give the date the award is to be paid by."), code="due_on")


def award(submission, user, amount, currency, due_on, description=""):
    """Make the award of a winning entry (``amount`` in minor units, or None) and its team's shares."""
    _require_staff(user)
    _check_can_award(submission, amount, currency, due_on, description)
    invitations = _accepted_invitations(submission)
    lead_amount, member_amounts = split(amount, [invitation.award_share for invitation in invitations])
    lead = submission.registration.user
    with transaction.atomic():
        made = Award.objects.create(
            submission=submission,
            challenge=submission.challenge,
            amount=amount,
            currency=currency,
            description=description.strip(),
            due_on=due_on,
            awarded_at=timezone.now(),
            awarded_by=user,
        )
        shares = [
            AwardShare(
                award=made,
                member=lead,
                name=display_name(lead),
                percent=WHOLE - sum(invitation.award_share for invitation in invitations),
                amount=lead_amount,
            )
        ]
        shares += [
            AwardShare(
                award=made,
                member=invitation.member,
                name=display_name(invitation.member) if invitation.member else invitation.email,
                percent=invitation.award_share,
                amount=share_amount,
            )
            for invitation, share_amount in zip(invitations, member_amounts, strict=True)
        ]
        AwardShare.objects.bulk_create(shares)
        transaction.on_commit(lambda: notify_award_made(made))
    return made


def notify_award_made(made):
    """Each team member hears of the award and their share; the seeker of the award and its due date."""
    shares = {share.member_id: share for share in made.shares.all()}
    submission, challenge = made.submission, made.challenge
    context = {"award": made, "submission": submission, "challenge": challenge}
    for member in team_members(submission):
        send_templated_email(member, "judging/email/award_made", {**context, "share": shares.get(member.pk)})
    send_templated_email(challenge.owner, "judging/email/award_due", context)


# --- the steps to payment -------------------------------------------------------------------------


def _as_moment(on):
    """A date becomes the start of that day in Beijing time; a datetime is kept."""
    if isinstance(on, datetime.datetime):
        return on
    return timezone.make_aware(datetime.datetime.combine(on, datetime.time()))


def _step(award_row, user, on, step, to_status, field):
    _require_staff(user)
    with transaction.atomic():
        locked = Award.objects.select_for_update().get(pk=award_row.pk)
        if locked.status != ALLOWED_FROM[step]:
            raise ValidationError(
                _(
                    "This award is “%(status)s”, so this step is not possible: awarded, then agreement signed, then paid."
                )
                % {"status": locked.get_status_display()},
                code="wrong_status",
            )
        if not isinstance(on, datetime.date):
            raise ValidationError(_("Give the date."), code="date")
        moment = _as_moment(on)
        earliest = locked.agreement_signed_at if step == "pay" else locked.awarded_at
        if timezone.localdate(moment) > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."), code="future")
        if timezone.localdate(moment) < timezone.localdate(earliest):
            raise ValidationError(_("The date cannot be before the previous step."), code="too_early")
        locked.status = to_status
        setattr(locked, field, moment)
        locked.save(update_fields=["status", field])
    award_row.status, award_row.agreement_signed_at, award_row.paid_at = (
        locked.status,
        locked.agreement_signed_at,
        locked.paid_at,
    )
    return award_row


def mark_agreement_signed(award_row, user, on):
    """The winner signed the award agreement on ``on`` (a date)."""
    return _step(award_row, user, on, "sign", AwardStatus.AGREEMENT_SIGNED, "agreement_signed_at")


def mark_paid(award_row, user, on):
    """The award was paid on ``on``; only after the agreement was signed."""
    return _step(award_row, user, on, "pay", AwardStatus.PAID, "paid_at")


def next_step(award_row):
    """ "sign", "pay" or None: the one step staff can take next on this award."""
    for step, status in ALLOWED_FROM.items():
        if award_row.status == status:
            return step
    return None


# --- overdue ----------------------------------------------------------------------------------


def overdue_awards(today=None):
    """Awards not paid by their due date, the longest overdue first."""
    return (
        Award.objects.overdue(today)
        .select_related("challenge", "submission__registration__user__profile")
        .order_by("due_on", "pk")
    )


def challenge_staff():
    """Active users with the ``challenges.change_challenge`` permission (groups, their own, superusers)."""
    return list(
        get_user_model()
        .objects.with_perm("challenges.change_challenge", backend="django.contrib.auth.backends.ModelBackend")
        .filter(is_active=True)
        .exclude(email="")
        .select_related("profile")
    )


def flag_overdue_awards(today=None):
    """Email challenge staff every overdue award, at most once a day; returns the number of emails sent.

    Nothing goes when every overdue award was flagged today already (the job ran twice) or none is overdue.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        awards = list(overdue_awards(today).select_for_update(of=("self",)))
        if not any(row.overdue_flagged_on != today for row in awards):
            return 0
        Award.objects.filter(pk__in=[row.pk for row in awards]).update(overdue_flagged_on=today)
    sent = 0
    for member in challenge_staff():
        sent += send_templated_email_to(
            member.email,
            recipient_language(member),
            "judging/email/overdue_awards",
            {"user": member, "awards": awards, "today": today},
            robust=True,  # the flag is saved; a mail failure must not make the job retry into duplicates
        )
    return sent

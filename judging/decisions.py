"""Moving a sent submission on through the evaluation: screening, shortlist, finalist, winner.

``ALLOWED_FROM`` is the one table of moves: each status an entry may be moved to, and the statuses it may
come from. Only ``decide`` and ``decide_many`` change ``Evaluation.status``; each move is recorded as a
``Decision`` (from, to, reason, who, when) in the same transaction, under a row lock so that two staff
deciding at once cannot both move the entry from the same status. Nobody decides before the challenge's
submission deadline has passed: until then the entries are not final.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from challenges.choices import SubmissionStatus
from challenges.models import Submission

from .access import is_judging_staff
from .models import Decision, EntryStatus, Evaluation

# Status an entry is moved to → the statuses it may be moved from.
ALLOWED_FROM = {
    EntryStatus.ELIGIBLE: (EntryStatus.AWAITING_SCREENING, EntryStatus.INELIGIBLE),  # screened, or on review
    EntryStatus.INELIGIBLE: (EntryStatus.AWAITING_SCREENING,),
    EntryStatus.SHORTLISTED: (EntryStatus.ELIGIBLE, EntryStatus.NOT_SELECTED),  # or reconsidered
    EntryStatus.NOT_SELECTED: (EntryStatus.ELIGIBLE, EntryStatus.SHORTLISTED, EntryStatus.FINALIST),
    EntryStatus.FINALIST: (EntryStatus.SHORTLISTED,),
    EntryStatus.WINNER: (EntryStatus.FINALIST,),
}

# Moves that must say why (the entrant's feedback and any appeal rest on it).
REASON_REQUIRED = frozenset({EntryStatus.INELIGIBLE})


def allows(from_status, to_status):
    return from_status in ALLOWED_FROM.get(to_status, ())


def next_statuses(status):
    """The statuses an entry at ``status`` may be moved to, in the table's order (the buttons staff see)."""
    return [to_status for to_status, sources in ALLOWED_FROM.items() if status in sources]


def deadline_passed(challenge, now=None):
    return (now or timezone.now()) >= challenge.submission_deadline


def ensure_evaluations(challenge, now=None):
    """Give every sent submission of a closed challenge its ``Evaluation`` (awaiting screening).

    Idempotent: one query finds the missing ones, one inserts them. Before the deadline nothing is
    created, since entries may still be sent or withdrawn. Returns how many were missing.
    """
    if not deadline_passed(challenge, now):
        return 0
    missing = Submission.objects.filter(
        challenge=challenge, status=SubmissionStatus.SUBMITTED, evaluation__isnull=True
    ).values_list("pk", flat=True)
    missing = list(missing)
    if not missing:
        return 0
    created = Evaluation.objects.bulk_create(
        [Evaluation(submission_id=pk) for pk in missing], ignore_conflicts=True
    )  # ignore_conflicts: another request may have created the same rows a moment ago
    return len(created)


def _refusal(evaluation, to_status, reason, now):
    """Why ``evaluation`` (locked, with its submission and challenge) cannot move to ``to_status``, or None."""
    submission = evaluation.submission
    if not deadline_passed(submission.challenge, now):
        return ValidationError(
            _("Entries can be decided on only once the submission deadline has passed."), code="before_deadline"
        )
    if submission.status != SubmissionStatus.SUBMITTED:
        return ValidationError(
            _("%(entry)s was withdrawn: it cannot be moved on.") % {"entry": submission}, code="withdrawn"
        )
    if to_status not in EntryStatus.values:
        return ValidationError(_("Choose one of the offered decisions."), code="unknown_status")
    if not allows(evaluation.status, to_status):
        message = _("%(entry)s is “%(from)s”: it cannot be moved to “%(to)s”.") % {
            "entry": submission,
            "from": EntryStatus(evaluation.status).label,
            "to": EntryStatus(to_status).label,
        }
        return ValidationError(message, code="not_allowed")
    if to_status in REASON_REQUIRED and not reason:
        return ValidationError(_("Say why the entry is ineligible: the entrant is told."), code="reason_required")
    return None


def _locked(evaluation_pks):
    return list(
        Evaluation.objects.select_for_update(of=("self",))
        .select_related("submission__challenge")
        .filter(pk__in=evaluation_pks)
        .order_by("pk")  # one lock order, so two bulk decisions never deadlock
    )


def _require_staff(user):
    if not is_judging_staff(user):
        raise PermissionDenied(_("Only the platform's staff decide on entries."))


def _apply(evaluation, to_status, reason, user, now):
    """Set the new status on ``evaluation`` (unsaved) and return the unsaved ``Decision`` recording it."""
    decision = Decision(
        evaluation=evaluation,
        from_status=evaluation.status,
        to_status=to_status,
        reason=reason,
        decided_by=user,
        decided_at=now,
    )
    evaluation.status = to_status
    evaluation.reason = reason
    evaluation.updated_at = now
    return decision


def decide(evaluation, to_status, user, reason="", now=None):
    """Move one entry to ``to_status`` and record the decision. Raises ValidationError if not allowed."""
    _require_staff(user)
    now = now or timezone.now()
    reason = (reason or "").strip()
    with transaction.atomic():
        locked = _locked([evaluation.pk])
        if not locked:
            raise ValidationError(_("This entry no longer exists."))
        current = locked[0]
        refusal = _refusal(current, to_status, reason, now)
        if refusal:
            raise refusal
        decision = _apply(current, to_status, reason, user, now)
        current.save(update_fields=["status", "reason", "updated_at"])
        decision.save()
    evaluation.status, evaluation.reason = current.status, current.reason
    return decision


def decide_many(evaluations, to_status, user, reason="", now=None):
    """Move every one of ``evaluations`` to ``to_status``, or none of them: one refusal stops them all.

    Raises ValidationError listing every refusal. Returns the recorded decisions.
    """
    _require_staff(user)
    now = now or timezone.now()
    reason = (reason or "").strip()
    pks = {evaluation.pk for evaluation in evaluations}
    if not pks:
        raise ValidationError(_("Choose at least one entry."))
    with transaction.atomic():
        locked = _locked(pks)
        if len(locked) != len(pks):
            raise ValidationError(_("Some of the chosen entries no longer exist."))
        refusals = [refusal for refusal in (_refusal(item, to_status, reason, now) for item in locked) if refusal]
        if refusals:
            unique = {refusal.message: refusal for refusal in refusals}  # the deadline or reason is said once
            raise ValidationError(list(unique.values()))
        decisions = [_apply(item, to_status, reason, user, now) for item in locked]
        Evaluation.objects.bulk_update(locked, ["status", "reason", "updated_at"])
        Decision.objects.bulk_create(decisions)
    return decisions

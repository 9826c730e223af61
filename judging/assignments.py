"""Staff assign judges to a phase and remove them.

A judge is an existing account, found by its email address (external experts sign up first). A phase needs
a rubric (at least one criterion) before anyone is assigned to it, and an open scoring period; a judge is
assigned once per phase. The judge is emailed in their language a link to the agreement and declaration
(``judging:declaration``), once the assignment is committed. An assignment is removed only while its judge
has written no review: scores, once given, stay on the record.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.emails import recipient_language, send_templated_email_to
from core.links import absolute_url

from .access import is_judging_staff
from .models import JudgeAssignment


def _require_staff(user):
    if not is_judging_staff(user):
        raise PermissionDenied(_("Only the platform's staff assign judges."))


def account_with_email(email):
    """The active account using ``email`` (case ignored), or None."""
    return get_user_model().objects.filter(email__iexact=(email or "").strip(), is_active=True).order_by("pk").first()


def assign_judge(phase, email, assigned_by, now=None):
    """Assign the account using ``email`` to ``phase`` and email them; returns the assignment.

    Raises ValidationError when there is no such account, the phase has no criteria or has closed, or the
    person is already a judge of it.
    """
    _require_staff(assigned_by)
    judge = account_with_email(email)
    if judge is None:
        raise ValidationError(
            _("No account uses this email address. Ask the judge to sign up first, then assign them."),
            code="no_account",
        )
    if not phase.criteria.exists():
        raise ValidationError(_("Add at least one criterion to the rubric before assigning judges."), code="no_rubric")
    if not phase.is_open(now):
        raise ValidationError(_("Scoring in this phase has closed: judges can no longer be assigned."), code="closed")
    if JudgeAssignment.objects.filter(phase=phase, judge=judge).exists():
        raise ValidationError(_("This person is already a judge of this phase."), code="already_assigned")
    try:
        with transaction.atomic():
            assignment = JudgeAssignment.objects.create(phase=phase, judge=judge, assigned_by=assigned_by)
    except IntegrityError as error:  # the same judge assigned a moment ago from another window
        raise ValidationError(_("This person is already a judge of this phase."), code="already_assigned") from error
    transaction.on_commit(lambda: tell_judge(assignment.pk))
    return assignment


def tell_judge(assignment_pk):
    """Email the judge, in their language, what they are asked to judge and the link to begin."""
    assignment = JudgeAssignment.objects.select_related("judge__profile", "phase__challenge").get(pk=assignment_pk)
    judge = assignment.judge
    language = recipient_language(judge)
    with translation.override(language):
        declaration_url = absolute_url(reverse("judging:declaration", args=[assignment.pk]))
    return send_templated_email_to(
        judge.email,
        language,
        "judging/email/judge_assigned",
        {
            "user": judge,
            "assignment": assignment,
            "phase": assignment.phase,
            "challenge": assignment.phase.challenge,
            "declaration_url": declaration_url,
        },
        robust=True,  # the assignment is saved: a mail failure is logged, and staff see the judge listed
    )


def may_remove(assignment):
    return not assignment.reviews.exists()


def remove_assignment(assignment, user):
    """Remove a judge who has not reviewed anything yet; their recusals go with the assignment."""
    _require_staff(user)
    with transaction.atomic():
        locked = JudgeAssignment.objects.select_for_update().filter(pk=assignment.pk).first()
        if locked is None:
            return
        if not may_remove(locked):
            raise ValidationError(
                _("This judge has already scored entries: the assignment stays on the record."), code="has_reviews"
            )
        locked.delete()

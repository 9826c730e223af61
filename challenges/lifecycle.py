"""Vetting a challenge: draft → submitted → approved (scheduled, then open) or returned with a reason; withdrawn.

Every function here checks that the change is allowed, saves, and tells the people concerned. Views and the
admin call these; nothing else changes ``Challenge.status``. ``ALLOWED_FROM`` says which statuses each change
may start from; the functions enforce it and ``owner_actions`` offers it to the seeker as buttons.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.emails import send_templated_email

from .models import Challenge, Status

# Languages whose title and summary a challenge needs before it is published (staff add the translation).
PUBLISHED_LANGUAGE_SUFFIXES = ("en", "zh_hans")

# Change → the statuses a challenge may be in for it. "edit" is the owner's edit (``posting``); an approved
# challenge is edited by staff only ("staff_edit"), and an edit of a public one is recorded as an amendment.
ALLOWED_FROM = {
    "edit": (Status.DRAFT, Status.RETURNED),
    "submit": (Status.DRAFT, Status.RETURNED),
    "withdraw": (Status.DRAFT, Status.SUBMITTED, Status.RETURNED),
    "approve": (Status.SUBMITTED,),
    "return": (Status.SUBMITTED,),
    "staff_edit": (Status.SUBMITTED, Status.RETURNED, Status.APPROVED),
}


def allows(challenge, change):
    """Whether ``challenge``'s status lets ``change`` (a key of ``ALLOWED_FROM``) happen now."""
    return challenge.status in ALLOWED_FROM[change]


@dataclass(frozen=True)
class ChallengeAction:
    """One thing the seeker may do to a challenge: a link (``method`` "get") or a button posting a form."""

    kind: str
    label: str
    url: str
    method: str


# The seeker's actions, in the order pages show them: (change, label, URL name, method).
OWNER_ACTIONS = [
    ("edit", gettext_lazy("Edit"), "challenges:edit", "get"),
    ("submit", gettext_lazy("Submit for review"), "challenges:submit", "post"),
    ("withdraw", gettext_lazy("Withdraw"), "challenges:withdraw", "get"),  # the page asks to confirm
]


def owner_actions(challenge, user=None):
    """What the seeker may do to ``challenge`` now, as ``ChallengeAction`` objects.

    With ``user``, nothing unless they own the challenge.
    """
    if user is not None and (not user.is_authenticated or challenge.owner_id != user.pk):
        return []
    return [
        ChallengeAction(kind, str(label), reverse(url_name, args=[challenge.pk]), method)
        for kind, label, url_name, method in OWNER_ACTIONS
        if allows(challenge, kind)
    ]


def require_owner(challenge, user):
    if challenge.owner_id != user.pk:
        raise PermissionDenied(_("Only the challenge's owner can do this."))


def require_status(challenge, change):
    if not allows(challenge, change):
        raise ValidationError(
            _("This challenge cannot do that while it is “%(status)s”.") % {"status": challenge.get_status_display()},
            code="status",
        )


def submit_challenge(challenge, user, now=None):
    """The seeker sends a draft (or a returned challenge) to the platform's staff for review."""
    require_owner(challenge, user)
    require_status(challenge, "submit")
    now = now or timezone.now()
    if challenge.submission_deadline <= now:
        raise ValidationError(
            _("The submission deadline has passed. Choose a later one before submitting."), code="deadline"
        )
    challenge.status = Status.SUBMITTED
    challenge.submitted_at = now
    challenge.save(update_fields=["status", "submitted_at", "updated_at"])
    return challenge


def withdraw_challenge(challenge, user):
    """The seeker takes back a challenge before it is approved; it can no longer be edited or submitted."""
    require_owner(challenge, user)
    require_status(challenge, "withdraw")
    challenge.status = Status.WITHDRAWN
    challenge.save(update_fields=["status", "updated_at"])
    return challenge


def missing_translations(challenge):
    """``[(language label, [field labels])]``: the title and summary still missing in a published language."""
    labels = {"en": "English", "zh_hans": "中文"}
    missing = []
    for suffix in PUBLISHED_LANGUAGE_SUFFIXES:
        fields = [
            str(Challenge._meta.get_field(name).verbose_name)
            for name in ("title", "summary")
            if not (getattr(challenge, f"{name}_{suffix}") or "").strip()
        ]
        if fields:
            missing.append((labels[suffix], fields))
    return missing


@transaction.atomic
def approve_challenge(challenge, staff_user, publish_at=None, now=None):
    """Staff approve a submitted challenge; it is published at ``publish_at`` (now by default).

    The title and summary must be written in both languages first: staff add the missing translation.
    """
    require_status(challenge, "approve")
    missing = missing_translations(challenge)
    if missing:
        raise ValidationError(
            _("Add the translation before approving. Missing: %(missing)s.")
            % {"missing": "; ".join(f"{language}: {', '.join(fields)}" for language, fields in missing)},
            code="translation_missing",
        )
    now = now or timezone.now()
    publish_at = publish_at or now
    if publish_at >= challenge.submission_deadline:
        raise ValidationError(
            _("The publication time must be before the submission deadline."), code="publish_after_deadline"
        )
    challenge.status = Status.APPROVED
    challenge.return_reason = ""
    challenge.approved_at = now
    challenge.approved_by = staff_user
    challenge.publish_at = publish_at
    challenge.save(update_fields=["status", "return_reason", "approved_at", "approved_by", "publish_at", "updated_at"])
    transaction.on_commit(lambda: _tell_owner(challenge.pk, "challenges/email/challenge_approved"))
    return challenge


@transaction.atomic
def return_challenge(challenge, staff_user, reason):
    """Staff send a submitted challenge back to the seeker with a reason (by email, in the seeker's language)."""
    require_status(challenge, "return")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say what the seeker should change."), code="reason_required")
    challenge.status = Status.RETURNED
    challenge.return_reason = reason
    challenge.save(update_fields=["status", "return_reason", "updated_at"])
    transaction.on_commit(lambda: _tell_owner(challenge.pk, "challenges/email/challenge_returned"))
    return challenge


def _tell_owner(challenge_id, template):
    challenge = Challenge.objects.select_related("owner", "owner__profile").get(pk=challenge_id)
    send_templated_email(challenge.owner, template, {"challenge": challenge})

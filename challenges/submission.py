"""Submissions: drafts saved as often as wanted, sent with a reference and a receipt, replaced or withdrawn
until the deadline.

Every write here checks the deadline itself (``check_before_deadline``), so no view, form or replayed
request can change a submission once the challenge has closed: the comparison is between aware datetimes,
the deadline being a moment in Beijing time. Sending needs every team invitation answered and the current
agreement accepted. A team has one submission that is not withdrawn (drafts count) unless the challenge
allows several; the registration row is locked while that is counted, so two tabs cannot both create one.

The reference is ``HIC-<year>-<pk, six digits>``: unique because the primary key is, and set in the same
transaction as the status, so no two submissions race for a number.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import beijing_time
from core.emails import recipient_language, send_templated_email_to
from core.uploads import MAX_UPLOAD_BYTES, validate_upload

from .choices import InvitationStatus, SubmissionStatus
from .models import Registration, Submission, SubmissionAttachment
from .registration import needs_new_acceptance

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = MAX_UPLOAD_BYTES
WRITES_PER_HOUR = 30  # saves, sends and withdrawals per user and per client address, counted by the view
EDITABLE_FIELDS = ("title", "abstract", "abstract_is_public", "proposal")


def check_before_deadline(challenge, now=None):
    """Raise ValidationError unless ``challenge`` is still open for submissions at ``now``."""
    if not challenge.is_open_for_submissions(now or timezone.now()):
        raise ValidationError(
            _("The deadline has passed: submissions to this challenge can no longer be changed."), code="closed"
        )


def validate_attachment_count(existing, new):
    if existing + new > MAX_ATTACHMENTS:
        raise ValidationError(
            _("A submission can have at most %(max)d attachments; this would make %(count)d. Remove some first.")
            % {"max": MAX_ATTACHMENTS, "count": existing + new},
            code="too_many",
        )


def validate_attachment(file):
    """Check one file by its content (PDF, PNG or JPEG, at most 5 MB) and return its real type."""
    return validate_upload(file)


def _locked_registration(registration):
    return Registration.objects.select_for_update().select_related("challenge", "user").get(pk=registration.pk)


def _check_team_member(registration, user):
    if registration.user_id == user.pk:
        return
    if not registration.invitations.filter(member=user, status=InvitationStatus.ACCEPTED).exists():
        raise ValidationError(_("Only the team can change its submissions."), code="not_team")


def _check_active(registration):
    if not registration.is_active:
        raise ValidationError(_("This registration has been withdrawn."), code="withdrawn")


def send_refusals(registration):
    """Why the team cannot send a submission now (translated sentences); empty when it can."""
    reasons = []
    pending = list(registration.invitations.filter(status=InvitationStatus.PENDING).values_list("email", flat=True))
    if pending:
        reasons.append(
            _("Every team invitation must be answered before you send. Still waiting for: %(emails)s.")
            % {"emails": ", ".join(pending)}
        )
    if needs_new_acceptance(registration, registration.challenge):
        reasons.append(_("The challenge agreement has changed. Accept the new version before you send."))
    return reasons


def _check_can_send(registration):
    reasons = send_refusals(registration)
    if reasons:
        raise ValidationError(reasons, code="cannot_send")


def may_add_submission(registration):
    """Whether the team may start another submission (one unless the challenge allows several)."""
    if registration.challenge.allows_multiple_submissions:
        return True
    return not registration.submissions.exclude(status=SubmissionStatus.WITHDRAWN).exists()


def _add_attachments(submission, files):
    files = list(files)
    if not files:
        return []
    validate_attachment_count(submission.attachments.count(), len(files))
    checked = [(file, validate_attachment(file)) for file in files]  # all checked before any is stored
    return [
        SubmissionAttachment.objects.create(
            submission=submission, file=file, original_name=file.name[:255], content_type=content_type, size=file.size
        )
        for file, content_type in checked
    ]


@transaction.atomic
def create_submission(registration, user, fields, files=(), send=False, now=None):
    """A new draft (or, with ``send``, a sent submission) of the team of ``registration``."""
    now = now or timezone.now()
    registration = _locked_registration(registration)
    check_before_deadline(registration.challenge, now)
    _check_active(registration)
    _check_team_member(registration, user)
    if not may_add_submission(registration):
        raise ValidationError(
            _("This challenge takes one submission per solver or team. Edit or withdraw the one you have."),
            code="one_only",
        )
    if send:
        _check_can_send(registration)
    submission = Submission(challenge=registration.challenge, registration=registration)
    for name in EDITABLE_FIELDS:
        setattr(submission, name, fields[name])
    submission.save()
    _add_attachments(submission, files)
    if send:
        _mark_sent(submission, now, updated=False)
    return submission


def _locked_submission(submission):
    return (
        Submission.objects.select_for_update()
        .select_related("challenge", "registration__user", "registration__challenge")
        .get(pk=submission.pk)
    )


def _check_changeable(submission, user, now):
    check_before_deadline(submission.challenge, now)
    _check_active(submission.registration)
    _check_team_member(submission.registration, user)
    if submission.status == SubmissionStatus.WITHDRAWN:
        raise ValidationError(_("This submission has been withdrawn and can no longer change."), code="withdrawn")


@transaction.atomic
def update_submission(submission, user, fields, files=(), send=False, now=None):
    """Save changes to a submission. A sent one is replaced: same reference, new time, a new receipt."""
    now = now or timezone.now()
    _locked_registration(submission.registration)
    submission = _locked_submission(submission)
    _check_changeable(submission, user, now)
    replaces = submission.status == SubmissionStatus.SUBMITTED
    if send or replaces:
        _check_can_send(submission.registration)
    for name in EDITABLE_FIELDS:
        setattr(submission, name, fields[name])
    submission.save()
    _add_attachments(submission, files)
    if send or replaces:
        _mark_sent(submission, now, updated=replaces)
    return submission


@transaction.atomic
def send_submission(submission, user, now=None):
    """Send a draft: it gets its reference and the team a receipt."""
    now = now or timezone.now()
    _locked_registration(submission.registration)
    submission = _locked_submission(submission)
    _check_changeable(submission, user, now)
    if submission.status != SubmissionStatus.DRAFT:
        raise ValidationError(_("This submission has already been sent."), code="sent")
    _check_can_send(submission.registration)
    _mark_sent(submission, now, updated=False)
    return submission


def _mark_sent(submission, now, updated):
    submission.status = SubmissionStatus.SUBMITTED
    submission.submitted_at = now
    if not submission.reference:
        submission.reference = f"HIC-{beijing_time(now).year}-{submission.pk:06d}"
    submission.save(update_fields=["status", "submitted_at", "reference", "updated_at"])
    transaction.on_commit(lambda: send_receipts(submission, updated))


@transaction.atomic
def withdraw_submission(submission, user, now=None):
    now = now or timezone.now()
    submission = _locked_submission(submission)
    _check_changeable(submission, user, now)
    submission.status = SubmissionStatus.WITHDRAWN
    submission.save(update_fields=["status", "updated_at"])
    return submission


@transaction.atomic
def add_attachments(submission, user, files, now=None):
    now = now or timezone.now()
    submission = _locked_submission(submission)
    _check_changeable(submission, user, now)
    return _add_attachments(submission, files)


@transaction.atomic
def delete_attachment(attachment, user, now=None):
    """Remove an attachment and, once the row is really gone, its stored file."""
    now = now or timezone.now()
    submission = _locked_submission(attachment.submission)
    _check_changeable(submission, user, now)
    stored_file = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: stored_file.delete(save=False))


def team_of(registration):
    """The lead and the accepted members of the team, lead first; deleted (inactive) accounts are left out."""
    members = [
        invitation.member
        for invitation in registration.invitations.filter(
            status=InvitationStatus.ACCEPTED, member__isnull=False, member__is_active=True
        )
        .select_related("member__profile")
        .order_by("pk")
    ]
    lead = [registration.user] if registration.user.is_active else []
    return [*lead, *[member for member in members if member.pk != registration.user_id]]


def send_receipts(submission, updated=False):
    """Email the receipt (with the reference and the time sent, in Beijing time) to every team member."""
    for member in team_of(submission.registration):
        send_templated_email_to(
            member.email,
            recipient_language(member),
            "challenges/email/submission_receipt",
            {"user": member, "submission": submission, "challenge": submission.challenge, "updated": updated},
            robust=True,  # the submission is saved: a mail server failure must not make the team send it again
        )

"""Changing a service request after submission: status, assignment and the message thread.

Every status change is logged with who made it (None for the system) and why, and the requester
is told by email in their preferred language.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.emails import recipient_language, send_templated_email_to

from . import history_notes, hooks
from .models import RequestAttachment, RequestMessage, RequestStatus, StatusChange

# Where staff may move a request from each status. Payment statuses are set by the payment flow only.
STAFF_TRANSITIONS = {
    RequestStatus.SUBMITTED: [RequestStatus.IN_PROGRESS, RequestStatus.CANCELLED],
    RequestStatus.AWAITING_PAYMENT: [RequestStatus.CANCELLED],
    RequestStatus.PAID: [RequestStatus.IN_PROGRESS, RequestStatus.CANCELLED],
    RequestStatus.IN_PROGRESS: [RequestStatus.COMPLETED, RequestStatus.CANCELLED],
}


MESSAGES_PER_HOUR = 20  # per request, client address and account: each message emails staff


class TransitionNotAllowed(Exception):
    pass


def allowed_staff_transitions(service_request):
    """Where staff may move this request. A request paid by card is not cancelled but refunded, so the
    requester never ends up with a cancelled request and their money kept."""
    allowed = STAFF_TRANSITIONS.get(service_request.status, [])
    if service_request.paid_at is not None:
        allowed = [status for status in allowed if status != RequestStatus.CANCELLED]
    return allowed


def notify_requester(service_request, template, context=None, idempotency_key=None):
    """Email the requester (account or not) in the request's preferred language (once per ``idempotency_key``)."""
    return send_templated_email_to(
        service_request.contact_email,
        service_request.preferred_language,
        template,
        {"service_request": service_request, **(context or {})},
        robust=True,
        idempotency_key=idempotency_key,
    )


@transaction.atomic
def record_status(
    service_request, to_status, *, by=None, note="", note_key="", note_params=None, notify=True, internal=False
):
    """Set the status, log the change and tell the requester. No transition check: callers decide.

    A system note is given as ``note_key`` (one of history_notes.NOTES) and ``note_params``, so each reader
    sees it in their own language; ``note`` is free text a person wrote. An ``internal`` entry (a note for
    staff) is hidden from the requester and never emailed.
    """
    note_params = note_params or {}
    if note_key:
        note = history_notes.english_note(note_key, note_params)
    change = StatusChange.objects.create(
        request=service_request,
        from_status=service_request.status,
        to_status=to_status,
        note=note,
        note_key=note_key,
        note_params=note_params,
        changed_by=by,
        internal=internal,
    )
    service_request.status = to_status
    service_request.save(update_fields=["status", "updated_at"])
    if notify and not internal:
        transaction.on_commit(
            lambda: notify_requester(service_request, "services/email/status_changed", {"change": change})
        )
    return change


def change_status(service_request, to_status, *, by, note=""):
    """A staff member moves a request on; raises TransitionNotAllowed for a move the workflow forbids."""
    if to_status not in allowed_staff_transitions(service_request):
        raise TransitionNotAllowed(
            _("A request that is “%(from)s” cannot become “%(to)s”.")
            % {"from": service_request.get_status_display(), "to": RequestStatus(to_status).label}
        )
    if to_status == RequestStatus.CANCELLED:
        was_awaiting_payment = service_request.status == RequestStatus.AWAITING_PAYMENT
        hooks.before_request_cancelled(service_request)  # no card can be charged for a cancelled request
        if was_awaiting_payment:
            service_request.refresh_from_db()
            if service_request.status != RequestStatus.AWAITING_PAYMENT:  # the money arrived meanwhile
                raise TransitionNotAllowed(_("The card payment arrived meanwhile; refund it instead of cancelling."))
    return record_status(service_request, to_status, by=by, note=note)


def assign(service_request, *, staff=None, provider=None, by):
    """Assign the request to a staff member and/or a provider, logged in the history as a note.

    A newly assigned provider is emailed at its contact address."""
    provider_is_new = provider is not None and provider.pk != service_request.assigned_provider_id
    service_request.assigned_to = staff
    service_request.assigned_provider = provider
    service_request.save(update_fields=["assigned_to", "assigned_provider", "updated_at"])
    names = ", ".join(
        str(name)
        for name in (staff and (staff.get_full_name() or staff.get_username()), provider and provider.title)
        if name
    )
    note_key, note_params = ("assigned", {"names": names}) if names else ("assigned-nobody", {})
    StatusChange.objects.create(
        request=service_request,
        from_status=service_request.status,
        to_status=service_request.status,
        note=history_notes.english_note(note_key, note_params),
        note_key=note_key,
        note_params=note_params,
        changed_by=by,
        internal=True,
    )
    if provider_is_new:
        transaction.on_commit(
            lambda: send_templated_email_to(
                # The provider's chosen language; both (Chinese first) when it has not chosen one.
                provider.contact_email,
                provider.notification_language or None,
                "services/email/provider_assigned",
                {"service_request": service_request, "provider": provider},
                robust=True,
            )
        )


def staff_to_notify(service_request):
    """Who hears about a requester's message: the assigned staff member, or else everyone who handles requests."""
    assigned = service_request.assigned_to
    if assigned is not None and assigned.is_active and assigned.email:
        return [assigned]
    # Group and user permissions live in the model backend (allauth adds a second backend).
    return list(
        get_user_model()
        .objects.with_perm("services.handle_servicerequest", backend="django.contrib.auth.backends.ModelBackend")
        .filter(is_active=True)
        .exclude(email="")
        .select_related("profile")
    )


def post_message(service_request, *, body, author=None, from_staff=False, documents=()):
    """Add a message to the thread, with ``documents`` (``[(uploaded_file, content_type)]``, already checked by
    content) attached; a staff reply is emailed to the requester, a requester's message to staff.

    The emails name the documents; the files themselves stay behind the permission-checked download.
    """
    with transaction.atomic():
        message = RequestMessage.objects.create(
            request=service_request, author=author, from_staff=from_staff, body=body, created_at=timezone.now()
        )
        attachments = [
            RequestAttachment.objects.create(
                request=service_request,
                message=message,
                file=uploaded_file,
                original_name=uploaded_file.name[:255],
                content_type=content_type,
                size=uploaded_file.size,
            )
            for uploaded_file, content_type in documents
        ]
    context = {"message": message, "documents": attachments}
    if from_staff:
        notify_requester(service_request, "services/email/staff_reply", context)
    else:
        notify_staff(service_request, "services/email/requester_message", context)
    return message


def notify_staff(service_request, template, context):
    """Email the staff who should hear about the request, each in their own language."""
    for staff_member in staff_to_notify(service_request):
        send_templated_email_to(
            staff_member.email,
            recipient_language(staff_member),
            template,
            {"user": staff_member, "service_request": service_request, **context},
            robust=True,
        )

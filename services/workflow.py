"""Changing a service request after submission: status, assignment and the message thread.

Every status change is logged with who made it (None for the system) and why, and the requester
is told by email in their preferred language.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from home.emails import send_templated_email_to

from .models import RequestMessage, RequestStatus, StatusChange

# Where staff may move a request from each status. Payment statuses are set by the payment flow only.
STAFF_TRANSITIONS = {
    RequestStatus.SUBMITTED: [RequestStatus.IN_PROGRESS, RequestStatus.CANCELLED],
    RequestStatus.AWAITING_PAYMENT: [RequestStatus.CANCELLED],
    RequestStatus.PAID: [RequestStatus.IN_PROGRESS, RequestStatus.CANCELLED],
    RequestStatus.IN_PROGRESS: [RequestStatus.COMPLETED, RequestStatus.CANCELLED],
}


class TransitionNotAllowed(Exception):
    pass


def allowed_staff_transitions(service_request):
    return STAFF_TRANSITIONS.get(service_request.status, [])


def notify_requester(service_request, template, context=None):
    """Email the requester (account or not) in the request's preferred language."""
    return send_templated_email_to(
        service_request.contact_email, service_request.preferred_language, template,
        {"service_request": service_request, **(context or {})})


@transaction.atomic
def record_status(service_request, to_status, *, by=None, note="", notify=True):
    """Set the status, log the change and tell the requester. No transition check: callers decide."""
    change = StatusChange.objects.create(
        request=service_request, from_status=service_request.status, to_status=to_status, note=note, changed_by=by)
    service_request.status = to_status
    service_request.save(update_fields=["status", "updated_at"])
    if notify:
        transaction.on_commit(lambda: notify_requester(
            service_request, "services/email/status_changed", {"change": change}))
    return change


def change_status(service_request, to_status, *, by, note=""):
    """A staff member moves a request on; raises TransitionNotAllowed for a move the workflow forbids."""
    if to_status not in allowed_staff_transitions(service_request):
        raise TransitionNotAllowed(
            _("A request that is “%(from)s” cannot become “%(to)s”.")
            % {"from": service_request.get_status_display(), "to": RequestStatus(to_status).label})
    return record_status(service_request, to_status, by=by, note=note)


def assign(service_request, *, staff=None, provider=None, by):
    """Assign the request to a staff member and/or a provider, logged in the history as a note."""
    service_request.assigned_to = staff
    service_request.assigned_provider = provider
    service_request.save(update_fields=["assigned_to", "assigned_provider", "updated_at"])
    names = ", ".join(str(name) for name in (staff and (staff.get_full_name() or staff.get_username()),
                                               provider and provider.title) if name) or _("nobody")
    StatusChange.objects.create(request=service_request, from_status=service_request.status,
                                to_status=service_request.status, note=_("Assigned to %(names)s") % {"names": names},
                                changed_by=by)


def post_message(service_request, *, body, author=None, from_staff=False):
    """Add a message to the thread; a staff reply is emailed to the requester."""
    message = RequestMessage.objects.create(request=service_request, author=author, from_staff=from_staff,
                                            body=body, created_at=timezone.now())
    if from_staff:
        notify_requester(service_request, "services/email/staff_reply", {"message": message})
    return message

"""Making a service request, and its requester cancelling it.

Submission is one transaction: the request with its snapshot of the service's title and price,
its answers and attachments, its reference and its first history entry. Nothing is half-saved.
The confirmation email follows only once the transaction has committed.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of

from . import hooks
from .models import PaymentMethod, RequestAttachment, RequestStatus, ServiceRequest, StatusChange
from .workflow import notify_requester, record_status

SUBMISSIONS_PER_HOUR = 5  # per client address and per account, against spam
REQUESTER_CANCELLABLE = (RequestStatus.SUBMITTED, RequestStatus.AWAITING_PAYMENT)


def reference_for(service_request):
    """The human-friendly reference, e.g. ``SR-2026-000123``: the submission year and the row id."""
    year = timezone.localtime(service_request.created_at).year
    return f"SR-{year}-{service_request.pk:06d}"


def initial_status(service):
    """``(status, payment_method)`` of a new request for ``service``.

    Free: submitted. Paid with online payment: awaiting payment by card. Paid without it: submitted,
    and the requester gets an invoice.
    """
    if not service.is_paid:
        return RequestStatus.SUBMITTED, PaymentMethod.NONE
    if hooks.online_payment_available():
        return RequestStatus.AWAITING_PAYMENT, PaymentMethod.CARD
    return RequestStatus.SUBMITTED, PaymentMethod.INVOICE


@transaction.atomic
def submit_request(service, *, contact, answers=(), attachments=(), requester=None):
    """Save a request for ``service`` and email the requester a confirmation; return the request.

    ``contact`` holds the fixed fields (contact_name, contact_email, contact_phone, organisation_name,
    country, preferred_language, details); ``answers`` is a list of ``{name, label, value}``;
    ``attachments`` a list of ``(field_name, uploaded_file, content_type)`` already checked by content.
    """
    requester = requester if requester is not None and requester.is_authenticated else None
    status, payment_method = initial_status(service)
    # A card payment starts the clock when it succeeds (the payment flow sets due_on then).
    due_on = (
        None
        if status == RequestStatus.AWAITING_PAYMENT
        else (timezone.localdate() + datetime.timedelta(days=service.turnaround_days))
    )
    service_request = ServiceRequest.objects.create(
        service=service,
        service_title=service.title,
        requester=requester,
        organisation=organisation_of(requester) if requester else None,
        amount=service.price_amount,
        currency=service.price_currency if service.is_paid else "",
        status=status,
        payment_method=payment_method,
        due_on=due_on,
        answers=list(answers),
        **contact,
    )
    service_request.reference = reference_for(service_request)
    service_request.save(update_fields=["reference"])
    for field_name, uploaded_file, content_type in attachments:
        RequestAttachment.objects.create(
            request=service_request,
            field_name=field_name,
            file=uploaded_file,
            original_name=uploaded_file.name[:255],
            content_type=content_type,
            size=uploaded_file.size,
        )
    StatusChange.objects.create(request=service_request, from_status="", to_status=status, changed_by=requester)
    transaction.on_commit(lambda: notify_requester(service_request, "services/email/request_received"))
    return service_request


def can_cancel(service_request):
    return service_request.status in REQUESTER_CANCELLABLE


def cancel_by_requester(service_request, *, by=None, note=""):
    """The requester withdraws a request that nobody has started on (submitted or awaiting payment).

    The BEFORE_REQUEST_CANCELLED hook runs first (payments cancels an unfinished card payment at
    Stripe); if the money arrived meanwhile, the request is paid and can no longer be cancelled here.
    """
    hooks.before_request_cancelled(service_request)
    with transaction.atomic():
        service_request = ServiceRequest.objects.select_for_update().get(pk=service_request.pk)
        if not can_cancel(service_request):
            raise ValidationError(
                _("This request is “%(status)s” and can no longer be cancelled here. Send us a message instead.")
                % {"status": service_request.get_status_display()},
                code="not_cancellable",
            )
        by = by if by is not None and by.is_authenticated else None
        record_status(
            service_request,
            RequestStatus.CANCELLED,
            by=by,
            note=note,
            note_key="" if note else "cancelled-by-requester",
        )
    return service_request

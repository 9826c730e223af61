"""A requester's payments in their data export, and the documents payments keep when they delete their account.

Registered with the services hooks (``services.hooks``) in ``wagtail_hooks.py``.
"""

from collections import defaultdict

from accounts.data_export import exported_time

from .models import Payment, PaymentStatus

# A payment that went through makes its request an accounting record; one only started or cancelled does not.
_KEPT_FOR_ACCOUNTING = [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED]


def export_payments(requests):
    """Each request's "payments" in the export: amounts and states, never the client secret or processor id."""
    by_request = defaultdict(list)
    for payment in Payment.objects.filter(request__in=requests):
        by_request[payment.request_id].append(
            {
                "amount_minor_units": payment.amount,
                "currency": payment.currency,
                "status": payment.status,
                "created_at": exported_time(payment.created_at),
                "succeeded_at": exported_time(payment.succeeded_at),
                "refunded_at": exported_time(payment.refunded_at),
            }
        )
    return {"payments": {request.pk: by_request[request.pk] for request in requests}}


def paid_requests(requests):
    """The requests among ``requests`` with a succeeded or refunded payment: their documents are kept."""
    return requests.filter(payments__status__in=_KEPT_FOR_ACCOUNTING)

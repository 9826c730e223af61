"""The links payments adds to a service request's pages (services.hooks.REQUEST_ACTIONS)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from services.hooks import RequestAction
from services.models import RequestStatus

from .selectors import refundable_payment


def request_actions(service_request, *, for_staff):
    """Staff: "Refund in full…" once a card payment has succeeded. Requester: "Pay now" while the request
    awaits payment (the pay page itself says so when online payment is unavailable)."""
    if for_staff:
        if refundable_payment(service_request) is None:
            return []
        return [
            RequestAction(
                _("Refund in full…"),
                reverse("service_requests:refund", args=[service_request.pk]),
                classname="button-secondary serious",
            )
        ]
    if service_request.status != RequestStatus.AWAITING_PAYMENT:
        return []
    return [RequestAction(_("Pay now"), reverse("payments:pay", args=[service_request.reference]))]

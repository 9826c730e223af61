"""The payments part of the staff desk's page of a service request: its payments, and the refund.

Services shows these through its hooks (see payments/wagtail_hooks.py); the refund page sits under the
"Service requests" viewset and needs the same permission, ``services.handle_servicerequest``.
"""

import logging

import stripe
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from core.money import format_amount
from services.models import ServiceRequest

from .charges import RefundNotPossible, refund_payment
from .selectors import refundable_payment

logger = logging.getLogger(__name__)


class RequestPaymentsPanel(Component):
    """The request's card payment attempts, as a section of its page (nothing when it has none)."""

    template_name = "payments/admin/request_payments.html"

    def __init__(self, service_request):
        self.service_request = service_request

    def get_context_data(self, parent_context):
        return {
            "payments": [
                (payment, format_amount(payment.amount, payment.currency))
                for payment in self.service_request.payments.select_related("refunded_by")
            ]
        }


def request_admin_panels(service_request):
    return [RequestPaymentsPanel(service_request)]


class RefundView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks once more, then refunds the request's succeeded card payment in full."""

    model = ServiceRequest
    any_permission_required = ["handle"]
    page_title = gettext_lazy("Refund")
    template_name = "payments/admin/refund_confirm.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.service_request = get_object_or_404(ServiceRequest, pk=kwargs["pk"])
        self.payment = refundable_payment(self.service_request)

    def get_page_subtitle(self):
        return str(self.service_request)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("service_requests:index"), "label": _("Service requests")},
            {
                "url": reverse("service_requests:handle", args=[self.service_request.pk]),
                "label": self.service_request.reference,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def nothing_to_refund(self):
        messages.error(self.request, _("This request has no card payment to refund."))
        return redirect("service_requests:handle", pk=self.service_request.pk)

    def get(self, request, *args, **kwargs):
        if self.payment is None:
            return self.nothing_to_refund()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            service_request=self.service_request,
            payment=self.payment,
            amount=format_amount(self.payment.amount, self.payment.currency),
        )
        return context

    def post(self, request, *args, **kwargs):
        if self.payment is None:
            return self.nothing_to_refund()
        try:
            refund_payment(self.payment, by=request.user)
        except RefundNotPossible as error:
            messages.error(request, str(error))
        except stripe.StripeError as error:
            logger.warning("Refund of %s failed at Stripe: %s", self.payment, error)
            messages.error(
                request, _("Stripe did not refund the payment: %(error)s") % {"error": error.user_message or error}
            )
        else:
            messages.success(
                request,
                _("%(amount)s was refunded to the requester's card.")
                % {"amount": format_amount(self.payment.amount, self.payment.currency)},
            )
        return redirect("service_requests:handle", pk=self.service_request.pk)

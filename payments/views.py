"""The pay page, the two calls its script makes, the return page, and Stripe's webhook.

Stripe.js only collects the card (and runs 3-D Secure when the bank asks); the PaymentIntent is
created and confirmed here, server-side. Whether a request is paid is decided from Stripe's answers
to our server and from signed webhooks, never from what the browser reports.
"""

import logging

import stripe
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.money import format_amount
from services.models import RequestStatus
from services.selectors import request_for_viewer

from . import charges
from .csp import allow_stripe_js
from .gateway import online_payments_enabled, verified_event
from .models import PaymentStatus
from .selectors import latest_payment

logger = logging.getLogger(__name__)


def _status_url(service_request):
    return reverse("services:detail", args=[service_request.reference])


def _unavailable(message, status):
    return JsonResponse({"status": "error", "message": message}, status=status)


def _stripe_unreachable(error):
    logger.warning("Stripe call failed: %s", error)
    return _unavailable(_("The card payment service is not answering. Please try again in a few minutes."), 502)


@never_cache
@allow_stripe_js
def pay(request, reference):
    service_request = request_for_viewer(request, reference)
    return render(
        request,
        "payments/pay.html",
        {
            "service_request": service_request,
            "amount": format_amount(service_request.amount, service_request.currency),
            "online_payments_enabled": online_payments_enabled(),
            "awaiting_payment": service_request.status == RequestStatus.AWAITING_PAYMENT,
            "status_url": _status_url(service_request),
            "stripe_js_url": settings.STRIPE_JS_URL,
            "stripe_publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        },
    )


def _payment_state(payment, service_request):
    """What the pay page's script needs to know about the payment, as JSON."""
    if payment.status == PaymentStatus.REQUIRES_PAYMENT and payment.last_error:
        state = {
            "status": "declined",
            "message": _("Your card was declined. Check the card details or use another card."),
        }
    else:
        state = {"status": payment.status}
    return JsonResponse(
        {
            **state,
            "payment_intent": payment.stripe_payment_intent_id,
            "client_secret": payment.client_secret,
            "return_url": reverse("payments:return", args=[service_request.reference]),
        }
    )


@require_POST
def create_intent(request, reference):
    """Start (or resume) the payment: the PaymentIntent's client secret for Stripe.js."""
    service_request = request_for_viewer(request, reference)
    try:
        payment = charges.start_payment(service_request)
    except charges.PaymentNotPossible as error:
        return _unavailable(str(error), 409)
    except stripe.StripeError as error:
        return _stripe_unreachable(error)
    return _payment_state(payment, service_request)


@require_POST
def confirm(request, reference):
    """Confirm the payment with the card Stripe.js turned into a payment method id."""
    service_request = request_for_viewer(request, reference)
    payment = service_request.payments.filter(stripe_payment_intent_id=request.POST.get("payment_intent", "")).first()
    payment_method = request.POST.get("payment_method", "")
    if payment is None or not payment_method:
        return _unavailable(_("The payment could not be started. Please reload the page and try again."), 400)
    try:
        payment = charges.confirm_payment(payment, payment_method)
    except charges.PaymentNotPossible as error:
        return _unavailable(str(error), 409)
    except stripe.StripeError as error:
        return _stripe_unreachable(error)
    return _payment_state(payment, service_request)


@never_cache
def payment_return(request, reference):
    """Where the pay page goes after Stripe.js: ask Stripe how the payment stands, then show the request."""
    service_request = request_for_viewer(request, reference)
    payment = latest_payment(service_request)
    if payment is None:
        return redirect("payments:pay", reference=reference)
    try:
        payment = charges.sync_payment(payment)
    except stripe.StripeError as error:
        logger.warning("Could not check payment %s: %s", payment, error)
    if payment.status == PaymentStatus.SUCCEEDED:
        messages.success(request, _("Payment received. Thank you! A receipt is on its way to your email."))
    elif payment.status == PaymentStatus.PROCESSING:
        messages.info(request, _("Payment is being processed. This page will show “Paid” once it has gone through."))
    else:
        messages.warning(request, _("The payment was not completed. You can try again."))
        return redirect("payments:pay", reference=reference)
    return redirect(_status_url(service_request))


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's events: a bad or missing signature is refused (400) and changes nothing."""
    try:
        event = verified_event(request.body, request.headers.get("Stripe-Signature"))
    except (ValueError, stripe.SignatureVerificationError):
        return HttpResponseBadRequest()
    charges.handle_event(event)
    # Event types we do not handle, and intents that are not ours, are acknowledged so Stripe stops sending.
    return HttpResponse(status=200)

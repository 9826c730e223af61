"""Paying for a service request by card: starting, confirming, syncing, cancelling and refunding payments.

Stripe is the source of truth. A request becomes "paid" only from what Stripe itself says: a signed
webhook, or a server-side retrieve or confirm. Never from the browser's word. Marking paid happens
once per payment, under a row lock, so duplicate or concurrent webhooks and the return page cannot
send two receipts. Every amount is an integer in the currency's minor units.

No transaction is open while Stripe answers (see claims.py): a caller claims the attempt or the
payment in a short transaction, calls Stripe, then records the answer in another short one.
"""

import datetime
import logging
import time

import stripe
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from services.history_notes import amount_param, status_param
from services.models import RequestStatus, ServiceRequest
from services.workflow import notify_requester, record_status

from . import claims
from .gateway import online_payments_enabled, stripe_client
from .models import OPEN_PAYMENT_STATUSES, Payment, PaymentStatus, WebhookEvent

logger = logging.getLogger(__name__)

HANDLED_EVENTS = ("payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled")
STALE_AFTER = datetime.timedelta(hours=24)
# Each declined card costs an attempt; a cap keeps a request from being used to test stolen cards.
MAX_ATTEMPTS = 10

# Stripe's PaymentIntent status → ours. "requires_capture" does not happen with automatic capture.
_STATUS_FROM_STRIPE = {
    "requires_payment_method": PaymentStatus.REQUIRES_PAYMENT,
    "requires_confirmation": PaymentStatus.REQUIRES_PAYMENT,
    "requires_action": PaymentStatus.REQUIRES_ACTION,
    "processing": PaymentStatus.PROCESSING,
    "requires_capture": PaymentStatus.PROCESSING,
    "succeeded": PaymentStatus.SUCCEEDED,
    "canceled": PaymentStatus.CANCELLED,
}
# Once money has moved, no later word from Stripe about the intent moves the payment back.
_FINAL_STATUSES = (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED)


class PaymentNotPossible(Exception):
    """The request cannot be paid online now (not awaiting payment, free, or no Stripe keys)."""


class PaymentInProgress(PaymentNotPossible):
    """Another click is creating or confirming this payment at Stripe right now and has not finished."""


class RefundNotPossible(Exception):
    """The payment cannot be refunded (it has not succeeded, or it was refunded already)."""


def idempotency_key(service_request, attempt):
    """Stripe returns the same PaymentIntent for a repeated create with this key: one intent per attempt."""
    return f"service-request-{service_request.pk}-attempt-{attempt}"


def is_untouched(payment):
    """Created but never confirmed: the same intent can take the card (a double click, a reload)."""
    return payment.status == PaymentStatus.REQUIRES_PAYMENT and not payment.last_error


def _in_progress():
    return PaymentInProgress(
        _(
            "A payment for this request is already in progress. Please wait a minute, then "
            "open your request's page to see whether it went through before paying again."
        )
    )


def _check_payable(service_request):
    if service_request.status != RequestStatus.AWAITING_PAYMENT or service_request.amount <= 0:
        raise PaymentNotPossible(_("This request is not awaiting payment."))


def start_payment(service_request):
    """The Payment the requester pays now: the open untouched one, or a new PaymentIntent at Stripe.

    An attempt that was declined or left at authentication is cancelled at Stripe and replaced by a
    new attempt (after checking it did not succeed meanwhile). Parallel clicks create one intent: the
    first claims the new attempt, the others wait for it (PaymentInProgress if it takes too long).
    Raises PaymentNotPossible.
    """
    if not online_payments_enabled():
        raise PaymentNotPossible(_("Online payment is unavailable."))
    _check_payable(service_request)
    until = claims.deadline()
    while True:
        current = _usable_open_payment(service_request)
        if current is not None:
            return current
        payment, claimed_at = _claim_new_attempt(service_request)
        if claimed_at is not None:
            return _create_intent(payment, claimed_at)
        if payment.status != PaymentStatus.CREATING:
            return payment  # a parallel click has just created it
        if time.monotonic() >= until:
            raise _in_progress()
        time.sleep(claims.POLL_SECONDS)


def _usable_open_payment(service_request):
    """The request's open attempt as Stripe now sees it, or None if there is none the payer can use."""
    current = service_request.payments.filter(status__in=OPEN_PAYMENT_STATUSES).order_by("-attempt").first()
    if current is None:
        return None
    if not is_untouched(current):
        current = sync_payment(current)  # it may have succeeded or failed since
    if current.status in (PaymentStatus.REQUIRES_PAYMENT, PaymentStatus.REQUIRES_ACTION) and not is_untouched(current):
        # Declined, or left at authentication: close this attempt so another can start.
        current = _cancel_at_stripe(current)
    return None if current.status == PaymentStatus.CANCELLED else current  # untouched, processing or succeeded


def _claim_new_attempt(service_request):
    """``(payment, claim)``: a new attempt claimed by this caller, its PaymentIntent still to create;
    or ``(payment, None)``: the attempt a parallel click claimed (or created) first."""
    now = timezone.now()
    with transaction.atomic():
        # The lock (on SQLite, the IMMEDIATE transaction) lets one click at a time decide.
        locked = ServiceRequest.objects.select_for_update().get(pk=service_request.pk)
        _check_payable(locked)
        latest = (
            locked.payments.filter(status__in=[PaymentStatus.CREATING, *OPEN_PAYMENT_STATUSES])
            .order_by("-attempt")
            .first()
        )
        if latest is not None:
            if latest.status == PaymentStatus.CREATING and not claims.is_claimed(latest, now):
                # Its creator died before Stripe answered; the same idempotency key makes this safe.
                latest.stripe_call_started_at = now
                latest.save(update_fields=["stripe_call_started_at", "updated_at"])
                return latest, now
            return latest, None
        attempt = (locked.payments.aggregate(last=Max("attempt"))["last"] or 0) + 1
        if attempt > MAX_ATTEMPTS:
            raise PaymentNotPossible(
                _(
                    "This request has had too many payment attempts. Please send us a message "
                    "on the request's page and we will help you pay."
                )
            )
        try:
            with transaction.atomic():
                payment = Payment.objects.create(
                    request=locked,
                    attempt=attempt,
                    amount=locked.amount,
                    currency=locked.currency,
                    status=PaymentStatus.CREATING,
                    stripe_call_started_at=now,
                )
        except IntegrityError:
            # Without a lock (an SQLite database opened without IMMEDIATE) a parallel click can get here first.
            return Payment.objects.get(request=locked, attempt=attempt), None
    return payment, now


def _create_intent(payment, claimed_at):
    """Create the claimed attempt's PaymentIntent at Stripe (no transaction open) and record it."""
    service_request = payment.request
    try:
        intent = stripe_client().v1.payment_intents.create(
            params={
                "amount": payment.amount,
                "currency": payment.currency.lower(),
                "payment_method_types": ["card"],
                "metadata": {
                    "reference": service_request.reference or "",
                    "service_request": str(service_request.pk),
                    "attempt": str(payment.attempt),
                },
            },
            # Stripe answers a repeated create with this key with the same intent: one intent per attempt.
            options={"idempotency_key": idempotency_key(service_request, payment.attempt)},
        )
    except stripe.StripeError:
        # Free the attempt. The next click retries it with the same key, so if this call did reach
        # Stripe, it gets the intent this call made rather than a second one.
        Payment.objects.filter(pk=payment.pk, status=PaymentStatus.CREATING, stripe_call_started_at=claimed_at).delete()
        raise
    Payment.objects.filter(pk=payment.pk, status=PaymentStatus.CREATING).update(
        stripe_payment_intent_id=intent.id,
        client_secret=intent.client_secret,
        stripe_call_started_at=None,
        status=_STATUS_FROM_STRIPE.get(intent.status, PaymentStatus.REQUIRES_PAYMENT),
        updated_at=timezone.now(),
    )
    payment.refresh_from_db()
    if not ServiceRequest.objects.filter(pk=service_request.pk, status=RequestStatus.AWAITING_PAYMENT).exists():
        _cancel_at_stripe(payment)  # withdrawn while Stripe was answering: nobody may pay this intent
        raise PaymentNotPossible(_("This request is not awaiting payment."))
    return payment


def confirm_payment(payment, payment_method):
    """Confirm the payment at Stripe with the card Stripe.js collected (a PaymentMethod or card id).

    Returns the payment as Stripe left it: succeeded (paid), requires-action (Stripe.js must
    authenticate the card), processing, or requires-payment with ``last_error`` set (declined).
    A payment that was already confirmed is returned as it is, so a repeated call charges nothing;
    a parallel call waits for the first one's answer (PaymentInProgress if it takes too long).
    """
    until = claims.deadline()
    while (claimed_at := claims.claim(payment, status=PaymentStatus.REQUIRES_PAYMENT, last_error="")) is None:
        payment = claims.wait_for_release(payment, until)
        if payment is None:
            raise _in_progress()
        if not is_untouched(payment):
            return payment
    try:
        payment = _confirm_at_stripe(payment, payment_method)
    finally:
        claims.release(payment, claimed_at)
    return payment


def _confirm_at_stripe(payment, payment_method):
    if not ServiceRequest.objects.filter(pk=payment.request_id, status=RequestStatus.AWAITING_PAYMENT).exists():
        raise PaymentNotPossible(_("This request is not awaiting payment."))
    client = stripe_client()
    try:
        client.v1.payment_intents.update(payment.stripe_payment_intent_id, params={"payment_method": payment_method})
        intent = client.v1.payment_intents.confirm(payment.stripe_payment_intent_id)
    except stripe.CardError as error:
        payment.last_error = (error.user_message or error.code or "card_declined")[:300]
        payment.save(update_fields=["last_error", "updated_at"])
        return payment
    except stripe.StripeError:
        # A timeout can hide a charge that went through: ask Stripe before telling the payer anything.
        synced = sync_payment(payment)
        if synced.status != PaymentStatus.REQUIRES_PAYMENT:
            return synced
        raise
    return apply_intent(payment, intent)


def sync_payment(payment):
    """Ask Stripe for the intent's real status and record it (the return page and status page use this)."""
    if not payment.stripe_payment_intent_id:
        return payment  # still being created: Stripe has nothing to say about it yet
    intent = stripe_client().v1.payment_intents.retrieve(payment.stripe_payment_intent_id)
    return apply_intent(payment, intent)


def apply_intent(payment, intent):
    """Record what Stripe says about the payment's PaymentIntent; never moves a paid payment back."""
    intent = _as_dict(intent)
    status = _STATUS_FROM_STRIPE.get(intent["status"])
    if status == PaymentStatus.SUCCEEDED:
        return _mark_paid(payment)
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if status is None or payment.status in _FINAL_STATUSES:
            return payment
        error = intent.get("last_payment_error") or {}
        payment.status = status
        payment.last_error = (error.get("message") or error.get("code") or "")[:300]
        payment.save(update_fields=["status", "last_error", "updated_at"])
    return payment


def _as_dict(stripe_object):
    """Plain dicts from the library's objects (which are not dicts), so both kinds can be passed in."""
    return stripe_object.to_dict() if hasattr(stripe_object, "to_dict") else stripe_object


def _mark_paid(payment):
    """Payment succeeded, request paid with its due date counted from today, receipt emailed: once."""
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status in _FINAL_STATUSES:
            return payment
        now = timezone.now()
        payment.status = PaymentStatus.SUCCEEDED
        payment.succeeded_at = now
        payment.last_error = ""
        payment.save(update_fields=["status", "succeeded_at", "last_error", "updated_at"])

        service_request = (
            ServiceRequest.objects.select_for_update(of=("self",)).select_related("service").get(pk=payment.request_id)
        )
        if service_request.status == RequestStatus.AWAITING_PAYMENT:
            service_request.paid_at = now
            if service_request.service is not None:
                service_request.due_on = timezone.localdate(now) + datetime.timedelta(
                    days=service_request.service.turnaround_days
                )
            service_request.save(update_fields=["paid_at", "due_on", "updated_at"])
            # The receipt tells the requester; no second "status changed" email. The note is shown in each
            # reader's language, and the PaymentIntent's id to staff only.
            record_status(
                service_request,
                RequestStatus.PAID,
                by=None,
                notify=False,
                note_key="payment-received",
                note_params={
                    "amount": amount_param(payment.amount, payment.currency),
                    "processor_id": payment.stripe_payment_intent_id,
                },
            )
        else:
            # E.g. cancelled while the requester was paying: staff see it in the history and can refund.
            logger.warning(
                "Payment %s succeeded for %s, which is %s", payment, service_request.reference, service_request.status
            )
            # No receipt ("we start work now"): staff decide, and a refund emails the requester.
            record_status(
                service_request,
                service_request.status,
                by=None,
                internal=True,
                note_key="payment-after-close",
                note_params={
                    "amount": amount_param(payment.amount, payment.currency),
                    "status": status_param(service_request.status),
                    "processor_id": payment.stripe_payment_intent_id,
                },
            )
            return payment
        transaction.on_commit(
            lambda: notify_requester(
                service_request, "payments/email/receipt", {"payment": payment}, idempotency_key=f"receipt:{payment.pk}"
            )
        )
    return payment


def handle_event(event):
    """Apply a verified Stripe event once; returns False for a duplicate, an ignored type or an unknown intent.

    Events may come twice or out of order: the event id is recorded in the same transaction as its
    effect, and a failure or cancellation that arrives after a success changes nothing.
    """
    event = _as_dict(event)
    if event["type"] not in HANDLED_EVENTS:
        return False
    intent = event["data"]["object"]
    payment = Payment.objects.filter(stripe_payment_intent_id=intent["id"]).first()
    if payment is None:
        return False
    try:
        with transaction.atomic():
            # A concurrent redelivery waits on this unique row and then fails here, changing nothing.
            WebhookEvent.objects.create(stripe_event_id=event["id"], event_type=event["type"])
            if event["type"] == "payment_intent.succeeded":
                _mark_paid(payment)
            else:
                apply_intent(payment, intent)
    except IntegrityError:
        return False
    return True


def _cancel_at_stripe(payment):
    """Cancel the intent at Stripe and record it; if it cannot be cancelled (it succeeded meanwhile), sync."""
    try:
        intent = stripe_client().v1.payment_intents.cancel(payment.stripe_payment_intent_id)
    except stripe.InvalidRequestError:
        return sync_payment(payment)
    return apply_intent(payment, intent)


def cancel_open_payments(service_request):
    """Cancel the unfinished PaymentIntents of a request awaiting payment at Stripe, because it is being
    cancelled (services.hooks.BEFORE_REQUEST_CANCELLED); a request in any other status has none to cancel.

    If one of them succeeded meanwhile, syncing it marks the request paid instead.
    """
    if service_request.status != RequestStatus.AWAITING_PAYMENT or not online_payments_enabled():
        return
    for payment in service_request.payments.filter(status__in=OPEN_PAYMENT_STATUSES):
        try:
            _cancel_at_stripe(payment)
        except stripe.StripeError:
            logger.exception("Could not cancel payment %s; the daily job will retry", payment)


def cancel_stale_payments(older_than=STALE_AFTER):
    """Cancel PaymentIntents left unpaid for ``older_than``; their requests stay awaiting payment.

    The requester can still pay later: the pay page then starts a new attempt. Returns how many
    payments were cancelled.
    """
    if not online_payments_enabled():
        return 0
    cutoff = timezone.now() - older_than
    stale = Payment.objects.filter(
        status__in=[PaymentStatus.REQUIRES_PAYMENT, PaymentStatus.REQUIRES_ACTION], created_at__lt=cutoff
    )
    cancelled = 0
    for payment in stale:
        try:
            if _cancel_at_stripe(payment).status == PaymentStatus.CANCELLED:
                cancelled += 1
        except stripe.StripeError:
            logger.exception("Could not cancel stale payment %s", payment)
    return cancelled


def refund_payment(payment, by):
    """Refund a succeeded payment in full at Stripe; the payment and its request become "refunded".

    ``by`` is the staff member, logged in the request's history. Raises RefundNotPossible. The refund
    is claimed first, so two staff clicking at once refund once.
    """
    until = claims.deadline()
    while (claimed_at := claims.claim(payment, status=PaymentStatus.SUCCEEDED)) is None:
        payment = claims.wait_for_release(payment, until)
        if payment is None:
            raise RefundNotPossible(_("This payment is being refunded right now. Reload the page in a minute."))
        if payment.status != PaymentStatus.SUCCEEDED:
            raise RefundNotPossible(
                _("Only a succeeded payment can be refunded; this one is “%(status)s”.")
                % {"status": payment.get_status_display()}
            )
    try:
        payment = _refund_at_stripe(payment, by)
    finally:
        claims.release(payment, claimed_at)
    return payment


def _refund_at_stripe(payment, by):
    reference = ServiceRequest.objects.filter(pk=payment.request_id).values_list("reference", flat=True).get()
    refund = stripe_client().v1.refunds.create(
        params={"payment_intent": payment.stripe_payment_intent_id, "metadata": {"reference": reference or ""}},
        # A retried click (or a retried request) refunds once.
        options={"idempotency_key": f"refund-{payment.stripe_payment_intent_id}"},
    )
    with transaction.atomic():
        payment = Payment.objects.select_for_update(of=("self",)).select_related("request").get(pk=payment.pk)
        payment.status = PaymentStatus.REFUNDED
        payment.stripe_refund_id = refund.id
        payment.refunded_by = by
        payment.refunded_at = timezone.now()
        payment.save(update_fields=["status", "stripe_refund_id", "refunded_by", "refunded_at", "updated_at"])
        # Emailed to the requester in their language; the refund's id is for staff only.
        record_status(
            payment.request,
            RequestStatus.REFUNDED,
            by=by,
            note_key="refunded",
            note_params={"amount": amount_param(payment.amount, payment.currency), "processor_id": refund.id},
        )
    return payment

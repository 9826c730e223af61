"""Stripe's webhook at /payments/stripe/webhook/: signed events mark requests paid, once, in any order."""

import json
import time

import pytest
import stripe
from django.core import mail

from payments.charges import start_payment
from payments.models import Payment, PaymentStatus, WebhookEvent
from services.models import RequestStatus
from tests.stripe_server import signed_event_headers

from .stripe_calls import DECLINED, VISA, WEBHOOK_PATH, confirm_in_browser, event_for, events_at_stripe, post_event

pytestmark = pytest.mark.django_db

FAILED = {"code": "card_declined", "message": "Your card was declined."}


@pytest.fixture
def paid_at_stripe(awaiting_request):
    """The requester paid with Stripe.js and closed the tab: Stripe knows, our server has not heard yet."""
    payment = start_payment(awaiting_request)
    confirm_in_browser(payment, VISA)
    return payment


def _succeeded_event(payment):
    [event] = events_at_stripe(payment, "payment_intent.succeeded")
    return event


def _status(service_request):
    service_request.refresh_from_db()
    return service_request.status


def test_payment_is_not_recorded_from_the_browser_alone(paid_at_stripe, awaiting_request):
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


def test_webhook_alone_marks_the_request_paid_after_the_tab_was_closed(
    client, paid_at_stripe, awaiting_request, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_event(client, _succeeded_event(paid_at_stripe))

    assert response.status_code == 200
    assert _status(awaiting_request) == RequestStatus.PAID
    assert [message.to for message in mail.outbox] == [["mei@example.sg"]]


def test_the_same_webhook_delivered_twice_is_processed_once(
    client, paid_at_stripe, awaiting_request, django_capture_on_commit_callbacks
):
    event = _succeeded_event(paid_at_stripe)
    with django_capture_on_commit_callbacks(execute=True):
        first = post_event(client, event)
        second = post_event(client, event)

    assert (first.status_code, second.status_code) == (200, 200)
    assert len(mail.outbox) == 1
    assert awaiting_request.status_changes.filter(to_status=RequestStatus.PAID).count() == 1
    assert WebhookEvent.objects.filter(stripe_event_id=event["id"]).count() == 1


def test_a_second_success_event_for_the_same_payment_sends_no_second_receipt(
    client, paid_at_stripe, awaiting_request, django_capture_on_commit_callbacks
):
    event = _succeeded_event(paid_at_stripe)
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, event)
        post_event(client, {**event, "id": "evt_another_delivery"})

    assert len(mail.outbox) == 1
    assert awaiting_request.status_changes.filter(to_status=RequestStatus.PAID).count() == 1


def test_a_failure_arriving_after_the_success_does_not_unpay_the_request(client, paid_at_stripe, awaiting_request):
    post_event(client, _succeeded_event(paid_at_stripe))
    post_event(
        client,
        event_for(
            paid_at_stripe, "payment_intent.payment_failed", "evt_late_failure", "requires_payment_method", FAILED
        ),
    )

    assert _status(awaiting_request) == RequestStatus.PAID
    assert Payment.objects.get(pk=paid_at_stripe.pk).status == PaymentStatus.SUCCEEDED


def test_a_success_arriving_after_a_failure_marks_the_request_paid(client, paid_at_stripe, awaiting_request):
    post_event(
        client,
        event_for(
            paid_at_stripe, "payment_intent.payment_failed", "evt_early_failure", "requires_payment_method", FAILED
        ),
    )
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT

    post_event(client, _succeeded_event(paid_at_stripe))
    assert _status(awaiting_request) == RequestStatus.PAID


def test_a_cancellation_arriving_after_the_success_does_not_unpay_the_request(client, paid_at_stripe, awaiting_request):
    post_event(client, _succeeded_event(paid_at_stripe))
    post_event(client, event_for(paid_at_stripe, "payment_intent.canceled", "evt_late_cancel", "canceled"))

    assert _status(awaiting_request) == RequestStatus.PAID


def test_failure_webhook_records_the_reason_and_keeps_the_request_awaiting_payment(client, awaiting_request):
    payment = start_payment(awaiting_request)
    with pytest.raises(stripe.CardError):
        confirm_in_browser(payment, DECLINED)  # Stripe.js shows the decline to the payer
    [event] = events_at_stripe(payment, "payment_intent.payment_failed")

    assert post_event(client, event).status_code == 200
    payment.refresh_from_db()
    assert payment.last_error == "Your card was declined."
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_STRIPE_SIGNATURE": "t=1,v1=0000"},
    ],
    ids=["missing", "garbage"],
)
def test_webhook_without_a_valid_signature_is_refused_and_changes_nothing(
    client, paid_at_stripe, awaiting_request, headers
):
    response = post_event(client, _succeeded_event(paid_at_stripe), headers=headers)

    assert response.status_code == 400
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT
    assert not WebhookEvent.objects.exists()


def test_webhook_signed_with_another_secret_is_refused(client, paid_at_stripe, awaiting_request):
    response = post_event(client, _succeeded_event(paid_at_stripe), secret="whsec_someone_else")

    assert response.status_code == 400
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


def test_webhook_with_a_tampered_body_is_refused(client, paid_at_stripe, awaiting_request):
    event = _succeeded_event(paid_at_stripe)
    headers = signed_event_headers(b'{"id": "evt_other"}')
    response = post_event(client, event, headers=headers)

    assert response.status_code == 400
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


def test_replayed_old_webhook_is_refused(client, paid_at_stripe, awaiting_request):
    event = _succeeded_event(paid_at_stripe)
    headers = signed_event_headers(json.dumps(event).encode(), timestamp=int(time.time()) - 3600)
    response = post_event(client, event, headers=headers)

    assert response.status_code == 400
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


def test_webhook_is_refused_when_no_signing_secret_is_configured(client, paid_at_stripe, awaiting_request, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    response = post_event(client, _succeeded_event(paid_at_stripe), secret="")

    assert response.status_code == 400
    assert _status(awaiting_request) == RequestStatus.AWAITING_PAYMENT


def test_unknown_event_types_are_acknowledged_and_ignored(client, awaiting_request):
    event = {
        "id": "evt_customer",
        "object": "event",
        "type": "customer.created",
        "created": 1,
        "data": {"object": {"id": "cus_123", "object": "customer"}},
    }

    assert post_event(client, event).status_code == 200
    assert not WebhookEvent.objects.exists()


def test_webhook_only_accepts_post(client, stripe_settings):
    assert client.get(WEBHOOK_PATH).status_code == 405

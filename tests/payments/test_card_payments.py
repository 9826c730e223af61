"""Paying a request by card from the pay page's script, against a real localstripe server.

The tests make the same calls as payments/static/payments/pay.js: POST intent/, turn the card into
a payment method as Stripe.js does, POST confirm/, and open return/.
"""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from payments.charges import MAX_ATTEMPTS
from payments.models import Payment, PaymentStatus
from services.models import RequestStatus

from .stripe_calls import DECLINED, NEEDS_AUTHENTICATION, VISA, authenticate_in_browser, card, intent_at_stripe

pytestmark = pytest.mark.django_db


def _start(client, service_request):
    return client.post(reverse("payments:intent", args=[service_request.reference]))


def _confirm(client, service_request, intent_id, number):
    return client.post(
        reverse("payments:confirm", args=[service_request.reference]),
        {"payment_intent": intent_id, "payment_method": card(number)},
    )


def _pay(client, service_request, number):
    started = _start(client, service_request).json()
    return _confirm(client, service_request, started["payment_intent"], number)


def _return(client, service_request):
    return client.get(reverse("payments:return", args=[service_request.reference]))


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_paying_with_a_valid_card_marks_the_request_paid_with_its_due_date_from_today(
    requester_client, awaiting_request, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = _pay(requester_client, awaiting_request, VISA).json()
    assert answer["status"] == "succeeded"

    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID
    assert awaiting_request.paid_at is not None
    assert awaiting_request.due_on == timezone.localdate() + datetime.timedelta(days=15)
    paid = awaiting_request.status_changes.get(to_status=RequestStatus.PAID)
    assert paid.changed_by is None  # the system, on Stripe's word
    assert intent_at_stripe(Payment.objects.get(request=awaiting_request)).status == "succeeded"


def test_paying_sends_one_receipt_with_the_amount(
    requester_client, awaiting_request, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _pay(requester_client, awaiting_request, VISA)
        _return(requester_client, awaiting_request)

    assert [message.to for message in mail.outbox] == [["mei@example.sg"]]
    receipt = mail.outbox[0]
    assert awaiting_request.reference in receipt.subject
    assert "CNY 1,500" in receipt.body
    assert f"/en/service-requests/track/{awaiting_request.access_token}/" in receipt.body


def test_return_page_shows_the_request_with_payment_received(requester_client, awaiting_request):
    _pay(requester_client, awaiting_request, VISA)
    response = _return(requester_client, awaiting_request)

    assert response.status_code == 302
    assert response.url == reverse("services:detail", args=[awaiting_request.reference])
    assert any("Payment received" in message for message in _messages(response))


def test_amounts_sent_to_stripe_are_integers_in_minor_units_from_the_request(requester_client, awaiting_request):
    _start(requester_client, awaiting_request)

    payment = Payment.objects.get(request=awaiting_request)
    intent = intent_at_stripe(payment)
    assert intent.amount == 150000 and isinstance(intent.amount, int)
    assert intent.currency == "cny"
    assert intent.metadata["reference"] == awaiting_request.reference
    assert payment.amount == 150000 and payment.currency == "CNY"


def test_declined_card_shows_a_clear_message_and_the_request_stays_awaiting_payment(requester_client, awaiting_request):
    answer = _pay(requester_client, awaiting_request, DECLINED).json()

    assert answer["status"] == "declined"
    assert "declined" in answer["message"]
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.AWAITING_PAYMENT
    assert "declined" in Payment.objects.get(request=awaiting_request).last_error


def test_after_a_declined_card_the_requester_can_pay_with_another_card(requester_client, awaiting_request):
    _pay(requester_client, awaiting_request, DECLINED)
    answer = _pay(requester_client, awaiting_request, VISA).json()

    assert answer["status"] == "succeeded"
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID
    first, second = Payment.objects.filter(request=awaiting_request).order_by("attempt")
    assert (first.status, second.status) == (PaymentStatus.CANCELLED, PaymentStatus.SUCCEEDED)
    assert intent_at_stripe(first).status == "canceled"  # the declined attempt can take no card later


def test_card_needing_authentication_stays_unpaid_until_the_bank_confirms(requester_client, awaiting_request):
    answer = _pay(requester_client, awaiting_request, NEEDS_AUTHENTICATION).json()
    assert answer["status"] == "requires-action"  # pay.js hands this to Stripe.js's 3-D Secure step
    payment = Payment.objects.get(request=awaiting_request)
    _return(requester_client, awaiting_request)  # even a return before authenticating changes nothing
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.AWAITING_PAYMENT

    authenticate_in_browser(payment, success=True)
    response = _return(requester_client, awaiting_request)

    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID
    assert any("Payment received" in message for message in _messages(response))


def test_failed_authentication_leaves_the_request_awaiting_payment_and_payable_again(
    requester_client, awaiting_request
):
    _pay(requester_client, awaiting_request, NEEDS_AUTHENTICATION)
    authenticate_in_browser(Payment.objects.get(request=awaiting_request), success=False)

    response = _return(requester_client, awaiting_request)
    assert response.url == reverse("payments:pay", args=[awaiting_request.reference])
    assert any("not completed" in message for message in _messages(response))
    assert _pay(requester_client, awaiting_request, VISA).json()["status"] == "succeeded"


def test_double_clicked_pay_button_creates_one_payment_intent(requester_client, awaiting_request):
    first = _start(requester_client, awaiting_request).json()
    second = _start(requester_client, awaiting_request).json()

    assert first["payment_intent"] == second["payment_intent"]
    assert Payment.objects.filter(request=awaiting_request).count() == 1


def test_confirming_twice_charges_once(requester_client, awaiting_request, django_capture_on_commit_callbacks):
    intent_id = _start(requester_client, awaiting_request).json()["payment_intent"]
    with django_capture_on_commit_callbacks(execute=True):
        _confirm(requester_client, awaiting_request, intent_id, VISA)
        again = _confirm(requester_client, awaiting_request, intent_id, VISA).json()

    assert again["status"] == "succeeded"
    assert len(mail.outbox) == 1


def test_a_paid_request_cannot_start_another_payment(requester_client, awaiting_request):
    _pay(requester_client, awaiting_request, VISA)
    response = _start(requester_client, awaiting_request)

    assert response.status_code == 409
    assert Payment.objects.filter(request=awaiting_request).count() == 1


def test_someone_without_the_link_cannot_start_a_payment(client, awaiting_request):
    response = _start(client, awaiting_request)

    assert response.status_code == 404
    assert not Payment.objects.exists()


def test_return_without_any_payment_goes_back_to_the_pay_page(requester_client, awaiting_request):
    response = _return(requester_client, awaiting_request)

    assert response.url == reverse("payments:pay", args=[awaiting_request.reference])


def test_after_too_many_declined_attempts_no_new_payment_is_started(requester_client, awaiting_request):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        Payment.objects.create(
            request=awaiting_request,
            attempt=attempt,
            stripe_payment_intent_id=f"pi_old_{attempt}",
            client_secret="secret",
            amount=150000,
            currency="CNY",
            status=PaymentStatus.CANCELLED,
            last_error="Your card was declined.",
        )
    response = _start(requester_client, awaiting_request)

    assert response.status_code == 409
    assert "too many payment attempts" in response.json()["message"]
    assert Payment.objects.filter(request=awaiting_request).count() == MAX_ATTEMPTS

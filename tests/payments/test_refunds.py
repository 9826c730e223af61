"""Staff refund a card payment in full (the admin's button calls refund_payment)."""

import pytest
from django.contrib.auth import get_user_model

from payments.charges import RefundNotPossible, refund_payment, start_payment, sync_payment
from payments.gateway import stripe_client
from payments.models import PaymentStatus
from services.models import RequestStatus

from .stripe_calls import VISA, confirm_in_browser, intent_at_stripe

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("desk", "desk@example.org", "pw-desk-12345", is_staff=True)


@pytest.fixture
def paid(awaiting_request):
    payment = start_payment(awaiting_request)
    confirm_in_browser(payment, VISA)
    return sync_payment(payment)


def test_refund_returns_the_full_amount_at_stripe(paid, staff):
    refund_payment(paid, by=staff)

    paid.refresh_from_db()
    [refund] = stripe_client().v1.refunds.list(params={"payment_intent": paid.stripe_payment_intent_id}).data
    assert refund.id == paid.stripe_refund_id
    assert refund.amount == 150000
    assert intent_at_stripe(paid).latest_charge["refunded"] is True


def test_refund_marks_the_payment_and_the_request_refunded_by_the_staff_member(paid, staff, awaiting_request):
    refund_payment(paid, by=staff)

    paid.refresh_from_db()
    awaiting_request.refresh_from_db()
    assert (paid.status, paid.refunded_by) == (PaymentStatus.REFUNDED, staff)
    assert awaiting_request.status == RequestStatus.REFUNDED
    change = awaiting_request.status_changes.get(to_status=RequestStatus.REFUNDED)
    assert change.changed_by == staff
    assert "CNY 1,500" in change.note


def test_a_payment_cannot_be_refunded_twice(paid, staff):
    refund_payment(paid, by=staff)

    with pytest.raises(RefundNotPossible):
        refund_payment(paid, by=staff)


def test_an_unpaid_payment_cannot_be_refunded(awaiting_request, staff):
    with pytest.raises(RefundNotPossible):
        refund_payment(start_payment(awaiting_request), by=staff)


def test_checking_with_stripe_after_a_refund_keeps_it_refunded(paid, staff, awaiting_request):
    refund_payment(paid, by=staff)

    sync_payment(paid)  # Stripe still says "succeeded" about the intent itself, e.g. on the return page

    paid.refresh_from_db()
    awaiting_request.refresh_from_db()
    assert paid.status == PaymentStatus.REFUNDED
    assert awaiting_request.status == RequestStatus.REFUNDED

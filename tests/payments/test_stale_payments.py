"""Abandoned payments: the request keeps waiting; the daily job cancels the stale PaymentIntent at Stripe."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from payments.charges import cancel_stale_payments, start_payment, sync_payment
from payments.models import Payment, PaymentStatus
from services.models import RequestStatus
from services.submission import cancel_by_requester

from .stripe_calls import VISA, confirm_in_browser, intent_at_stripe

pytestmark = pytest.mark.django_db


@pytest.fixture
def abandoned(awaiting_request):
    """The requester opened the pay page two days ago and went away."""
    payment = start_payment(awaiting_request)
    Payment.objects.filter(pk=payment.pk).update(created_at=timezone.now() - datetime.timedelta(days=2))
    return payment


def test_abandoned_payment_leaves_the_request_awaiting_payment(abandoned, awaiting_request):
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.AWAITING_PAYMENT


def test_stale_payment_intent_is_cancelled_at_stripe(abandoned, awaiting_request):
    assert cancel_stale_payments() == 1

    abandoned.refresh_from_db()
    assert abandoned.status == PaymentStatus.CANCELLED
    assert intent_at_stripe(abandoned).status == "canceled"
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.AWAITING_PAYMENT


def test_recent_payment_intent_is_left_open(awaiting_request):
    payment = start_payment(awaiting_request)

    assert cancel_stale_payments() == 0
    assert intent_at_stripe(payment).status == "requires_payment_method"


def test_after_cancelling_a_later_payment_is_a_new_attempt_that_succeeds(abandoned, awaiting_request):
    cancel_stale_payments()

    later = start_payment(awaiting_request)
    confirm_in_browser(later, VISA)
    sync_payment(later)

    assert later.attempt == 2
    assert later.stripe_payment_intent_id != abandoned.stripe_payment_intent_id
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID


def test_a_stale_intent_paid_meanwhile_is_recorded_as_paid_not_cancelled(abandoned, awaiting_request):
    confirm_in_browser(abandoned, VISA)  # paid just before the job ran; the webhook is still on its way

    assert cancel_stale_payments() == 0
    abandoned.refresh_from_db()
    assert abandoned.status == PaymentStatus.SUCCEEDED
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID


# The worker closes database connections between tasks, which ends a test transaction: commit for real.
@pytest.mark.django_db(transaction=True)
def test_the_daily_jobs_cancel_stale_payments_through_the_worker(abandoned):
    call_command("run_daily_jobs", stdout=io.StringIO())
    call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0)

    abandoned.refresh_from_db()
    assert abandoned.status == PaymentStatus.CANCELLED


def test_cancelling_the_request_cancels_its_open_payment_intent_at_stripe(awaiting_request):
    payment = start_payment(awaiting_request)
    cancel_by_requester(awaiting_request)

    assert intent_at_stripe(payment).status == "canceled"
    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.CANCELLED


def test_a_request_paid_in_another_tab_cannot_be_cancelled_by_the_requester(awaiting_request):

    payment = start_payment(awaiting_request)
    confirm_in_browser(payment, VISA)
    with pytest.raises(ValidationError):
        cancel_by_requester(awaiting_request)

    awaiting_request.refresh_from_db()
    assert awaiting_request.status == RequestStatus.PAID

"""History notes show in the reader's language, and requesters never see a payment processor's ids (pi_…)."""

import pytest
from django.core import mail
from django.urls import reverse

from payments.charges import handle_event
from payments.models import Payment, PaymentStatus
from services.models import PaymentMethod, RequestStatus, StatusChange
from services.submission import cancel_by_requester
from services.workflow import record_status
from tests.accounts.factories import UserFactory

from .factories import ServiceRequestFactory, StatusChangeFactory
from .test_admin import admin_user

pytestmark = pytest.mark.django_db

INTENT = "pi_3QxTestIntent0001"


@pytest.fixture
def requester():
    return UserFactory()


@pytest.fixture
def paid_request(requester, paid_service, django_capture_on_commit_callbacks):
    """A card payment for the request arrived, as Stripe's webhook reports it."""
    service_request = ServiceRequestFactory(
        service=paid_service,
        requester=requester,
        due_on=None,
        status=RequestStatus.AWAITING_PAYMENT,
        payment_method=PaymentMethod.CARD,
    )
    Payment.objects.create(
        request=service_request,
        stripe_payment_intent_id=INTENT,
        client_secret="secret",
        amount=service_request.amount,
        currency=service_request.currency,
        status=PaymentStatus.PROCESSING,
    )
    with django_capture_on_commit_callbacks(execute=True):  # the receipt is emailed once committed
        handle_event({"id": "evt_1", "type": "payment_intent.succeeded", "data": {"object": {"id": INTENT}}})
    service_request.refresh_from_db()
    return service_request


def detail(client, service_request, language="en"):
    with_prefix = reverse("services:detail", args=[service_request.reference]).replace("/en/", f"/{language}/", 1)
    return client.get(with_prefix).content.decode()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_requester_never_sees_the_payment_intent_id(client, requester, paid_request, language):
    client.force_login(requester)

    html = detail(client, paid_request, language)

    assert paid_request.status == RequestStatus.PAID
    assert "pi_" not in html


def test_the_payment_note_shows_the_amount_to_the_requester(client, requester, paid_request):
    client.force_login(requester)

    html = detail(client, paid_request)

    assert "Card payment of CNY 1,500 received." in html


def test_the_receipt_email_has_no_processor_id(paid_request):
    (receipt,) = mail.outbox
    assert "pi_" not in receipt.body and "pi_" not in receipt.subject


def test_staff_still_see_the_payment_intent_id(client, paid_request):
    client.force_login(admin_user("services.handle_servicerequest"))

    html = client.get(reverse("service_requests:handle", args=[paid_request.pk])).content.decode()

    assert INTENT in html


def test_an_older_note_with_a_processor_id_is_shown_without_it(client, requester, free_service):
    service_request = ServiceRequestFactory(service=free_service, requester=requester)
    StatusChangeFactory(
        request=service_request,
        from_status=RequestStatus.SUBMITTED,
        to_status=RequestStatus.PAID,
        note="Card payment of CNY 1,500.00 received (pi_3OldIntent998877).",
    )
    client.force_login(requester)

    html = detail(client, service_request)

    assert "Card payment of CNY 1,500.00 received." in html
    assert "pi_" not in html


def test_a_system_note_is_shown_in_the_readers_language(client, requester, free_service):
    service_request = ServiceRequestFactory(service=free_service, requester=requester, preferred_language="en")
    cancel_by_requester(service_request, by=requester)
    client.force_login(requester)

    english, chinese = detail(client, service_request, "en"), detail(client, service_request, "zh-hans")

    assert "Cancelled by the requester." in english
    assert "由申请人取消。" in chinese and "Cancelled by the requester." not in chinese


def test_a_system_note_is_stored_as_a_key_with_english_text_for_exports(requester, free_service):
    service_request = ServiceRequestFactory(service=free_service, requester=requester, preferred_language="zh-hans")

    cancel_by_requester(service_request, by=requester)

    change = StatusChange.objects.get(to_status=RequestStatus.CANCELLED)
    assert (change.note_key, change.note) == ("cancelled-by-requester", "Cancelled by the requester.")


def test_the_status_email_carries_the_note_in_the_requesters_language(
    requester, free_service, django_capture_on_commit_callbacks
):
    service_request = ServiceRequestFactory(service=free_service, requester=requester, preferred_language="zh-hans")

    with django_capture_on_commit_callbacks(execute=True):
        cancel_by_requester(service_request, by=requester)

    assert "由申请人取消。" in mail.outbox[-1].body


def test_a_staff_members_own_note_is_shown_as_written(client, requester, free_service):
    service_request = ServiceRequestFactory(service=free_service, requester=requester)
    record_status(service_request, RequestStatus.IN_PROGRESS, note="We have started.", notify=False)
    client.force_login(requester)

    assert "We have started." in detail(client, service_request, "zh-hans")

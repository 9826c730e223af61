"""localstripe itself delivers its signed webhook to the running site, as Stripe would."""

import pytest
from django.core import mail

from payments.charges import start_payment
from services.models import RequestStatus

from .stripe_calls import VISA, WEBHOOK_PATH, confirm_in_browser, eventually

pytestmark = pytest.mark.django_db(transaction=True)


def _status(service_request):
    service_request.refresh_from_db()
    return service_request.status


def test_stripes_own_webhook_marks_the_request_paid_and_sends_the_receipt(live_server, localstripe, awaiting_request):
    payment = start_payment(awaiting_request)
    with localstripe.webhooks_to(f"{live_server.url}{WEBHOOK_PATH}"):
        confirm_in_browser(payment, VISA)  # the payer then closes the tab: no return page
        # The receipt goes once the webhook's transaction has committed.
        assert eventually(lambda: mail.outbox), "no receipt was sent: the webhook never came"
        assert eventually(lambda: _status(awaiting_request) == RequestStatus.PAID)

    assert [message.to for message in mail.outbox] == [["mei@example.sg"]]

"""Payment fixtures: a real localstripe process, the paid company-registration service, and a request
awaiting card payment that the test's browser (``client``) may open through its secret link."""

import pytest
from django.urls import reverse

from services.models import PaymentMethod, RequestStatus
from tests.services.conftest import paid_service, provider, provider_index, service_index  # noqa: F401
from tests.services.factories import ServiceRequestFactory


@pytest.fixture
def awaiting_request(paid_service, stripe_settings):  # noqa: F811
    """A request for company registration (CNY 1,500.00) just submitted, not yet paid; no due date until paid."""
    return ServiceRequestFactory(
        service=paid_service,
        status=RequestStatus.AWAITING_PAYMENT,
        payment_method=PaymentMethod.CARD,
        due_on=None,
        contact_email="mei@example.sg",
        contact_name="Tan Mei Ling",
    )


@pytest.fixture
def requester_client(client, awaiting_request):
    """The requester's browser, which opened the secret link from the confirmation email."""
    client.get(reverse("services:track", args=[awaiting_request.access_token]))
    return client

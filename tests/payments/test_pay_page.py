"""The pay page: what the requester sees before paying, and when online payment is off."""

import pytest
from django.urls import reverse

from services.models import RequestStatus

pytestmark = pytest.mark.django_db


def _pay_page(client, service_request):
    return client.get(reverse("payments:pay", args=[service_request.reference]))


def test_pay_page_shows_the_amount_and_loads_stripe_js_with_the_card_form(
    requester_client, awaiting_request, localstripe
):
    response = _pay_page(requester_client, awaiting_request)

    assert response.status_code == 200
    html = response.content.decode()
    assert "CNY 1,500" in html
    assert f'<script src="{localstripe.js_url}" defer></script>' in html
    assert 'data-stripe-key="pk_test_localstripe"' in html
    assert 'id="card-element"' in html
    assert 'aria-live="assertive"' in html
    assert "<script>" not in html  # configuration travels in data- attributes, not inline scripts


def test_pay_page_says_online_payment_is_unavailable_without_stripe_keys(requester_client, awaiting_request, settings):
    settings.STRIPE_SECRET_KEY = settings.STRIPE_PUBLISHABLE_KEY = ""
    response = _pay_page(requester_client, awaiting_request)

    html = response.content.decode()
    assert "Online payment is unavailable" in html
    assert 'id="payment-form"' not in html
    assert "js.stripe.com" not in html


def test_starting_a_payment_without_stripe_keys_is_refused(requester_client, awaiting_request, settings):
    settings.STRIPE_SECRET_KEY = settings.STRIPE_PUBLISHABLE_KEY = ""
    response = requester_client.post(reverse("payments:intent", args=[awaiting_request.reference]))

    assert response.status_code == 409
    assert "unavailable" in response.json()["message"]


def test_pay_page_of_a_paid_request_offers_nothing_to_pay(requester_client, awaiting_request):
    awaiting_request.status = RequestStatus.PAID
    awaiting_request.save()
    response = _pay_page(requester_client, awaiting_request)

    html = response.content.decode()
    assert "nothing to pay" in html
    assert 'id="payment-form"' not in html


def test_pay_page_is_not_found_for_someone_else(client, awaiting_request):
    assert _pay_page(client, awaiting_request).status_code == 404


def test_pay_page_is_served_in_chinese(requester_client, awaiting_request):
    response = requester_client.get(f"/zh-hans/payments/{awaiting_request.reference}/")

    assert response.status_code == 200
    assert '<html lang="zh-hans">' in response.content.decode()
    assert 'data-intent-url="/zh-hans/payments/' in response.content.decode()

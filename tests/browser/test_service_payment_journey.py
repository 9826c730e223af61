"""The paid-service journey of issue 4, end to end in real headless Chromium against a real localstripe.

An English-speaking visitor requests company registration, reaches the pay page, has a first card
declined, pays with Stripe's test Visa through the (fake) Stripe.js card element, and sees the
request as paid; Stripe's webhook reaches the site too. A staff member then marks the request
"In progress" in the Wagtail admin, and the requester's status page shows it.

Interface text is looked up with the site's own translation catalogue (``_in``), so the assertions
hold whether or not a string has been translated yet.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from payments.models import WebhookEvent
from services.models import RequestStatus, ServiceRequest
from tests.browser.texts import in_language as _in
from tests.payments.stripe_calls import WEBHOOK_PATH, eventually
from tests.services.conftest import paid_service, provider, provider_index, service_index  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EN = "en"
STAFF_PASSWORD = "Service-desk-2026!"
REQUESTER_EMAIL = "amara.okafor@lagos-robotics.example.ng"


def _new_page(browser, locale="en-GB"):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def _status_badge(page):
    return page.locator("#request-status").inner_text().strip()


def _request_company_registration(page, base):
    page.goto(f"{base}/en/services/company-registration/")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Company registration"
    page.get_by_role("link", name=_in(EN, "Request this service")).first.click()
    page.wait_for_load_state()
    page.locator("#id_contact_name").fill("Amara Okafor")
    page.locator("#id_contact_email").fill(REQUESTER_EMAIL)
    page.locator("#id_organisation_name").fill("Lagos Robotics Ltd")
    page.locator("#id_country").select_option("NG")
    page.locator("#id_details").fill("We want to set up a WFOE in Haikou for our warehouse robots.")
    page.get_by_role("button", name=_in(EN, "Send request and continue to payment")).click()
    page.wait_for_url(re.compile(r"/en/service-requests/SR-\d{4}-\d{6}/$"))
    assert _status_badge(page) == _in(EN, "Awaiting payment")


def _type_card(page, number):
    card = page.locator("#card-element")
    card.get_by_placeholder("number").fill(number)
    card.get_by_placeholder("exp_month").fill("12")
    card.get_by_placeholder("exp_year").fill("30")
    card.get_by_placeholder("cvc").fill("123")
    card.get_by_placeholder("postal_code").fill("10001")


def _staff_marks_in_progress(browser, base, service_request):
    context, page = _new_page(browser)
    try:
        page.goto(f"{base}/admin/login/")
        page.locator("#id_username").fill("desk")
        page.locator("#id_password").fill(STAFF_PASSWORD)
        page.locator("form").get_by_role("button", name=_in(EN, "Sign in")).click()
        page.wait_for_load_state()
        page.goto(f"{base}/admin/services/requests/{service_request.pk}/")
        assert service_request.reference in page.content()
        page.get_by_label(_in(EN, "New status")).select_option(RequestStatus.IN_PROGRESS.value)
        page.get_by_label(_in(EN, "Note")).fill("Name check filed with the market regulation administration.")
        page.get_by_role("button", name=_in(EN, "Change status")).click()
        page.wait_for_load_state()
    finally:
        context.close()


def test_visitor_pays_for_company_registration_by_card_and_sees_staff_start_work(
    live_server, browser, localstripe, stripe_settings, paid_service
):  # noqa: F811
    get_user_model().objects.create_superuser("desk", "desk@example.org", STAFF_PASSWORD)
    base = live_server.url

    context, page = _new_page(browser)
    try:
        with localstripe.webhooks_to(f"{base}{WEBHOOK_PATH}"):
            _request_company_registration(page, base)
            service_request = ServiceRequest.objects.get(contact_email=REQUESTER_EMAIL)

            page.get_by_role("link", name=_in(EN, "Pay now")).click()
            page.wait_for_load_state()
            assert page.get_by_role("heading", level=1).inner_text().strip() == _in(EN, "Pay by card")
            pay_button = page.get_by_role("button", name=re.compile(r"CNY 1,500(?![.\d])"))

            # A card the bank declines: a clear message, and the button works again.
            _type_card(page, "4000000000000341")
            pay_button.click()
            message = page.locator("#payment-message")
            declined = _in(EN, "Your card was declined. Check the card details or use another card.")
            message.filter(has_text=declined).wait_for()
            assert pay_button.is_enabled()

            _type_card(page, "4242424242424242")
            pay_button.click()
            page.wait_for_url(f"{base}/en/service-requests/{service_request.reference}/")
            assert page.get_by_text(
                _in(EN, "Payment received. Thank you! A receipt is on its way to your email.")
            ).is_visible()
            assert _status_badge(page) == _in(EN, "Paid")

            # Stripe's own webhook arrives as well (a second word for a payment already recorded).
            assert eventually(lambda: WebhookEvent.objects.filter(event_type="payment_intent.succeeded").exists())

        receipt_subject = _in(EN, "Payment received for your request %(reference)s") % {
            "reference": service_request.reference
        }
        receipts = [
            message for message in mail.outbox if message.to == [REQUESTER_EMAIL] and message.subject == receipt_subject
        ]
        assert len(receipts) == 1, [m.subject for m in mail.outbox]

        _staff_marks_in_progress(browser, base, service_request)

        page.reload()
        assert _status_badge(page) == _in(EN, "In progress")
    finally:
        context.close()

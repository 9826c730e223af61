"""What Stripe.js and Stripe itself do in the payment tests, done against localstripe over HTTP."""

import json
import time

import requests
from django.conf import settings
from django.db import OperationalError, connection

from payments.gateway import stripe_client
from tests.stripe_server import PUBLISHABLE_KEY, WEBHOOK_SECRET, signed_event_headers

VISA = "4242424242424242"
DECLINED = "4000000000000341"  # localstripe declines the charge (Stripe's "charge fails" test card)
NEEDS_AUTHENTICATION = "4000002500003155"  # 3-D Secure required
WEBHOOK_PATH = "/payments/stripe/webhook/"


def card(number):
    """A card as Stripe.js turns it into a payment method: a token made with the publishable key."""
    response = requests.post(
        f"{settings.STRIPE_API_BASE}/v1/tokens",
        timeout=10,
        data={
            "card[number]": number,
            "card[exp_month]": "12",
            "card[exp_year]": "2030",
            "card[cvc]": "123",
            "key": PUBLISHABLE_KEY,
        },
    )
    response.raise_for_status()
    return response.json()["card"]["id"]


def confirm_in_browser(payment, number):
    """The payer's browser confirming the PaymentIntent directly with Stripe; our server hears nothing."""
    client = stripe_client()
    client.v1.payment_intents.update(payment.stripe_payment_intent_id, params={"payment_method": card(number)})
    return client.v1.payment_intents.confirm(payment.stripe_payment_intent_id)


def authenticate_in_browser(payment, success=True):
    """Stripe.js's 3-D Secure step (localstripe's stand-in for the bank's page)."""
    response = requests.post(
        f"{settings.STRIPE_API_BASE}/v1/payment_intents/{payment.stripe_payment_intent_id}/_authenticate",
        params={"success": "true" if success else "false"},
        timeout=10,
        json={"key": PUBLISHABLE_KEY, "client_secret": payment.client_secret},
    )
    response.raise_for_status()
    return response.json()


def intent_at_stripe(payment):
    return stripe_client().v1.payment_intents.retrieve(payment.stripe_payment_intent_id)


def events_at_stripe(payment, event_type):
    """The events localstripe generated for the payment's PaymentIntent, as Stripe would post them."""
    events = stripe_client().v1.events.list(params={"type": event_type, "limit": 100})
    return [
        event.to_dict()
        for event in events.auto_paging_iter()
        if event.data.object["id"] == payment.stripe_payment_intent_id
    ]


def event_for(payment, event_type, event_id, status, last_payment_error=None):
    """A hand-made event about the payment's intent (for orders of delivery localstripe cannot produce)."""
    return {
        "id": event_id,
        "object": "event",
        "type": event_type,
        "api_version": "2017-08-15",
        "created": 1,
        "data": {
            "object": {
                "id": payment.stripe_payment_intent_id,
                "object": "payment_intent",
                "amount": payment.amount,
                "currency": payment.currency.lower(),
                "status": status,
                "last_payment_error": last_payment_error,
            }
        },
    }


def post_event(client, event, secret=WEBHOOK_SECRET, headers=None):
    """POST the event to our webhook, signed like Stripe does (or with the given headers)."""
    payload = json.dumps(event).encode()
    if headers is None:
        headers = signed_event_headers(payload, secret)
    return client.post(WEBHOOK_PATH, data=payload, content_type="application/json", **headers)


def eventually(condition, seconds=15):
    """Wait for ``condition()``: localstripe posts its events a second after the payment, and the live
    server handles them in its own thread."""
    _reads_never_lock_out_the_server()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OperationalError:
            # SQLite's shared in-memory test database refuses reads while the server thread writes
            # ("database table is locked"); that only means "not yet".
            pass
        time.sleep(0.2)
    return False


def _reads_never_lock_out_the_server():
    """On SQLite's shared-cache test database a read here holds a table lock, and the server thread's
    write to that table then fails at once ("database table is locked"): the webhook answers 500 and
    localstripe does not retry. Reading uncommitted rows takes no lock."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")

"""The Stripe client, configured from settings (STRIPE_API_BASE points tests and demos at localstripe)."""

import stripe
from django.conf import settings

# A browser waits on some of these calls, so give up well before Stripe's default 80 seconds.
TIMEOUT_SECONDS = 20
# Retries are safe: every POST we make carries an idempotency key (the library adds one when we don't).
MAX_NETWORK_RETRIES = 2


def online_payments_enabled():
    """Card payment needs both keys; without them paid services are requested for an invoice."""
    return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_PUBLISHABLE_KEY)


def stripe_client():
    """A client for the configured account; built per call so that changed settings take effect."""
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses={"api": settings.STRIPE_API_BASE},
        max_network_retries=MAX_NETWORK_RETRIES,
        http_client=stripe.new_default_http_client(timeout=TIMEOUT_SECONDS),
    )


def verified_event(payload, signature_header):
    """The event Stripe sent, after checking its signature; raises ValueError or SignatureVerificationError."""
    if not settings.STRIPE_WEBHOOK_SECRET:
        # An empty secret would accept anything signed with an empty key.
        raise stripe.SignatureVerificationError("No webhook signing secret is configured.", signature_header)
    return stripe.Webhook.construct_event(payload, signature_header, settings.STRIPE_WEBHOOK_SECRET)

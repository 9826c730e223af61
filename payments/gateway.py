"""The Stripe client, configured from settings (STRIPE_API_BASE points tests and demos at localstripe)."""

from django.conf import settings


def online_payments_enabled():
    """Card payment needs both keys; without them paid services are requested for an invoice."""
    return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_PUBLISHABLE_KEY)

"""One caller at a time talks to Stripe about a payment, and no database lock is held while it does.

A call to Stripe can take seconds. Holding a row lock across it (on SQLite: the database's only
write lock) makes every other writer wait or fail with "database is locked". So a caller first
*claims* the payment in one short statement, calls Stripe with no transaction open, records the
answer in a short transaction and releases the claim. A caller that finds the payment claimed waits
a little for that answer instead of calling Stripe a second time.

A claim is the time it was taken, kept on the payment. A claim left by a process that died expires
after CLAIM_EXPIRES, longer than the Stripe client can spend on one call with its retries.
"""

import datetime
import time

from django.db.models import Q
from django.utils import timezone

from .gateway import MAX_NETWORK_RETRIES, TIMEOUT_SECONDS
from .models import Payment

CLAIM_EXPIRES = datetime.timedelta(seconds=TIMEOUT_SECONDS * (MAX_NETWORK_RETRIES + 1) + 60)
# How long a parallel click waits for the other one's answer before hearing "already in progress".
WAIT_SECONDS = 8
POLL_SECONDS = 0.1


def claim(payment, **conditions):
    """Claim the payment if it still matches ``conditions`` and holds no live claim.

    Returns the claim (pass it to ``release``), or None when another caller holds one or the payment
    no longer matches. A single UPDATE, so two callers cannot both get it.
    """
    now = timezone.now()
    free = Q(stripe_call_started_at__isnull=True) | Q(stripe_call_started_at__lt=now - CLAIM_EXPIRES)
    taken = Payment.objects.filter(free, pk=payment.pk, **conditions).update(stripe_call_started_at=now)
    return now if taken else None


def release(payment, claimed_at):
    """Give the claim back (a claim that expired and was taken over is left to its new holder)."""
    Payment.objects.filter(pk=payment.pk, stripe_call_started_at=claimed_at).update(stripe_call_started_at=None)
    payment.stripe_call_started_at = None


def is_claimed(payment, now=None):
    started = payment.stripe_call_started_at
    return started is not None and started >= (now or timezone.now()) - CLAIM_EXPIRES


def deadline():
    """Until when a caller waits for another's answer (pass it to ``wait_for_release``)."""
    return time.monotonic() + WAIT_SECONDS


def wait_for_release(payment, until):
    """The payment, read again once nobody holds a claim on it; None if one is still held at ``until``."""
    while True:
        payment = Payment.objects.get(pk=payment.pk)
        if not is_claimed(payment):
            return payment
        if time.monotonic() >= until:
            return None
        time.sleep(POLL_SECONDS)

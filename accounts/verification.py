"""Sending the verification link again, for the person who just signed up or was refused login as unverified.

The person is identified by the session (the adapter remembers who was sent to the "verify your
email" page) or by being logged in, never by an address typed into a form, so the button cannot be
used to mail strangers or to learn which addresses have accounts.
"""

from allauth.account.internal.flows.email_verification import send_verification_email_to_address
from allauth.account.models import EmailAddress

PENDING_SESSION_KEY = "accounts_pending_verification_user"


def remember_pending_user(request, user):
    """Note in the session that ``user`` was just asked to verify their address."""
    if user is not None and getattr(user, "pk", None) and hasattr(request, "session"):
        request.session[PENDING_SESSION_KEY] = user.pk


def pending_address(request):
    """The unverified address of the signed-in user or of the user the session was asked to verify, or None."""
    user_id = request.user.pk if request.user.is_authenticated else request.session.get(PENDING_SESSION_KEY)
    if not user_id:
        return None
    addresses = EmailAddress.objects.filter(user_id=user_id, verified=False, user__is_active=True)
    return addresses.order_by("-primary", "pk").first()


def resend_verification(request):
    """Send a new verification link to ``pending_address``; returns the address, or None when nothing was sent.

    allauth's own limit (ACCOUNT_RATE_LIMITS["confirm_email"], one email per address every few
    minutes) still applies, so a resend too soon after the last one sends nothing.
    """
    address = pending_address(request)
    if address is None:
        return None
    return address if send_verification_email_to_address(request, address) else None

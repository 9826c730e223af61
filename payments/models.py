"""Card payments for service requests, through Stripe PaymentIntents.

A request has at most one open PaymentIntent at a time. Amounts are integers in the currency's
minor units, copied from the request; there is no float money anywhere.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PaymentStatus(models.TextChoices):
    CREATING = "creating", _("Being created")  # the attempt is claimed; Stripe has not answered yet
    REQUIRES_PAYMENT = "requires-payment", _("Waiting for card")
    REQUIRES_ACTION = "requires-action", _("Waiting for authentication")
    PROCESSING = "processing", _("Processing")
    SUCCEEDED = "succeeded", _("Succeeded")
    CANCELLED = "cancelled", _("Cancelled")
    REFUNDED = "refunded", _("Refunded")


OPEN_PAYMENT_STATUSES = [PaymentStatus.REQUIRES_PAYMENT, PaymentStatus.REQUIRES_ACTION, PaymentStatus.PROCESSING]


class Payment(models.Model):
    """One PaymentIntent for one service request; a retry after a cancelled intent makes a new Payment."""

    request = models.ForeignKey("services.ServiceRequest", on_delete=models.PROTECT, related_name="payments")
    attempt = models.PositiveSmallIntegerField(default=1)
    # Empty (NULL, so that several can be) while the attempt is being created at Stripe.
    stripe_payment_intent_id = models.CharField(max_length=100, unique=True, null=True, blank=True)
    client_secret = models.CharField(max_length=200)
    amount = models.PositiveIntegerField(help_text=_("In the currency's minor units."))
    currency = models.CharField(max_length=3)
    status = models.CharField(
        verbose_name=_("Status"),
        max_length=20,
        choices=PaymentStatus.choices,
        default=PaymentStatus.REQUIRES_PAYMENT,
        db_index=True,
    )
    last_error = models.CharField(
        max_length=300, blank=True, help_text=_("The card issuer's reason for the last failure.")
    )
    stripe_refund_id = models.CharField(max_length=100, blank=True)
    refunded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refunded_at = models.DateTimeField(null=True, blank=True)
    succeeded_at = models.DateTimeField(null=True, blank=True)
    stripe_call_started_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_(
            "Set while a request is creating, confirming or refunding this payment at Stripe; "
            "other requests wait for its answer instead of calling Stripe too."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["request", "attempt"], name="one_payment_per_attempt")]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")

    def __str__(self):
        return self.stripe_payment_intent_id or f"attempt {self.attempt} of request {self.request_id} (creating)"


class WebhookEvent(models.Model):
    """A Stripe event already handled; a redelivery of the same event id is acknowledged and ignored."""

    stripe_event_id = models.CharField(max_length=100, unique=True)
    event_type = models.CharField(max_length=100)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_at"]

"""Service requests: what a requester asked for, its status history and its message thread with staff.

The request snapshots the service's title and price when it is made, so later edits to the
service page do not change what the requester agreed to pay.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from core.storage import PrivateUploadStorage, private_uploads


class RequestStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("request status", "Submitted")
    AWAITING_PAYMENT = "awaiting-payment", _("Awaiting payment")
    PAID = "paid", _("Paid")
    IN_PROGRESS = "in-progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    REFUNDED = "refunded", _("Refunded")


# Requests still being worked on; only these can be overdue.
OPEN_STATUSES = [RequestStatus.SUBMITTED, RequestStatus.AWAITING_PAYMENT, RequestStatus.PAID, RequestStatus.IN_PROGRESS]


class PaymentMethod(models.TextChoices):
    NONE = "", _("Free")
    CARD = "card", _("Card (online)")
    INVOICE = "invoice", _("Invoice")


def new_access_token():
    return secrets.token_urlsafe(24)


class ServiceRequestQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status__in=OPEN_STATUSES, due_on__lt=today)


class ServiceRequest(models.Model):
    reference = models.CharField(verbose_name=_("Reference"), max_length=20, unique=True, null=True, editable=False)
    service = models.ForeignKey(
        "services.ServicePage", verbose_name=_("Service"), null=True, on_delete=models.SET_NULL, related_name="requests"
    )
    service_title = models.CharField(verbose_name=_("Service"), max_length=255)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Requester account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
    )
    contact_name = models.CharField(verbose_name=_("Name"), max_length=150)
    contact_email = models.EmailField(verbose_name=_("Email"))
    contact_phone = models.CharField(verbose_name=_("Phone"), max_length=50, blank=True)
    organisation_name = models.CharField(verbose_name=_("Organisation"), max_length=200, blank=True)
    country = CountryField(verbose_name=_("Country"))
    preferred_language = models.CharField(
        verbose_name=_("Preferred language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    details = models.TextField(verbose_name=_("What you need"), blank=True)
    answers = models.JSONField(
        verbose_name=_("Answers"),
        default=list,
        blank=True,
        help_text=_("The service's extra form fields: a list of {name, label, value}."),
    )
    status = models.CharField(
        verbose_name=_("Status"),
        max_length=20,
        choices=RequestStatus.choices,
        default=RequestStatus.SUBMITTED,
        db_index=True,
    )
    amount = models.PositiveIntegerField(verbose_name=_("Amount in minor units"), default=0)
    currency = models.CharField(verbose_name=_("Currency"), max_length=3, blank=True)
    payment_method = models.CharField(
        verbose_name=_("Payment method"),
        max_length=10,
        choices=PaymentMethod.choices,
        blank=True,
        default=PaymentMethod.NONE,
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Assigned staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_service_requests",
    )
    assigned_provider = models.ForeignKey(
        "services.ProviderPage",
        verbose_name=_("Assigned provider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_requests",
    )
    access_token = models.CharField(max_length=64, unique=True, default=new_access_token, editable=False)
    due_on = models.DateField(verbose_name=_("Due"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(verbose_name=_("Submitted on"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(verbose_name=_("Updated"), auto_now=True)
    paid_at = models.DateTimeField(verbose_name=_("Paid on"), null=True, blank=True)

    objects = ServiceRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")
        permissions = [("handle_servicerequest", _("Can handle service requests"))]

    def __str__(self):
        return f"{self.reference} · {self.service_title}"

    @property
    def title(self):
        """The service's title in the active language while the page exists; else the title snapshot."""
        return self.service.title if self.service is not None else self.service_title

    @property
    def is_paid_service(self):
        return self.amount > 0

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and self.due_on is not None and self.due_on < timezone.localdate()


class StatusChange(models.Model):
    """One entry of a request's history: who changed the status, when, and why."""

    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=RequestStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=RequestStatus.choices)
    note = models.TextField(verbose_name=_("Note"), blank=True)
    # A note the system wrote is kept as a key of services.history_notes and its parameters, so each
    # reader sees it in their own language; ``note`` then holds the English text for exports.
    note_key = models.CharField(max_length=50, blank=True)
    note_params = models.JSONField(default=dict, blank=True)
    internal = models.BooleanField(
        default=False, help_text=_("Seen by staff only (assignments, notes about money to refund).")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the system made the change."),
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")


class RequestMessage(models.Model):
    """A message in the thread between the requester and staff."""

    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_staff = models.BooleanField(default=False)
    body = models.TextField(verbose_name=_("Message"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("request message")
        verbose_name_plural = _("request messages")


# Migration 0001 names these two; core.storage now keeps the files and names them.
PrivateFileStorage = PrivateUploadStorage


def attachment_path(instance, filename):
    return f"service-requests/{timezone.now():%Y/%m}/{filename}"


class RequestAttachment(models.Model):
    """A file sent with a request (a file-upload form field) or later with a message of its thread, checked by
    content; never served publicly."""

    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        RequestMessage,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attachments",
        help_text=_("Empty for files sent with the request form."),
    )
    field_name = models.CharField(max_length=255, blank=True)
    file = models.FileField(upload_to="service-requests/%Y/%m/", storage=private_uploads)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]

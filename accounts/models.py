"""Organisations and the profile that ties a user to one.

Sign-up, login, email verification and password reset are django-allauth's; this app adds what
the platform needs on top: the organisation a user acts for, and their notification choices.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.storage import public_uploads

from .validators import validate_logo


class OrganisationKind(models.TextChoices):
    STARTUP = "startup", _("Startup")
    SME = "sme", _("SME")
    ENTERPRISE = "enterprise", _("Enterprise")
    RESEARCH = "research", _("University or research institute")
    INVESTOR = "investor", _("Investor")
    PARK = "park", _("Park or incubator")
    SERVICE_PROVIDER = "service-provider", _("Service provider")


class OrganisationSize(models.TextChoices):
    MICRO = "1-9", _("1–9 people")
    SMALL = "10-49", _("10–49 people")
    MEDIUM = "50-249", _("50–249 people")
    LARGE = "250+", _("250 or more people")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=OrganisationKind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    founded_year = models.PositiveSmallIntegerField(
        _("founded"), null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    sectors = models.ManyToManyField(
        "sectors.Sector", blank=True, related_name="organisations", verbose_name=_("sectors")
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"), upload_to="logos/", storage=public_uploads, blank=True, validators=[validate_logo]
    )
    description = models.TextField(_("short description"), max_length=1000, blank=True)
    is_verified = models.BooleanField(_("verified by the platform"), default=False)
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


def new_token():
    return secrets.token_urlsafe(24)


class Profile(models.Model):
    """What the platform knows about a user beyond their login."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    match_emails = models.BooleanField(_("email me about strong new matches"), default=True)
    email_token = models.CharField(
        max_length=64, default=new_token, unique=True, help_text="Secret used in one-click unsubscribe links."
    )

    class Meta:
        verbose_name = _("profile")

    def __str__(self):
        return self.full_name or self.user.get_username()


class ConsentKind(models.TextChoices):
    PRIVACY = "privacy", _("Privacy policy")
    TERMS = "terms", _("Terms of use")
    SENSITIVE_UPLOAD = "sensitive-upload", _("Processing of sensitive personal information")
    CROSS_BORDER = "cross-border", _("Transfer of personal information outside mainland China")


class ConsentRecord(models.Model):
    """Evidence that a person agreed to one processing purpose (PIPL arts. 14, 29, 39), kept after account deletion.

    Records are only ever added: a withdrawn or renewed consent is a new record. The user link is
    cleared when the account is deleted, so the record still proves that processing was lawful.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consents",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ConsentKind.choices)
    version = models.CharField(
        _("version"),
        max_length=50,
        blank=True,
        help_text="Version of the policy or terms agreed to, when the consent is to a document.",
    )
    purpose = models.TextField(
        _("purpose"), blank=True, help_text="The purpose stated to the person when they agreed, in their words."
    )
    reference = models.CharField(
        _("reference"),
        max_length=50,
        blank=True,
        help_text="The record the consent was given for, such as a service request reference.",
    )
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    ip_address = models.CharField(_("IP address"), max_length=45, blank=True)

    class Meta:
        ordering = ["-given_at", "-pk"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        indexes = [models.Index(fields=["user", "kind"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.version or self.reference}".strip()

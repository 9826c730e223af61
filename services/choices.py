"""The catalogue's vocabularies: currencies, service categories and provider types.

Apart from the models so ``filters.py`` need not import them (the models import the filters).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    CNY = "CNY", "CNY"
    USD = "USD", "USD"


class ServiceCategory(models.TextChoices):
    COMPANY_REGISTRATION = "company-registration", _("Company registration")
    WORK_PERMIT = "work-permit", _("Work permit & visa")
    IP_FILING = "ip-filing", _("IP filing")
    LEGAL = "legal", _("Legal consultation")
    ACCOUNTING = "accounting", _("Accounting & tax")
    FINANCING = "financing", _("Financing introductions")
    OFFICE = "office", _("Office space")
    SOFT_LANDING = "soft-landing", _("Soft-landing package")


class ProviderType(models.TextChoices):
    LAW_FIRM = "law-firm", _("Law firm")
    AGENCY = "agency", _("Agency")
    SERVICE_CENTRE = "service-centre", _("Service centre")
    ACCOUNTING_FIRM = "accounting-firm", _("Accounting firm")
    INVESTOR_NETWORK = "investor-network", _("Investor network")
    PARK_OPERATOR = "park-operator", _("Park operator")

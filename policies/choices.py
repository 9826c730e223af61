"""The kinds of policy in the guide (apart from the models so ``filters.py`` need not import them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PolicyType(models.TextChoices):
    TAX = "tax", _("Tax")
    TALENT_VISA = "talent-visa", _("Talent & visa")
    FUNDING = "funding", _("Funding & subsidies")
    CUSTOMS_TRADE = "customs-trade", _("Customs & trade")
    IP = "ip", _("Intellectual property")
    DATA = "data", _("Data & cross-border flows")
    FINANCE = "finance", _("Finance & foreign exchange")
    MARKET_ACCESS = "market-access", _("Market access")

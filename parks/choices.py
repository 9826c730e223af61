"""The kinds of place in the parks directory (apart from the models so ``filters.py`` need not import them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParkType(models.TextChoices):
    PARK = "park", _("Industrial park")
    ZONE = "zone", _("Development zone")
    INCUBATOR = "incubator", _("Incubator")
    STATION = "station", _("Offshore innovation station")
    SERVICE_CENTRE = "service-centre", _("Service centre")

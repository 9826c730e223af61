"""Filters for the parks directory: by type and by focus sector."""

import django_filters
from django.utils.translation import gettext_lazy as _

from sectors.models import Sector

from .choices import ParkType


class ParkFilter(django_filters.FilterSet):
    park_type = django_filters.ChoiceFilter(choices=ParkType.choices, label=_("Type"), empty_label=_("All types"))
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="code",
        label=_("Sector"),
        empty_label=_("All sectors"),
    )

"""Filters for the policy directory: type, sector and whether the policy is in force."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from sectors.models import Sector

from .choices import PolicyType


class PolicyFilter(django_filters.FilterSet):
    policy_type = django_filters.ChoiceFilter(
        choices=PolicyType.choices, label=_("Policy type"), empty_label=_("All types")
    )
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="code",
        label=_("Sector"),
        empty_label=_("All sectors"),
    )
    status = django_filters.ChoiceFilter(
        choices=[("in-force", _("In force")), ("expired", pgettext_lazy("policy status", "Expired"))],
        method="filter_status",
        label=_("Status"),
        empty_label=_("Any status"),
    )

    def filter_status(self, queryset, name, value):
        return queryset.in_force() if value == "in-force" else queryset.expired()

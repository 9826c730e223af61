"""Filters for the service catalogue (category, free or paid) and the provider directory (type)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import ProviderType, ServiceCategory


class ServiceFilter(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(
        choices=ServiceCategory.choices, label=_("Category"), empty_label=_("All categories")
    )
    price = django_filters.ChoiceFilter(
        choices=[("free", _("Free")), ("paid", pgettext_lazy("price", "Paid"))],
        method="filter_price",
        label=_("Price"),
        empty_label=_("Free or paid"),
    )

    def filter_price(self, queryset, name, value):
        return queryset.filter(price_amount=0) if value == "free" else queryset.filter(price_amount__gt=0)


class ProviderFilter(django_filters.FilterSet):
    provider_type = django_filters.ChoiceFilter(
        choices=ProviderType.choices, label=_("Type"), empty_label=_("All types")
    )

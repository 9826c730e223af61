"""Filters for the news list: by category and by sector."""

import django_filters
from django.utils.translation import gettext_lazy as _

from sectors.models import Sector

from .models import NewsCategory, NewsPage


class NewsFilter(django_filters.FilterSet):
    category = django_filters.ModelChoiceFilter(
        queryset=NewsCategory.objects.all(), to_field_name="slug", label=_("Category"), empty_label=_("All categories"))
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors", queryset=Sector.objects.all(), to_field_name="code", label=_("Sector"),
        empty_label=_("All sectors"))

    class Meta:
        model = NewsPage
        fields = ["category", "sector"]

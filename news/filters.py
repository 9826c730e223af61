"""Filters for the news list: by category, by sector and by topic.

Imports the vocabularies, never ``models.py``, which imports these filters for the index page's route.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from sectors.models import Sector

from .taxonomy import NewsCategory, NewsTopic


class NewsFilter(django_filters.FilterSet):
    category = django_filters.ModelChoiceFilter(
        queryset=NewsCategory.objects.all(), to_field_name="slug", label=_("Category"), empty_label=_("All categories")
    )
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="code",
        label=_("Sector"),
        empty_label=_("All sectors"),
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics",
        queryset=NewsTopic.objects.all(),
        to_field_name="slug",
        label=_("Topic"),
        empty_label=_("All topics"),
    )

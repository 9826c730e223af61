"""Filters of the "Search terms" admin report."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from .models import SearchQueryLog


class SearchTermsFilterSet(WagtailFilterSet):
    day = DateFromToRangeFilter(label=_("Searched between"), field_name="day", widget=DateRangePickerWidget)
    results = ChoiceFilter(
        label=_("Results"),
        method="filter_results",
        empty_label=_("All searches"),
        choices=[("none", _("No results")), ("some", _("Some results"))],
    )
    language = ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages"))

    class Meta:
        model = SearchQueryLog
        fields = []

    def filter_results(self, queryset, name, value):
        # "results" is the most results the query had in the period: none means it never found anything.
        return queryset.filter(results=0) if value == "none" else queryset.filter(results__gt=0)

"""Admin: the "Search terms" report (popular queries, queries without results) under Reports."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from core.admin_exports import SafeCsvExportMixin

from .models import SearchQueryLog
from .selectors import search_terms

REPORT_PERMISSION = "search.view_searchquerylog"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


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


class LanguageColumn(Column):
    def get_value(self, instance):
        code = super().get_value(instance)
        return LANGUAGE_NAMES.get(code, code)


class DayColumn(Column):
    def get_value(self, instance):
        return date_format(super().get_value(instance))


class SearchTermsReportView(SafeCsvExportMixin, ReportView):
    """What readers search for, most searched first; filter to the searches that found nothing."""

    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    filterset_class = SearchTermsFilterSet
    default_ordering = "-searches"
    columns = [
        Column("query", label=_("Search terms"), sort_key="query"),
        LanguageColumn("language", label=_("Language"), sort_key="language"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("results", label=_("Results"), sort_key="results"),
        DayColumn("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = ["query", "language", "searches", "results", "last_searched"]
    export_headings = {
        "query": _("Search terms"),
        "language": _("Language"),
        "searches": _("Searches"),
        "results": _("Results"),
        "last_searched": _("Last searched"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return search_terms().order_by("-searches", "query")

    def get_filename(self):
        return "search-terms"


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path("reports/search-terms/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"), reverse("search_terms_report"), name="search-queries", icon_name="search", order=760
    )


@hooks.register("construct_reports_menu")
def hide_unused_search_terms_report(request, menu_items):
    # wagtail.contrib.search_promotions brings its own "Search terms" report, fed by a hit counter this
    # site does not use (searches are logged in SearchQueryLog): hide it so there is one report.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]

"""Wagtail admin: the "Search terms" report (popular queries, queries without results) under Reports."""

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from core.admin_exports import SafeCsvExportMixin

from .admin_forms import SearchTermsFilterSet
from .selectors import search_terms

REPORT_PERMISSION = "search.view_searchquerylog"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


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

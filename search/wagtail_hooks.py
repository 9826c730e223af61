"""Admin: the "Search terms" report (popular queries, queries without results) under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import SearchTermsMenuItem, SearchTermsReportView


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

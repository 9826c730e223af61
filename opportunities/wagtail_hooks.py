"""Wagtail admin: the moderation queue for submitted listings and changed published listings, and the
queue of reported listings.

Both sit under a "Moderation" menu. Seeing the listing queue needs ``opportunities.change_listing``
and the reports queue ``opportunities.change_listingreport``; the Moderators group has both.
"""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.hooks import ACCOUNT_DELETION, ACCOUNT_DELETION_FORGET, PERSONAL_DATA_EXPORT
from core.admin_viewsets import RecordPageMixin, ToneStatusTagColumn
from core.hooks import DAILY_JOBS
from home.hooks import SITE_MAP_EXTRAS

from . import personal_data, selectors, tasks

# ReturnReasonForm is imported for tests/accounts/test_signup_language.py, which builds it from this module.
from .admin_forms import ListingModerationFilterSet, ReportFilterSet, ReturnReasonForm  # noqa: F401
from .admin_views import (
    ListingQueueView,
    ListingReviewView,
    ListingsAwaitingModerationPanel,
    ReportQueueView,
    ReportReviewView,
    status_tone,
    waiting_for,
)
from .models import Listing, ListingReport


class ListingModerationViewSet(RecordPageMixin, ModelViewSet):
    model = Listing
    name = "listing_moderation"
    url_prefix = "moderation/listings"
    icon = "tasks"
    menu_label = gettext_lazy("Listings to moderate")
    index_view_class = ListingQueueView
    inspect_view_class = ListingReviewView
    inspect_view_fields = [
        "kind",
        "status",
        "organisation",
        "owner",
        "original_language",
        "title",
        "summary",
        "description",
        "translated_title",
        "translated_summary",
        "sectors",
        "subfields",
        "keywords",
        "cooperation_types",
        "target_regions",
        "stage",
        "ip_status",
        "budget_min",
        "budget_max",
        "budget_currency",
        "deadline",
        "is_anonymous",
        "submitted_at",
        "return_reason",
    ]
    ordering = "submitted_at"
    filterset_class = ListingModerationFilterSet
    search_fields = ["title", "summary"]
    list_display = [
        "title",
        Column("kind", label=gettext_lazy("Type"), accessor="get_kind_display"),
        "organisation",
        DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
        Column("original_language", label=gettext_lazy("Written in"), accessor="get_original_language_display"),
        ToneStatusTagColumn("status", label=gettext_lazy("Status"), accessor=waiting_for, tone=status_tone),
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "<int:pk>/",
                self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                name="review",
            ),
        ]


class ListingReportViewSet(RecordPageMixin, ModelViewSet):
    model = ListingReport
    name = "listing_reports"
    url_prefix = "moderation/reports"
    icon = "warning"
    menu_label = gettext_lazy("Reported listings")
    index_view_class = ReportQueueView
    inspect_view_class = ReportReviewView
    inspect_view_fields = ["listing", "reason", "details", "reporter", "created_at", "is_resolved"]
    filterset_class = ReportFilterSet
    list_display = [
        "listing",
        Column("reason", label=gettext_lazy("Reason"), accessor="get_reason_display"),
        Column("reporter", label=gettext_lazy("Reported by"), accessor="reporter"),
        DateColumn("created_at", label=gettext_lazy("Reported"), sort_key="created_at"),
        StatusFlagColumn(
            "is_resolved",
            label=gettext_lazy("Resolved"),
            true_label=gettext_lazy("Resolved"),
            false_label=gettext_lazy("Open"),
        ),
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "<int:pk>/",
                self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                name="review",
            ),
        ]


class ModerationGroup(ViewSetGroup):
    menu_label = gettext_lazy("Moderation")
    menu_icon = "tasks"
    menu_order = 250
    items = (ListingModerationViewSet, ListingReportViewSet)


@hooks.register("register_admin_viewset")
def register_moderation():
    return ModerationGroup()


@hooks.register("construct_homepage_panels")
def add_listings_awaiting_moderation_panel(request, panels):
    if request.user.has_perm(selectors.MODERATION_PERMISSION):
        panels.append(ListingsAwaitingModerationPanel())


# A member's records in their data export and on account deletion (accounts.hooks), in today's order.
hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_marketplace_records, order=10)
hooks.register(ACCOUNT_DELETION, personal_data.withdraw_listings, order=10)
hooks.register(ACCOUNT_DELETION, personal_data.delete_message_attachments, order=20)
hooks.register(ACCOUNT_DELETION_FORGET, personal_data.forget_searches_and_notices, order=10)


@hooks.register(DAILY_JOBS, order=10)
def register_daily_tasks():
    return tasks.DAILY_TASKS


@hooks.register(SITE_MAP_EXTRAS)
def site_map_listing_count(request):
    """The HTML sitemap says how many listings are open."""
    return {"listing_count": selectors.public_listings().count()}

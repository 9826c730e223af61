"""Wagtail admin of the moderation queues (a "Moderation" menu group of two viewsets, with the match feedback of admin_feedback.py): listings to moderate (new and changed), one listing's
review with Publish and Return, reported listings, one report's review, and the admin home panel.

Permission is ``opportunities.change_listing`` for the listing queue and
``opportunities.change_listingreport`` for the reports; decisions go through lifecycle, pending_changes
and moderation.
"""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_viewsets import ReadableInspectMixin, RecordPageMixin, ToneStatusTagColumn
from core.money import format_amount

from . import lifecycle, moderation, pending_changes
from .admin_feedback import MatchFeedbackViewSet
from .admin_forms import ListingModerationFilterSet, ReportFilterSet, ReturnReasonForm
from .models import Listing, ListingReport, Status


def status_tone(listing):
    """Returned listings (or changes) wait on their owner: warning; those waiting on a moderator: primary."""
    change = listing.change_under_review
    if listing.status == Status.RETURNED or (change is not None and not change.is_pending):
        return "warning"
    if listing.status == Status.SUBMITTED or change is not None:
        return "primary"
    return None


def waiting_for(listing):
    """What the moderators are asked to decide on: a new listing, or changes to a published one."""
    change = listing.change_under_review
    if change is not None and change.is_pending:
        return _("Changes to a published listing")
    return listing.get_status_display()


class ListingQueueView(IndexView):
    """New and changed listings by default (oldest first, the fairest order); the status filter shows others."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Listings to moderate")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if "status" not in self.request.GET:
            data = self.request.GET.copy()
            data["status"] = moderation.AWAITING
            kwargs["data"] = data
        return kwargs

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organisation", "pending_change")

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse("listing_moderation:review", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []


class ListingReviewView(ReadableInspectMixin, InspectView):
    """The whole listing as the public would see it, with Publish and Return (with a reason); for a published
    listing with proposed changes, the changes beside the published values, with Approve and Return."""

    amount_fields = {"budget_min": "budget_currency", "budget_max": "budget_currency"}

    def format_amount(self, amount, currency):
        return format_amount(Decimal(amount), currency)  # budgets are kept in whole units, not fen or cents

    any_permission_required = ["change"]
    page_title = gettext_lazy("Review")
    template_name = "opportunities/admin/listing_review.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Listing.objects.select_related("organisation", "owner", "pending_change"), pk=self.pk)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        listing = self.object
        change = listing.change_under_review
        context.setdefault("return_form", ReturnReasonForm())
        context["listing"] = listing
        context["can_decide"] = lifecycle.allows(listing, "publish")
        context["change"] = change
        context["can_decide_change"] = change is not None and change.is_pending
        if change is not None:
            context["comparison"] = pending_changes.comparison_rows(change)
            context["proposed_attachments"] = pending_changes.proposed_attachments(listing)
        context["attachments"] = pending_changes.public_attachments(listing)
        return context

    def post(self, request, *args, **kwargs):
        listing = self.object
        action = request.POST.get("action")
        try:
            if action == "publish":
                lifecycle.publish_listing(listing, request.user)
                messages.success(
                    request, _("“%(title)s” is published and its owner was told.") % {"title": listing.title}
                )
                return redirect("listing_moderation:index")
            if action == "approve_change":
                change = self._change_or_404()
                pending_changes.approve_change(change, request.user)
                messages.success(
                    request,
                    _("The changes to “%(title)s” are public and its owner was told.") % {"title": listing.title},
                )
                return redirect("listing_moderation:index")
            if action in ("return", "return_change"):
                form = ReturnReasonForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(return_form=form))
                if action == "return_change":
                    pending_changes.return_change(self._change_or_404(), request.user, form.cleaned_data["reason"])
                    messages.success(
                        request,
                        _("The changes to “%(title)s” were returned to its owner; the published version stays.")
                        % {"title": listing.title},
                    )
                else:
                    lifecycle.return_listing(listing, request.user, form.cleaned_data["reason"])
                    messages.success(request, _("“%(title)s” was returned to its owner.") % {"title": listing.title})
                return redirect("listing_moderation:index")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("listing_moderation:review", pk=listing.pk)

    def _change_or_404(self):
        change = self.object.change_under_review
        if change is None:
            raise Http404
        return change


class ReportQueueView(IndexView):
    any_permission_required = ["change"]
    page_title = gettext_lazy("Reported listings")

    def get_base_queryset(self):
        return moderation.reports_queue()

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse("listing_reports:review", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []


class ReportReviewView(ReadableInspectMixin, InspectView):
    """One report with the reported listing, and the two decisions: resolve, or close the listing."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Report")
    template_name = "opportunities/admin/report_review.html"

    def get_object(self, queryset=None):
        return get_object_or_404(moderation.reports_queue(), pk=self.pk)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = self.object
        context["listing_review_url"] = reverse("listing_moderation:review", args=[self.object.listing_id])
        return context

    def post(self, request, *args, **kwargs):
        report = self.object
        action = request.POST.get("action")
        try:
            if action == "resolve":
                moderation.resolve_report(report)
                messages.success(request, _("The report was marked as resolved."))
            elif action == "close_listing":
                listing = moderation.close_reported_listing(report)
                messages.success(
                    request, _("“%(title)s” was closed and its reports resolved.") % {"title": listing.title}
                )
            else:
                return redirect("listing_reports:review", pk=report.pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("listing_reports:review", pk=report.pk)
        return redirect("listing_reports:index")


class ListingsAwaitingModerationPanel(Component):
    """On the admin home page: how many listings wait for a moderator (new ones and changed ones), linking
    to the queue, which shows exactly these by default."""

    name = "listings_awaiting_moderation"
    order = 80
    template_name = "opportunities/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        waiting = moderation.awaiting_moderation()
        changed = waiting.filter(status=Status.PUBLISHED).count()
        total = waiting.count()
        return {
            "total_count": total,
            "new_count": total - changed,
            "changed_count": changed,
            "queue_url": reverse("listing_moderation:index"),
        }


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


class ModerationGroup(ViewSetGroup):
    menu_label = gettext_lazy("Moderation")
    menu_icon = "tasks"
    menu_order = 250
    items = (ListingModerationViewSet, ListingReportViewSet, MatchFeedbackViewSet)

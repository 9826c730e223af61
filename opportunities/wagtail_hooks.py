"""Wagtail admin: the moderation queue for submitted listings and the queue of reported listings.

Both sit under a "Moderation" menu. Seeing the listing queue needs ``opportunities.change_listing``
and the reports queue ``opportunities.change_listingreport``; the Moderators group has both.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from home.admin_viewsets import RecordPageMixin

from . import lifecycle, moderation
from .models import Listing, ListingKind, ListingReport, Status


class ReturnReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for returning"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The owner receives this by email; say what to change."),
        error_messages={"required": gettext_lazy("Say why the listing is returned, so the owner can fix it.")})


class ListingModerationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices,
                                         empty_label=gettext_lazy("Any status"))
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Type"), choices=ListingKind.choices)

    class Meta:
        model = Listing
        fields = ["status", "kind"]


class ListingQueueView(IndexView):
    """Submitted listings by default (oldest first, the fairest order); the status filter shows others."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Listings to moderate")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if "status" not in self.request.GET:
            data = self.request.GET.copy()
            data["status"] = Status.SUBMITTED
            kwargs["data"] = data
        return kwargs

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organisation")

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse("listing_moderation:review", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []


class ListingReviewView(InspectView):
    """The whole listing as the public would see it, with Publish and Return (with a reason)."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Review")
    template_name = "opportunities/admin/listing_review.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Listing.objects.select_related("organisation", "owner"), pk=self.pk)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("return_form", ReturnReasonForm())
        context["listing"] = self.object
        context["can_decide"] = self.object.status == Status.SUBMITTED
        context["attachments"] = self.object.attachments.all()
        return context

    def post(self, request, *args, **kwargs):
        listing = self.object
        action = request.POST.get("action")
        try:
            if action == "publish":
                lifecycle.publish_listing(listing, request.user)
                messages.success(request, _("“%(title)s” is published and its owner was told.")
                                 % {"title": listing.title})
                return redirect("listing_moderation:index")
            if action == "return":
                form = ReturnReasonForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(return_form=form))
                lifecycle.return_listing(listing, request.user, form.cleaned_data["reason"])
                messages.success(request, _("“%(title)s” was returned to its owner.") % {"title": listing.title})
                return redirect("listing_moderation:index")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("listing_moderation:review", pk=listing.pk)


class ListingModerationViewSet(RecordPageMixin, ModelViewSet):
    model = Listing
    name = "listing_moderation"
    url_prefix = "moderation/listings"
    icon = "tasks"
    menu_label = gettext_lazy("Listings to moderate")
    index_view_class = ListingQueueView
    inspect_view_class = ListingReviewView
    inspect_view_fields = [
        "kind", "status", "organisation", "owner", "original_language", "title", "summary", "description",
        "translated_title", "translated_summary", "sectors", "subfields", "keywords", "cooperation_types",
        "target_regions", "stage", "ip_status", "budget_min", "budget_max", "budget_currency", "deadline",
        "is_anonymous", "submitted_at", "return_reason"]
    ordering = "submitted_at"
    filterset_class = ListingModerationFilterSet
    search_fields = ["title", "summary"]
    list_display = [
        "title",
        Column("kind", label=gettext_lazy("Type"), accessor="get_kind_display"),
        "organisation",
        DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
        Column("original_language", label=gettext_lazy("Written in"), accessor="get_original_language_display"),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                 name="review"),
        ]


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


class ReportReviewView(InspectView):
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
                messages.success(request, _("“%(title)s” was closed and its reports resolved.")
                                 % {"title": listing.title})
            else:
                return redirect("listing_reports:review", pk=report.pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("listing_reports:review", pk=report.pk)
        return redirect("listing_reports:index")


class ReportFilterSet(WagtailFilterSet):
    is_resolved = django_filters.BooleanFilter(label=gettext_lazy("Resolved"))

    class Meta:
        model = ListingReport
        fields = ["is_resolved", "reason"]


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
    list_display = ["listing",
                    Column("reason", label=gettext_lazy("Reason"), accessor="get_reason_display"),
                    Column("reporter", label=gettext_lazy("Reported by"), accessor="reporter"),
                    DateColumn("created_at", label=gettext_lazy("Reported"), sort_key="created_at"),
                    StatusFlagColumn("is_resolved", label=gettext_lazy("Resolved"),
                                     true_label=gettext_lazy("Resolved"), false_label=gettext_lazy("Open"))]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                 name="review"),
        ]


class ModerationGroup(ViewSetGroup):
    menu_label = gettext_lazy("Moderation")
    menu_icon = "tasks"
    menu_order = 250
    items = (ListingModerationViewSet, ListingReportViewSet)


@hooks.register("register_admin_viewset")
def register_moderation():
    return ModerationGroup()

"""Wagtail admin: owners' verdicts on their matches, read-only, with CSV/XLSX export, for judging the matcher.

Part of the "Moderation" menu group (``admin_views.ModerationGroup``). Moderators see it: the rights on
``MatchFeedback`` are read from ``Listing``, so "change" is ``opportunities.change_listing``. Rows are
given on the dashboard only (``match_feedback.py``); nobody adds, edits or deletes one here.
"""

import json

import django_filters
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail.admin.admin_url_finder import NullAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.admin_exports import SafeCsvExportMixin
from core.dates import beijing_time, datetime_with_zone

from .models import FeedbackReason, FeedbackVerdict, Listing, MatchFeedback

NO_REASON = "none"  # the filter's value for "No reason given", whose stored value is ""


class MatchFeedbackFilterSet(WagtailFilterSet):
    verdict = django_filters.ChoiceFilter(label=gettext_lazy("Verdict"), choices=FeedbackVerdict.choices)
    reason = django_filters.ChoiceFilter(
        label=gettext_lazy("Reason"),
        method="filter_reason",
        choices=[
            (NO_REASON if value == FeedbackReason.NONE else value, label) for value, label in FeedbackReason.choices
        ],
    )

    class Meta:
        model = MatchFeedback
        fields = ["verdict", "reason"]

    def filter_reason(self, queryset, name, value):
        return queryset.filter(reason="" if value == NO_REASON else value)


class MatchFeedbackIndexView(SafeCsvExportMixin, IndexView):
    """Newest first; the export holds the filtered rows with the reasons the owner saw."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Match feedback")
    export_headings = {
        "created_at": gettext_lazy("Given at (Beijing time)"),
        "verdict": gettext_lazy("Verdict"),
        "reason": gettext_lazy("Reason"),
        "listing_id": gettext_lazy("Listing ID"),
        "listing": gettext_lazy("Listing"),
        "candidate_id": gettext_lazy("Candidate ID"),
        "candidate": gettext_lazy("Candidate"),
        "score": gettext_lazy("Score shown"),
        "reasons": gettext_lazy("Reasons shown"),
    }
    list_export = list(export_headings)
    custom_field_preprocess = {
        "created_at": {IndexView.FORMAT_CSV: lambda value: value.strftime("%Y-%m-%d %H:%M")},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("listing", "candidate")

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        return []

    def to_row_dict(self, item):
        return {
            # Naive, in Beijing time: the XLSX export would otherwise turn an aware time into UTC.
            "created_at": beijing_time(item.created_at).replace(tzinfo=None),
            "verdict": item.get_verdict_display(),
            "reason": item.get_reason_display(),
            "listing_id": item.listing_id,
            "listing": item.listing.title,
            "candidate_id": item.candidate_id,
            "candidate": item.candidate.title,
            "score": item.score,
            "reasons": json.dumps(item.reasons, ensure_ascii=False, sort_keys=True),
        }


class MatchFeedbackViewSet(ModelViewSet):
    model = MatchFeedback
    name = "match_feedback"
    url_prefix = "moderation/match-feedback"
    icon = "comment"
    menu_label = gettext_lazy("Match feedback")
    index_view_class = MatchFeedbackIndexView
    filterset_class = MatchFeedbackFilterSet
    ordering = "-created_at"
    list_display = [
        Column(
            "created_at",
            label=gettext_lazy("Given at"),
            accessor=lambda feedback: datetime_with_zone(feedback.created_at),
            sort_key="created_at",
        ),
        Column("verdict", label=gettext_lazy("Verdict"), accessor="get_verdict_display"),
        Column("reason", label=gettext_lazy("Reason"), accessor="get_reason_display"),
        Column("listing", label=gettext_lazy("Listing"), accessor="listing"),
        Column("candidate", label=gettext_lazy("Candidate"), accessor="candidate"),
        Column("score", label=gettext_lazy("Score shown"), sort_key="score"),
    ]
    export_filename = "match-feedback"
    copy_view_enabled = False
    add_to_reference_index = False
    url_finder_class = NullAdminURLFinder  # no page of its own to link a row to

    def register_permissions(self):
        """Moderators' right on listings is the right here; MatchFeedback's own permissions would grant nothing."""
        register_permission_policy(
            MatchFeedback, ModelPermissionPolicy(MatchFeedback, auth_model=Listing), exact_class=True
        )
        super().register_permissions()

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def get_urlpatterns(self):
        """The list only: rows are not added, edited or deleted in the admin."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

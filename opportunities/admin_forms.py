"""Forms and filters of the moderation admin: the reason for returning a listing, and the queues' filters."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet

from . import moderation
from .models import Listing, ListingKind, ListingReport, Status


class ReturnReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for returning"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The owner receives this by email; say what to change."),
        error_messages={"required": gettext_lazy("Say why the listing is returned, so the owner can fix it.")},
    )


class ListingModerationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        method="filter_status",
        empty_label=gettext_lazy("Any status"),
        choices=[(moderation.AWAITING, gettext_lazy("Awaiting moderation (new or changed)")), *Status.choices],
    )
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Type"), choices=ListingKind.choices)

    class Meta:
        model = Listing
        fields = ["status", "kind"]

    def filter_status(self, queryset, name, value):
        if value == moderation.AWAITING:
            return moderation.awaiting_moderation(queryset)
        return queryset.filter(status=value)


class ReportFilterSet(WagtailFilterSet):
    is_resolved = django_filters.BooleanFilter(label=gettext_lazy("Resolved"))

    class Meta:
        model = ListingReport
        fields = ["is_resolved", "reason"]

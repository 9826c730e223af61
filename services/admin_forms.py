"""Forms for handling service requests in the Wagtail admin: list filters, assign, status, reply."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.permissions import policy_registry

from .forms import document_field
from .models import OPEN_STATUSES, ProviderPage, RequestStatus, ServicePage, ServiceRequest
from .workflow import allowed_staff_transitions

OPEN = "open"


def request_handlers():
    """Active users who may handle requests (superusers included): the people a request can be assigned to."""
    return (
        policy_registry.get_by_type(ServiceRequest)
        .users_with_permission("handle")
        .order_by("first_name", "last_name", "username")
    )


class ServiceRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(OPEN, _("Any open status")), *RequestStatus.choices],
        empty_label=_("Any status"),
        method="filter_status",
    )
    service = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=ServicePage.objects.order_by("title"), empty_label=_("Any service")
    )
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue", widget=BooleanRadioSelect)
    assigned_to_me = django_filters.BooleanFilter(
        label=_("Assigned to me"), method="filter_assigned_to_me", widget=BooleanRadioSelect
    )

    class Meta:
        model = ServiceRequest
        fields = ["status", "service", "overdue", "assigned_to_me"]

    def filter_status(self, queryset, name, value):
        if value == OPEN:
            return queryset.filter(status__in=OPEN_STATUSES)
        return queryset.filter(status=value)

    def filter_overdue(self, queryset, name, value):
        if value:
            return queryset.overdue()
        return queryset.exclude(pk__in=ServiceRequest.objects.overdue().values("pk"))

    def filter_assigned_to_me(self, queryset, name, value):
        if value:
            return queryset.filter(assigned_to=self.request.user)
        return queryset.exclude(assigned_to=self.request.user)


class AssignForm(forms.Form):
    staff = forms.ModelChoiceField(
        label=_("Staff member"),
        queryset=None,
        required=False,
        empty_label=_("Nobody"),
        help_text=_("Who on the platform team looks after this request."),
    )
    provider = forms.ModelChoiceField(
        label=_("Provider"),
        queryset=ProviderPage.objects.live().order_by("title"),
        required=False,
        empty_label=_("No provider"),
        help_text=_("The provider who delivers the service; they are emailed when assigned."),
    )

    def __init__(self, *args, service_request, **kwargs):
        kwargs.setdefault(
            "initial", {"staff": service_request.assigned_to_id, "provider": service_request.assigned_provider_id}
        )
        super().__init__(*args, prefix="assign", **kwargs)
        self.fields["staff"].queryset = request_handlers()
        self.fields["staff"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


class StatusChangeForm(forms.Form):
    """Offers only the moves the workflow allows from the request's current status."""

    to_status = forms.ChoiceField(
        label=_("New status"),
        error_messages={"invalid_choice": _("This request cannot move to that status from its current one.")},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the history and sent to the requester with the new status."),
    )

    def __init__(self, *args, service_request, **kwargs):
        super().__init__(*args, prefix="status", **kwargs)
        self.fields["to_status"].choices = [
            (status, RequestStatus(status).label) for status in allowed_staff_transitions(service_request)
        ]


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply to the requester"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Emailed to the requester and shown on their request page."),
        error_messages={"required": _("Write a message before sending.")},
    )

    document = document_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="reply", **kwargs)

    def documents(self):
        """``[(uploaded_file, content_type)]``: the checked document, if one was attached."""
        document = self.cleaned_data.get("document")
        return [(document, document.checked_content_type)] if document else []

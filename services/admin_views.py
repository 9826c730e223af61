"""Wagtail admin views where staff handle service requests: the list (with CSV export) and one request's
page (assign, change status, reply), plus the admin home page's panel.

Permission for all of them is ``services.handle_servicerequest`` (the "handle" action of the model's
permission policy); state changes go through services.workflow. Apps built on services add sections,
actions and pages to a request's page through services.hooks (payments: its payments and the refund).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, Table
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_exports import SafeCsvExportMixin
from core.admin_viewsets import STATUS_TONE_CLASSNAMES, RecordPageMixin, ToneStatusTagColumn
from core.money import decimal_amount, format_amount

from . import hooks, selectors, workflow
from .admin_forms import AssignForm, ReplyForm, ServiceRequestFilterSet, StatusChangeForm
from .models import OPEN_STATUSES, RequestStatus, ServiceRequest

HANDLE = ["handle"]


def assignee_names(service_request):
    staff = service_request.assigned_to
    names = [
        staff and (staff.get_full_name() or staff.get_username()),
        service_request.assigned_provider and service_request.assigned_provider.title,
    ]
    return ", ".join(name for name in names if name)


def requests_with_relations():
    return ServiceRequest.objects.select_related("service", "assigned_to", "assigned_provider")


class DueColumn(Column):
    """The due date, followed by an "Overdue" tag (words, not only colour) when the request is late."""

    cell_template_name = "services/admin/due_cell.html"

    class Media:
        css = {"all": ["services/admin.css"]}


class ServiceRequestTable(Table):
    def get_row_classname(self, instance):
        return "service-request--overdue" if instance.is_overdue else ""


class ServiceRequestIndexView(SafeCsvExportMixin, IndexView):
    """Every request, newest first, with filters, search and CSV/XLSX export of the filtered list."""

    any_permission_required = HANDLE
    page_title = gettext_lazy("Service requests")
    table_class = ServiceRequestTable
    search_backend_name = None
    # Column key → heading; to_row_dict fills the values.
    export_headings = {
        "reference": gettext_lazy("Reference"),
        "service_title": gettext_lazy("Service"),
        "status": gettext_lazy("Status"),
        "contact_name": gettext_lazy("Requester"),
        "contact_email": gettext_lazy("Email"),
        "country": gettext_lazy("Country"),
        "organisation_name": gettext_lazy("Organisation"),
        "amount": gettext_lazy("Amount"),
        "currency": gettext_lazy("Currency"),
        "payment_method": gettext_lazy("Payment method"),
        "assigned": gettext_lazy("Assigned to"),
        "created_at": gettext_lazy("Submitted"),
        "due_on": gettext_lazy("Due"),
        "overdue": gettext_lazy("Overdue"),
    }
    list_export = list(export_headings)
    custom_field_preprocess = {
        "created_at": {IndexView.FORMAT_CSV: lambda value: timezone.localtime(value).strftime("%Y-%m-%d %H:%M")},
    }

    def get_base_queryset(self):
        return requests_with_relations()

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return reverse("service_requests:handle", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []

    def to_row_dict(self, item):
        return {
            "reference": item.reference,
            "service_title": item.service_title,
            "status": item.get_status_display(),
            "contact_name": item.contact_name,
            "contact_email": item.contact_email,
            "country": item.country.name,
            "organisation_name": item.organisation_name,
            "amount": decimal_amount(item.amount),
            "currency": item.currency,
            "payment_method": item.get_payment_method_display(),
            "assigned": assignee_names(item),
            "created_at": item.created_at,
            "due_on": item.due_on,
            "overdue": _("yes") if item.is_overdue else _("no"),
        }


def status_tone(service_request):
    """Awaiting payment waits on the requester: warning colours; other open requests wait on staff."""
    if service_request.status == RequestStatus.AWAITING_PAYMENT:
        return "warning"
    return "primary" if service_request.is_open else None


def requester_summary(service_request):
    return f"{service_request.contact_name} ({service_request.country.name})"


LIST_DISPLAY = [
    "reference",
    Column("service_title", label=gettext_lazy("Service")),
    Column("requester", label=gettext_lazy("Requester"), accessor=requester_summary),
    ToneStatusTagColumn("status", label=gettext_lazy("Status"), accessor="get_status_display", tone=status_tone),
    Column(
        "amount",
        label=gettext_lazy("Amount"),
        accessor=lambda service_request: format_amount(service_request.amount, service_request.currency),
    ),
    Column("assigned", label=gettext_lazy("Assigned to"), accessor=assignee_names),
    DateColumn("created_at", label=gettext_lazy("Submitted"), sort_key="created_at"),
    DueColumn("due_on", label=gettext_lazy("Due"), sort_key="due_on"),
]


class ServiceRequestHandleView(InspectView):
    """One request with everything staff need, and the forms to assign, move it on and reply."""

    any_permission_required = HANDLE
    page_title = gettext_lazy("Handle request")
    template_name = "services/admin/handle.html"

    def get_object(self, queryset=None):
        return get_object_or_404(requests_with_relations().select_related("requester", "organisation"), pk=self.pk)

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_fields_context(self):
        return []  # the template lays the request out itself

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        service_request = self.object
        context.update(
            {
                "service_request": service_request,
                "status_classname": STATUS_TONE_CLASSNAMES.get(status_tone(service_request), ""),
                "amount": format_amount(service_request.amount, service_request.currency),
                "assigned": assignee_names(service_request),
                "answers": selectors.answers_of(service_request),
                # The requester-side download checks access itself; staff who handle requests may open any.
                "attachments": [
                    (attachment, reverse("services:attachment", args=[service_request.reference, attachment.pk]))
                    for attachment in selectors.form_attachments_of(service_request)
                ],
                "panels": hooks.request_admin_panels(service_request),
                "actions": hooks.request_actions(service_request, for_staff=True),
                "history": selectors.history_of(service_request, include_internal=True),
                "thread": selectors.messages_of(service_request),
            }
        )
        context.setdefault("assign_form", AssignForm(service_request=service_request))
        context.setdefault("status_form", StatusChangeForm(service_request=service_request))
        context.setdefault("reply_form", ReplyForm())
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        handler = {"assign": self.assign, "status": self.change_status, "reply": self.reply}.get(action)
        if handler is None:
            return self.back()
        return handler(request)

    def back(self):
        return redirect("service_requests:handle", pk=self.object.pk)

    def invalid(self, **forms):
        messages.error(self.request, _("The form has errors; see below."))
        return self.render_to_response(self.get_context_data(**forms), status=400)

    def assign(self, request):
        form = AssignForm(request.POST, service_request=self.object)
        if not form.is_valid():
            return self.invalid(assign_form=form)
        workflow.assign(
            self.object, staff=form.cleaned_data["staff"], provider=form.cleaned_data["provider"], by=request.user
        )
        messages.success(request, _("Assignment saved."))
        return self.back()

    def change_status(self, request):
        form = StatusChangeForm(request.POST, service_request=self.object)
        if not form.is_valid():
            return self.invalid(status_form=form)
        try:
            workflow.change_status(
                self.object, form.cleaned_data["to_status"], by=request.user, note=form.cleaned_data["note"]
            )
        except workflow.TransitionNotAllowed as error:
            messages.error(request, str(error))
            return self.back()
        messages.success(
            request,
            _("Status changed to “%(status)s”; the requester was told.") % {"status": self.object.get_status_display()},
        )
        return self.back()

    def reply(self, request):
        form = ReplyForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.invalid(reply_form=form)
        workflow.post_message(
            self.object,
            body=form.cleaned_data["body"],
            author=request.user,
            from_staff=True,
            documents=form.documents(),
        )
        messages.success(request, _("Reply sent to %(email)s.") % {"email": self.object.contact_email})
        return self.back()


class ServiceRequestViewSet(RecordPageMixin, ModelViewSet):
    """ "Service requests" in the admin menu: the list, and one request's page for handling it."""

    model = ServiceRequest
    record_view_name = "handle"
    record_permission = "handle"
    name = "service_requests"
    url_prefix = "services/requests"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Service requests")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ServiceRequestIndexView
    inspect_view_class = ServiceRequestHandleView
    filterset_class = ServiceRequestFilterSet
    ordering = "-created_at"
    export_filename = "service-requests"
    search_fields = ["reference", "contact_name", "contact_email"]
    list_display = LIST_DISPLAY
    list_per_page = 30
    copy_view_enabled = False
    add_to_reference_index = False

    def get_permissions_to_register(self):
        # Only the custom permission: requests are created by requesters, never added or edited as records.
        return super().get_permissions_to_register().filter(codename="handle_servicerequest")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *hooks.request_admin_urls(),  # e.g. payments' "<int:pk>/refund/"
        ]


class ServiceRequestsPanel(Component):
    """On the admin home page: how many requests are open and how many are late, each linking to the list."""

    name = "service_requests"
    order = 90
    template_name = "services/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        requests = ServiceRequest.objects
        index_url = reverse("service_requests:index")
        return {
            "open_count": requests.filter(status__in=OPEN_STATUSES).count(),
            "overdue_count": requests.overdue().count(),
            "open_url": f"{index_url}?status=open",
            "overdue_url": f"{index_url}?overdue=true",
        }

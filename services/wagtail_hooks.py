"""Wagtail admin: "Service requests", where staff handle what overseas teams asked for.

Seeing it needs ``services.handle_servicerequest`` (superusers have it); the permission is offered in
the group editor, so a "Service desk" group can be given it without any other rights.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_viewsets import RecordPageMixin

from .admin_forms import ServiceRequestFilterSet
from .admin_views import LIST_DISPLAY, RefundView, ServiceRequestHandleView, ServiceRequestIndexView
from .models import OPEN_STATUSES, ServiceRequest


class ServiceRequestViewSet(RecordPageMixin, ModelViewSet):
    model = ServiceRequest
    record_view_name = "handle"
    record_permission = "handle"
    name = "service_requests"
    url_prefix = "services/requests"
    icon = "clipboard-list"
    menu_label = _("Service requests")
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
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                 name="handle"),
            path("<int:pk>/refund/", RefundView.as_view(), name="refund"),
        ]


@hooks.register("register_admin_viewset")
def register_service_requests():
    return ServiceRequestViewSet()


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


@hooks.register("construct_homepage_panels")
def add_service_requests_panel(request, panels):
    if request.user.has_perm("services.handle_servicerequest"):
        panels.append(ServiceRequestsPanel())

"""Wagtail admin: "Service requests", where staff handle what overseas teams asked for.

Seeing it needs ``services.handle_servicerequest`` (superusers have it); the permission is offered in
the group editor, so a "Service desk" group can be given it without any other rights. The views are
in admin_views.py; the hooks services offers other apps are declared in hooks.py.
"""

from wagtail import hooks

from accounts.hooks import ACCOUNT_DELETION, PERSONAL_DATA_EXPORT
from home.chrome import section_path
from home.hooks import HOME_PAGE_SECTIONS

from . import personal_data
from .admin_views import ServiceRequestsPanel, ServiceRequestViewSet
from .models import ServiceIndexPage


@hooks.register("register_admin_viewset")
def register_service_requests():
    return ServiceRequestViewSet()


@hooks.register("construct_homepage_panels")
def add_service_requests_panel(request, panels):
    if request.user.has_perm("services.handle_servicerequest"):
        panels.append(ServiceRequestsPanel())


@hooks.register(HOME_PAGE_SECTIONS)
def home_service_catalogue(home_page, request):
    """The home page's "Request a service" button, shown once the catalogue is published."""
    return {"service_catalogue_path": section_path(request, ServiceIndexPage)}


# A requester's service requests in their data export and on account deletion (accounts.hooks).
hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_service_requests, order=20)
hooks.register(ACCOUNT_DELETION, personal_data.anonymise_service_requests, order=30)

"""Admin: staff browse organisations and verify them, which shows a "Verified" badge on the public page."""

from wagtail import hooks

from .admin_views import OrganisationViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return OrganisationViewSet("organisations")

"""Wagtail admin of organisations: staff browse them and verify them, which shows a "Verified" badge on the public page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Organisation
from .profiles import unverify_organisation, verify_organisation


class VerificationMixin:
    """Ticking or unticking "verified" goes through the services, which also record when it happened."""

    def save_instance(self):
        verification_changed = "is_verified" in self.form.changed_data
        organisation = super().save_instance()
        if verification_changed:
            if organisation.is_verified:
                verify_organisation(organisation, by=self.request.user)
            else:
                unverify_organisation(organisation, by=self.request.user)
        return organisation


class OrganisationCreateView(VerificationMixin, CreateView):
    pass


class OrganisationEditView(VerificationMixin, EditView):
    pass


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 250
    add_to_admin_menu = True
    add_view_class = OrganisationCreateView
    edit_view_class = OrganisationEditView
    list_display = [
        "name",
        Column("kind", label=_("type"), accessor="get_kind_display"),
        Column("country", label=_("country"), accessor="country.name"),
        BooleanColumn("is_verified", label=_("verified")),
        DateColumn("created_at", label=_("created")),
    ]
    list_filter = ["kind", "country", "is_verified"]
    search_fields = ["name"]
    ordering = ["is_verified", "name"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "is_verified",
                    help_text=_(
                        "Tick once you have checked that the organisation is real and the people using it act for it. "
                        "Verified organisations show a badge on their page and listings."
                    ),
                )
            ],
            heading=_("Verification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("kind"),
                FieldPanel("country"),
                FieldPanel("city"),
                FieldPanel("founded_year"),
                FieldPanel("size"),
                FieldPanel("website"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("sectors"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]

"""Shared pieces of our Wagtail admin viewsets: links to a record's own page, inspect views that show
values as people read them, and status tags coloured by who must act."""

import datetime

from django.db import models
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.admin.views.generic import InspectView
from wagtail.permissions import policy_registry

from .dates import datetime_with_zone


class RecordPageURLFinder(ModelAdminURLFinder):
    """Links a record to its own admin page, if the user may take ``permission`` on it."""

    permission = "change"

    def get_edit_url(self, instance):
        policy = policy_registry.get(instance)
        if self.user and policy and not policy.user_has_permission_for_instance(self.user, self.permission, instance):
            return None
        return self.construct_edit_url(instance)


class RecordPageMixin:
    """For a ModelViewSet whose records are reviewed or handled on ``record_view_name``, not edited.

    Wagtail's other admin pages (where an organisation is used, the history) link each record to its edit
    view; without one, they would fail to build the link. They link to the record's page instead.
    """

    record_view_name = "review"
    record_permission = "change"

    @cached_property
    def url_finder_class(self):
        return type(
            "RecordPageURLFinder",
            (RecordPageURLFinder,),
            {"edit_url_name": self.get_url_name(self.record_view_name), "permission": self.record_permission},
        )

    def get_urlpatterns(self):
        """The list and, at ``<pk>/``, the record's page (the inspect view); records are not created or deleted here."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "<int:pk>/",
                self.construct_view(self.inspect_view_class, **self.get_inspect_view_kwargs()),
                name=self.record_view_name,
            ),
        ]


def readable_value(field, value):
    """A model value as staff read it: Yes/No, dates in the language's format, times in Beijing time with the
    zone named, "—" for nothing. Anything else (text, choice labels, components) is returned as it is."""
    if value is None or value == "":
        return "—"
    if isinstance(field, models.BooleanField) or isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return datetime_with_zone(value)
    return value


class ReadableInspectMixin:
    """For an InspectView: every field shown with ``readable_value``, and amounts formatted.

    ``amount_fields`` maps an amount field to the field holding its currency; the view's
    ``format_amount(amount, currency)`` (given by the app, which knows how its amounts are kept) formats it.
    """

    amount_fields = {}

    def format_amount(self, amount, currency):
        return f"{currency} {amount:,}"

    def get_field_display_value(self, field_name, field):
        if field_name in self.amount_fields:
            amount = getattr(self.object, field_name)
            if amount is None:
                return "—"
            return self.format_amount(amount, getattr(self.object, self.amount_fields[field_name]))
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, Component):
            return value
        return readable_value(field, value)


class ReadableInspectView(ReadableInspectMixin, InspectView):
    """Wagtail's inspect view with human values; set it as a viewset's ``inspect_view_class``."""


STATUS_TONE_CLASSNAMES = {"warning": "w-status--warning", "primary": "w-status--primary"}


class ToneStatusTagColumn(StatusTagColumn):
    """A status tag coloured by ``tone(instance)``: "warning" when someone other than staff must act (a
    returned listing, a request awaiting payment), "primary" when staff must, None otherwise."""

    cell_template_name = "core/admin/status_tag_cell.html"

    def __init__(self, name, tone=None, **kwargs):
        super().__init__(name, **kwargs)
        self.tone = tone

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        tone = self.tone(instance) if callable(self.tone) else self.tone
        context["tone_classname"] = STATUS_TONE_CLASSNAMES.get(tone, "")
        return context

    class Media:
        css = {"all": ["core/admin-status.css"]}

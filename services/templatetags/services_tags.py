"""Template helpers for the service catalogue, request pages and request emails."""

from django import template
from django.urls import reverse
from django.utils import translation

from .. import selectors
from ..money import format_amount

register = template.Library()


@register.filter
def money(amount, currency):
    """``{{ service.price_amount|money:service.price_currency }}`` → “CNY 1,500.00” or “Free”."""
    return format_amount(amount, currency)


@register.simple_tag
def tracking_path(service_request, language=None):
    """The secret link's path, in the active language unless ``language`` is given."""
    return selectors.tracking_path(service_request, language or translation.get_language())


@register.simple_tag
def request_path(service_request):
    """The status page's path in the active language (for signed-in requesters and staff)."""
    return reverse("services:detail", args=[service_request.reference])


@register.simple_tag
def service_catalogue():
    """The live service catalogue page, or None (then links to it are hidden)."""
    return selectors.service_catalogue()


@register.simple_tag
def described_by(bound_field):
    """The ids of the field's help text and error list, for ``aria-describedby``."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_helptext")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_errors")
    return " ".join(ids)


@register.simple_tag
def field_widget(bound_field):
    """The field's widget with ``aria-describedby`` pointing at its help text and its errors, and
    ``aria-invalid`` when it has errors, so screen readers announce both with the field."""
    ids = described_by(bound_field)
    attrs = {"aria-describedby": ids} if ids else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)

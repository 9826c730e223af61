"""Template helpers for the service catalogue, request pages and request emails."""

from django import template
from django.urls import reverse
from django.utils import translation

from core.money import format_amount

from .. import history_notes, selectors

register = template.Library()


@register.filter
def money(amount, currency):
    """``{{ service.price_amount|money:service.price_currency }}`` → “CNY 1,500” (“1,500 元” in Chinese) or “Free”."""
    return format_amount(amount, currency)


@register.filter
def history_note(change, audience="requester"):
    """``{{ change|history_note }}``: a history entry's note in the active language, without processor ids;
    ``{{ change|history_note:"staff" }}`` with every detail, for the staff desk."""
    if audience == "staff":
        return history_notes.note_for_staff(change)
    return history_notes.note_for_requester(change)


@register.simple_tag
def tracking_path(service_request, language=None):
    """The secret link's path, in the active language unless ``language`` is given."""
    return selectors.tracking_path(service_request, language or translation.get_language())


@register.simple_tag
def request_path(service_request):
    """The status page's path in the active language (for signed-in requesters and staff)."""
    return reverse("services:detail", args=[service_request.reference])

"""Tags for the shared form templates (``includes/form_field.html``, ``includes/error_summary.html``)."""

from django import template

from core import form_rendering, pending_uploads

register = template.Library()


@register.simple_tag
def form_widget(bound_field):
    """``{% form_widget field %}``: the input with ARIA for its help text and errors, and "Choose…" selects."""
    return form_rendering.render_widget(bound_field)


@register.simple_tag
def optional_marker(bound_field):
    return form_rendering.optional_marker(bound_field)


@register.simple_tag
def described_by(bound_field):
    return form_rendering.described_by(bound_field)


@register.filter
def is_grouped(bound_field):
    return form_rendering.is_grouped(bound_field)


@register.inclusion_tag("includes/error_summary.html")
def error_summary(*forms):
    """``{% error_summary form %}`` (or several forms validated together): GOV.UK's "There is a problem"."""
    return {"items": form_rendering.error_summary_items(*forms)}


@register.simple_tag
def kept_uploads(bound_field):
    """The files kept for this file field after a failed submission (see ``core.pending_uploads``)."""
    return pending_uploads.kept_for(bound_field)

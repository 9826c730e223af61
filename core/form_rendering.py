"""How every public form looks: one field template, one error summary, GOV.UK style.

``PortalFormRenderer`` (``FORM_RENDERER``) makes ``{{ form }}`` and ``{{ field.as_field_group }}`` use
``includes/form.html`` and ``includes/form_field.html``; templates that lay fields out by hand include
the same field template. The Wagtail admin renders its fields with its own templates and is untouched.

The functions here compute what those templates show: the summary's links, a widget's ARIA attributes,
the "(optional)" marker and the "Choose…" label that replaces Django's "---------".
"""

from django import forms
from django.db.models.fields import BLANK_CHOICE_DASH
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

DJANGO_BLANK_LABEL = BLANK_CHOICE_DASH[0][1]
CHOOSE_LABEL = _("Choose…")
OPTIONAL_MARKER = _("(optional)")
# Widgets drawn as a group of inputs: their label is a legend and the first input gets the focus.
GROUPED_WIDGETS = (forms.CheckboxSelectMultiple, forms.RadioSelect)


class PortalFormRenderer(TemplatesSetting):
    """Django's renderer, with the site's templates for whole forms and single fields."""

    form_template_name = "includes/form.html"
    field_template_name = "includes/form_field.html"


def is_grouped(bound_field):
    return isinstance(bound_field.field.widget, GROUPED_WIDGETS)


def input_id(bound_field):
    """The id of the input an error link should focus: the field's own, or its first option's."""
    if is_grouped(bound_field):
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label or bound_field.auto_id


def error_summary_items(*forms_with_errors):
    """``[{"message", "href"}]`` for the summary: every form's non-field errors first (no link), then each
    field's errors in the order the fields appear, linking to the input. Forms may be None."""
    bound_forms = [form for form in forms_with_errors if form is not None and form.is_bound and form.errors]
    items = [{"message": error, "href": ""} for form in bound_forms for error in form.non_field_errors()]
    for form in bound_forms:
        for bound_field in form:
            href = "" if bound_field.is_hidden else f"#{input_id(bound_field)}"
            items.extend({"message": summary_message(bound_field, error), "href": href} for error in bound_field.errors)
    return items


def summary_message(bound_field, error):
    """The error as the summary lists it: Django's generic "This field is required." names its field."""
    if str(error) == str(forms.Field.default_error_messages["required"]):
        return _("%(label)s: %(message)s") % {"label": bound_field.label, "message": error}
    return error


def described_by(bound_field):
    """The ids of the field's help text and error list, for ``aria-describedby``."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_helptext")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_errors")
    return " ".join(ids)


def use_choose_label(bound_field):
    """Show "Choose…" instead of "---------" as a select's empty choice (model and plain choice fields)."""
    field = bound_field.field
    if getattr(field, "empty_label", None) is not None:  # model choice fields, django-filter's choice fields
        if field.empty_label == DJANGO_BLANK_LABEL:
            field.empty_label = CHOOSE_LABEL
    elif isinstance(field, forms.ChoiceField) and not isinstance(field.widget, GROUPED_WIDGETS):
        choices = list(field.choices)
        if any(value == "" and label == DJANGO_BLANK_LABEL for value, label in choices):
            field.choices = [
                (value, CHOOSE_LABEL if value == "" and label == DJANGO_BLANK_LABEL else label)
                for value, label in choices
            ]


def widget_attrs(bound_field):
    """ARIA for the field's input: its help text and errors, whether it is invalid and required."""
    attrs = {}
    if not is_grouped(bound_field):
        ids = described_by(bound_field)
        if ids:
            attrs["aria-describedby"] = ids
        if bound_field.field.required and bound_field.form.use_required_attribute:
            attrs["aria-required"] = "true"
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return attrs


def render_widget(bound_field):
    """The field's widget with the site's ARIA attributes and select labels."""
    use_choose_label(bound_field)
    return bound_field.as_widget(attrs=widget_attrs(bound_field))


def optional_marker(bound_field):
    """ "(optional)" after the label of a field one may leave empty (GOV.UK marks the optional ones)."""
    field = bound_field.field
    if field.required or isinstance(field.widget, forms.CheckboxInput) or bound_field.is_hidden:
        return ""
    if str(OPTIONAL_MARKER) in str(bound_field.label):
        return ""
    return OPTIONAL_MARKER

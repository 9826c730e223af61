"""Tampered form data in the Wagtail admin gets a form error or a 400 answer, not a server error.

Three library functions trust what the browser sends back, which only a hand-edited request breaks:

- A chooser's "chosen" address (``/admin/snippets/choose/<model>/chosen/<id>/``, the image and document
  choosers) looks up whatever follows ``chosen/``; an id that is not a number raises ValueError. Now it
  is not found (404), as an id of a deleted object already is.
- Chooser widgets (a snippet, page or image field) look the submitted id up again to redraw a form that
  failed validation; an id that is not a number raises ValueError. Now it redraws as "nothing chosen",
  as an id of a deleted object already does, next to the field's "Select a valid choice" error.
- django-modelcluster's formsets (the inline sub-fields of a sector) read each row's id without the checks
  Django's own model formsets have; a missing or malformed id raises KeyError or ValidationError. Now the
  request is refused as suspicious (400), which is what Django does with other forged requests.

``install()`` runs from HomeConfig.ready(), as routing.install() does for page routing.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.http import Http404
from modelcluster.forms import BaseTransientModelFormSet
from wagtail.admin.views.generic.chooser import ChosenViewMixin
from wagtail.admin.widgets.chooser import BaseChooser


class TamperedFormset(SuspiciousOperation):
    """A formset row whose id the admin itself never wrote."""


def _not_found_if_malformed(get):
    def wrapper(self, request, pk, *args, **kwargs):
        try:
            self.model_class._meta.pk.to_python(unquote(str(pk)))
        except ValidationError as error:
            raise Http404 from error
        return get(self, request, pk, *args, **kwargs)

    wrapper.__wrapped__ = get
    return wrapper


def _instance_or_none(get_instance):
    def wrapper(self, value):
        try:
            return get_instance(self, value)
        except (ValueError, TypeError, ValidationError):
            return None

    wrapper.__wrapped__ = get_instance
    return wrapper


def _refuse_forged_rows(construct_form):
    def wrapper(self, i, **kwargs):
        try:
            return construct_form(self, i, **kwargs)
        except (KeyError, IndexError, ValidationError) as error:
            raise TamperedFormset(f"{self.prefix} row {i}: {error!r}"[:200]) from error

    wrapper.__wrapped__ = construct_form
    return wrapper


def install():
    if not hasattr(ChosenViewMixin.get, "__wrapped__"):
        ChosenViewMixin.get = _not_found_if_malformed(ChosenViewMixin.get)
    if not hasattr(BaseChooser.get_instance, "__wrapped__"):
        BaseChooser.get_instance = _instance_or_none(BaseChooser.get_instance)
    if not hasattr(BaseTransientModelFormSet._construct_form, "__wrapped__"):
        BaseTransientModelFormSet._construct_form = _refuse_forged_rows(BaseTransientModelFormSet._construct_form)

"""What every page of the judging desk shares: the staff-only check, the challenge (and phase) from the URL,
breadcrumbs back to the desk, and turning a refused write into a message or a form error."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from challenges.models import Challenge, Status

from ..access import is_judging_staff
from ..models import EvaluationPhase

NAMESPACE = "judging_desk"


def desk_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def judgeable_challenges():
    """Approved challenges: staff may prepare judging before the deadline, and decide after it."""
    return Challenge.objects.filter(status=Status.APPROVED)


class DeskView(WagtailAdminTemplateMixin, View):
    """A desk page about one challenge (``pk`` in the URL). Anyone without the permission is refused."""

    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not is_judging_staff(request.user):
            raise PermissionDenied
        self.challenge = get_object_or_404(judgeable_challenges(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.challenge.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": desk_url("index"), "label": _("Judging")},
            {"url": desk_url("challenge", self.challenge.pk), "label": self.challenge.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(challenge=self.challenge, **kwargs)


class PhaseView(DeskView):
    """A desk page about one phase of the challenge (``phase_pk``); a phase of another challenge is a 404."""

    def dispatch(self, request, *args, **kwargs):
        if not is_judging_staff(request.user):
            raise PermissionDenied
        self.phase = get_object_or_404(
            EvaluationPhase.objects.select_related("challenge").filter(challenge__in=judgeable_challenges()),
            pk=kwargs["phase_pk"],
            challenge_id=kwargs["pk"],
        )
        self.challenge = self.phase.challenge
        return super(DeskView, self).dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.challenge.title} · {self.phase.name}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(phase=self.phase, **kwargs)


def error_text(error):
    return " ".join(error.messages)


def error_summary(*forms):
    """``[(message, "#field-id" or "")]`` for the bound forms and formsets given, for the error summary."""
    items = []
    for form in forms:
        if form is None or not form.is_bound:
            continue
        subforms = getattr(form, "forms", None)
        if subforms is not None:  # a formset
            items += [(error, "") for error in form.non_form_errors()]
            for number, subform in enumerate(subforms, start=1):
                items += [
                    (_("Criterion %(number)s: %(message)s") % {"number": number, "message": message}, href)
                    for message, href in error_summary(subform)
                ]
            continue
        items += [(error, "") for error in form.non_field_errors()]
        for field in form.visible_fields():
            href = f"#{field.id_for_label}" if field.id_for_label else ""
            items += [(f"{field.label}: {error}", href) for error in field.errors]
    return items

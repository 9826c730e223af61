"""The desk's phase pages: a phase's settings with its rubric (one form and its criteria), and its judges
(assigned by the email of their account through ``assignments``, removed while they have no review)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.selectors import display_name

from .. import assignments
from ..admin_forms import AssignJudgeForm, PhaseForm, RubricFormSet
from ..models import EvaluationPhase, JudgeAssignment
from .desk_base import DeskView, PhaseView, desk_url, error_summary, error_text


class PhaseFormMixin:
    template_name = "judging/admin/phase_form.html"

    def forms(self, phase, data=None, initial=None):
        form = PhaseForm(data, instance=phase, challenge=self.challenge, initial=initial)
        rubric = RubricFormSet(data, instance=phase, prefix="criteria")
        return form, rubric

    def render_forms(self, form, rubric, status=200):
        context = self.get_context_data(form=form, rubric=rubric, error_items=error_summary(form, rubric))
        return self.render_to_response(context, status=status)

    def save(self, request, form, rubric):
        if not (form.is_valid() and rubric.is_valid()):
            return self.render_forms(form, rubric, status=400)
        with transaction.atomic():
            phase = form.save()
            rubric.instance = phase
            rubric.save()
        messages.success(request, _("The phase “%(name)s” and its rubric were saved.") % {"name": phase.name})
        return redirect(desk_url("challenge", self.challenge.pk))


class PhaseAddView(PhaseFormMixin, DeskView):
    page_title = gettext_lazy("Add a phase")

    def get(self, request, pk):
        position = self.challenge.evaluation_phases.count() + 1
        return self.render_forms(*self.forms(EvaluationPhase(challenge=self.challenge), initial={"position": position}))

    def post(self, request, pk):
        return self.save(request, *self.forms(EvaluationPhase(challenge=self.challenge), request.POST))


class PhaseEditView(PhaseFormMixin, PhaseView):
    page_title = gettext_lazy("Phase and rubric")

    def get(self, request, pk, phase_pk):
        return self.render_forms(*self.forms(self.phase))

    def post(self, request, pk, phase_pk):
        return self.save(request, *self.forms(self.phase, request.POST))


class PhaseJudgesView(PhaseView):
    """The phase's judges, whether each is ready (agreement and declaration), their recusals, and the
    form to assign another."""

    page_title = gettext_lazy("Judges")
    template_name = "judging/admin/phase_judges.html"

    def render_page(self, form, status=200):
        judges = self.phase.assignments.select_related("judge__profile", "assigned_by").annotate(
            review_count=Count("reviews", distinct=True), recusal_count=Count("recusals", distinct=True)
        )
        judges = list(judges)
        for assignment in judges:
            assignment.judge_name = display_name(assignment.judge)
        context = self.get_context_data(
            form=form,
            error_items=error_summary(form),
            judges=judges,
            has_rubric=self.phase.criteria.exists(),
            is_open=self.phase.is_open(),
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk, phase_pk):
        return self.render_page(AssignJudgeForm())

    def post(self, request, pk, phase_pk):
        form = AssignJudgeForm(request.POST)
        if not form.is_valid():
            return self.render_page(form, status=400)
        try:
            assignment = assignments.assign_judge(self.phase, form.cleaned_data["email"], request.user)
        except ValidationError as error:
            form.add_error("email", error)
            return self.render_page(form, status=400)
        messages.success(
            request,
            _("%(email)s is a judge of this phase and was emailed a link to begin.")
            % {"email": assignment.judge.email},
        )
        return redirect(desk_url("judges", self.challenge.pk, self.phase.pk))


class RemoveJudgeView(PhaseView):
    http_method_names = ["post"]

    def post(self, request, pk, phase_pk, assignment_pk):
        assignment = get_object_or_404(JudgeAssignment, pk=assignment_pk, phase=self.phase)
        try:
            assignments.remove_assignment(assignment, request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("The judge was removed from this phase."))
        return redirect(desk_url("judges", self.challenge.pk, self.phase.pk))

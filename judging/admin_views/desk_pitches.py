"""The desk's pitch agenda: for a phase of kind "pitch round", the agenda in time order, then every entry of
the phase's pool with its slot and a form to set or replace it (``pitches.schedule``, which emails the
team lead) or to remove it (``pitches.unschedule``). A refused slot is shown next to its form, as typed."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import rate_limits
from core.pagination import paginate

from .. import pitches
from ..admin_forms import PitchSlotForm
from ..choices import PhaseKind
from ..models import PitchSlot
from ..selectors import winner_name
from ..standings import pool_entries
from .desk_base import PhaseView, desk_url, error_summary
from .outcomes_base import int_or_none

ENTRIES_PER_PAGE = 50
SLOT_EMAILS_PER_HOUR = 300  # per staff member and client address: every saved slot emails a team lead
HOUR = 60 * 60


def form_prefix(submission_pk):
    return f"entry-{submission_pk}"


def page_number(request):
    """The agenda page to come back to, from the form's action (junk is page 1)."""
    value = int_or_none(request.GET.get("page"))
    return value if value is not None and 0 < value < 100_000 else 1


class PitchPhaseView(PhaseView):
    """A page about a pitch-round phase; any other phase has no agenda (404)."""

    def get_phase_entries(self):
        if self.phase.kind != PhaseKind.PITCH:
            raise Http404
        return pool_entries(self.phase)

    def agenda_url(self, submission_pk=None):
        url = desk_url("pitch_agenda", self.challenge.pk, self.phase.pk) + f"?page={page_number(self.request)}"
        return f"{url}#{form_prefix(submission_pk)}" if submission_pk else url


class PitchAgendaView(PitchPhaseView):
    page_title = gettext_lazy("Pitch agenda")
    template_name = "judging/admin/pitch_agenda.html"

    def render_page(self, bound_form=None, bound_pk=None, status=200):
        entries = paginate(
            self.request,
            self.get_phase_entries().select_related("registration__user__profile").order_by("reference", "pk"),
            per_page=ENTRIES_PER_PAGE,
        )
        slots = pitches.slots_by_entry(self.phase, [submission.pk for submission in entries])
        rows = []
        for submission in entries:
            slot = slots.get(submission.pk)
            if submission.pk == bound_pk:
                form = bound_form
            else:
                form = PitchSlotForm.for_slot(slot, form_prefix(submission.pk))
            rows.append({"submission": submission, "entrant": winner_name(submission), "slot": slot, "form": form})
        context = self.get_context_data(
            agenda=pitches.agenda(self.phase),
            rows=rows,
            entries=entries,
            error_items=error_summary(bound_form),
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk, phase_pk):
        return self.render_page()

    def post(self, request, pk, phase_pk):
        """Set or replace the slot of the entry the form names (``entry``); refused slots keep what was typed."""
        entry_pk = request.POST.get("entry")
        submission = get_object_or_404(
            self.get_phase_entries().select_related("registration__user__profile", "evaluation", "challenge"),
            pk=int_or_none(entry_pk),
        )
        form = PitchSlotForm(request.POST, prefix=form_prefix(submission.pk))
        if not form.is_valid():
            return self.render_page(form, submission.pk, status=400)
        if not rate_limits.consume(rate_limits.rate_keys("pitch-slot", request), SLOT_EMAILS_PER_HOUR, HOUR):
            form.add_error(None, _("Too many slots were saved in the last hour. Please try again later."))
            return self.render_page(form, submission.pk, status=429)
        try:
            pitches.schedule(self.phase, submission, request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_page(form, submission.pk, status=400)
        messages.success(
            request,
            _("“%(title)s” has its slot; its team lead was emailed when and where they pitch.")
            % {"title": submission.title},
        )
        return redirect(self.agenda_url(submission.pk))


class UnscheduleView(PitchPhaseView):
    http_method_names = ["post"]

    def post(self, request, pk, phase_pk, submission_pk):
        self.get_phase_entries()  # a phase that is no pitch round has no slots to remove
        slot = get_object_or_404(PitchSlot, phase=self.phase, submission_id=submission_pk)
        try:
            pitches.unschedule(slot, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The slot was removed from the agenda."))
        return redirect(self.agenda_url(submission_pk))

"""The desk's entries: screening and decisions on a challenge's sent submissions, one at a time or many at
once (all or none), each entry's history of decisions, and the recusals of its judges. Moves go through
``decisions``; the statuses offered come from ``decisions.ALLOWED_FROM``."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from challenges.choices import SubmissionStatus
from challenges.models import Submission
from core.pagination import paginate

from .. import decisions
from ..admin_forms import BulkDecisionForm, DecisionForm, EntryFilterForm
from ..models import Decision, EntryStatus, Evaluation, Recusal, Review
from ..standings import entrant_name
from .desk_base import DeskView, desk_url, error_summary

ENTRIES_PER_PAGE = 50


def entries_of(challenge):
    """The challenge's sent submissions that have an evaluation, with their history, in reference order."""
    history = Decision.objects.select_related("decided_by__profile").order_by("decided_at", "pk")
    return (
        Submission.objects.filter(challenge=challenge, status=SubmissionStatus.SUBMITTED, evaluation__isnull=False)
        .select_related("evaluation", "registration__user__profile")
        .prefetch_related(Prefetch("evaluation__decisions", queryset=history))
        .order_by("reference", "pk")
    )


def recusals_of(challenge, submission=None):
    recusals = Recusal.objects.filter(submission__challenge=challenge)
    if submission is not None:
        recusals = recusals.filter(submission=submission)
    return recusals.select_related("assignment__judge__profile", "assignment__phase", "submission").order_by(
        "submission__reference", "assignment__phase__position", "pk"
    )


def status_counts(challenge):
    """``[(status, label, count)]`` for every status, in the order of ``EntryStatus``."""
    rows = (
        Evaluation.objects.filter(submission__challenge=challenge, submission__status=SubmissionStatus.SUBMITTED)
        .values_list("status")
        .annotate(count=Count("pk"))
    )
    counts = dict(rows)
    return [(status.value, status.label, counts.get(status.value, 0)) for status in EntryStatus]


class EntriesView(DeskView):
    page_title = gettext_lazy("Entries and decisions")
    template_name = "judging/admin/entries.html"

    def render_page(self, bulk_form, status=200):
        filter_form = EntryFilterForm(self.request.GET)
        entries = entries_of(self.challenge)
        if filter_form.is_valid() and filter_form.cleaned_data["status"]:
            entries = entries.filter(evaluation__status=filter_form.cleaned_data["status"])
        selected = {str(pk) for pk in bulk_form.data.getlist("evaluations")} if bulk_form.is_bound else set()
        page = paginate(self.request, entries, per_page=ENTRIES_PER_PAGE)
        for submission in page:
            submission.entrant_name = entrant_name(submission)
        context = self.get_context_data(
            entries=page,
            error_items=error_summary(bulk_form),
            filter_form=filter_form,
            status_counts=status_counts(self.challenge),
            bulk_form=bulk_form,
            selected=selected,
            recusals=recusals_of(self.challenge),
            deadline_passed=decisions.deadline_passed(self.challenge),
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk):
        # Sent entries get their evaluation row on first sight after the deadline (idempotent, no visible change).
        decisions.ensure_evaluations(self.challenge)
        return self.render_page(BulkDecisionForm(challenge=self.challenge))

    def post(self, request, pk):
        form = BulkDecisionForm(request.POST, challenge=self.challenge)
        if not form.is_valid():
            return self.render_page(form, status=400)
        to_status = form.cleaned_data["to_status"]
        try:
            made = decisions.decide_many(
                form.cleaned_data["evaluations"], to_status, request.user, form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_page(form, status=400)
        messages.success(
            request,
            ngettext("%(count)d entry is now “%(status)s”.", "%(count)d entries are now “%(status)s”.", len(made))
            % {"count": len(made), "status": EntryStatus(to_status).label},
        )
        return redirect(desk_url("entries", self.challenge.pk))


class EntryView(DeskView):
    """One entry: where it stands, its history, its judges' recusals and reviews, and the next decision."""

    page_title = gettext_lazy("Entry")
    template_name = "judging/admin/entry.html"

    def get_page_title(self):
        return self.submission.reference or self.submission.title

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        return [*items[:-1], {"url": desk_url("entries", self.challenge.pk), "label": _("Entries")}, items[-1]]

    def load(self, submission_pk):
        self.submission = get_object_or_404(entries_of(self.challenge), pk=submission_pk)
        self.evaluation = self.submission.evaluation

    def render_page(self, form, status=200):
        reviews = (
            Review.objects.filter(submission=self.submission)
            .select_related("assignment__judge__profile", "assignment__phase")
            .order_by("assignment__phase__position", "submitted_at")
        )
        context = self.get_context_data(
            submission=self.submission,
            evaluation=self.evaluation,
            history=self.evaluation.decisions.all(),
            recusals=recusals_of(self.challenge, self.submission),
            reviews=reviews,
            form=form,
            error_items=error_summary(form),
            entrant_name=entrant_name(self.submission),
            deadline_passed=decisions.deadline_passed(self.challenge),
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk, submission_pk):
        self.load(submission_pk)
        return self.render_page(DecisionForm(evaluation=self.evaluation))

    def post(self, request, pk, submission_pk):
        self.load(submission_pk)
        form = DecisionForm(request.POST, evaluation=self.evaluation)
        if not form.is_valid():
            return self.render_page(form, status=400)
        to_status = form.cleaned_data["to_status"]
        try:
            decisions.decide(self.evaluation, to_status, request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error("reason" if error.code == "reason_required" else None, error)
            return self.render_page(form, status=400)
        messages.success(
            request,
            _("%(entry)s is now “%(status)s”.")
            % {"entry": self.submission.reference or self.submission.title, "status": EntryStatus(to_status).label},
        )
        return redirect(desk_url("entry", self.challenge.pk, self.submission.pk))

"""The staff's feedback page of one challenge: a form per entrant (reason code and text), and one button that
sends every entrant their feedback, refused while any has none (``feedback.send_feedback``)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from challenges.choices import SubmissionStatus
from challenges.models import Submission
from core.pagination import paginate

from .. import feedback
from ..admin_forms_outcomes import FeedbackForm
from .outcomes_base import OutcomesView, int_or_none, outcomes_url

PER_PAGE = 25


def _entries(challenge):
    return (
        Submission.objects.filter(challenge=challenge, status=SubmissionStatus.SUBMITTED)
        .select_related("registration__user__profile", "evaluation", "feedback")
        .order_by("reference", "pk")
    )


def _form_for(submission, data=None):
    written = getattr(submission, "feedback", None)
    initial = {"reason": written.reason, "text": written.text} if written else None
    return FeedbackForm(data, prefix=f"entry-{submission.pk}", initial=initial)


class FeedbackDeskView(OutcomesView):
    page_title = gettext_lazy("Feedback")
    template_name = "judging/admin_outcomes/feedback.html"

    def _page(self, bound=None):
        page = paginate(self.request, _entries(self.challenge), per_page=PER_PAGE)
        rows = []
        for submission in page:
            written = getattr(submission, "feedback", None)
            is_bound = bound is not None and bound.prefix == f"entry-{submission.pk}"
            form = bound if is_bound else (None if written and written.sent_at else _form_for(submission))
            rows.append({"submission": submission, "feedback": written, "form": form})
        return page, rows

    def _render(self, bound=None, status=200):
        page, rows = self._page(bound)
        entries = _entries(self.challenge)
        context = self.get_context_data(
            page_obj=page,
            rows=rows,
            entry_count=entries.count(),
            missing_count=feedback.entries_without_feedback(self.challenge).count(),
            unsent_count=entries.filter(feedback__isnull=False, feedback__sent_at__isnull=True).count(),
            shows_scores=feedback.shows_scores(self.challenge),
            form=bound,
        )
        return self.render_to_response(context, status=status)

    def get(self, request, challenge_pk):
        return self._render()

    def _back(self):
        url = outcomes_url("feedback", self.challenge.pk)
        page = self.request.GET.get("page")
        return HttpResponseRedirect(f"{url}?page={page}" if page and page.isdigit() else url)

    def post(self, request, challenge_pk):
        if request.POST.get("action") == "send":
            try:
                count = feedback.send_feedback(self.challenge, request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    ngettext(
                        "Feedback was sent to %(count)d entrant, in their language.",
                        "Feedback was sent to %(count)d entrants, each in their language.",
                        count,
                    )
                    % {"count": count},
                )
            return self._back()
        submission = _entries(self.challenge).filter(pk=int_or_none(request.POST.get("submission"))).first()
        if submission is None:
            messages.error(request, _("That entry is not one of this challenge's sent submissions."))
            return self._back()
        form = _form_for(submission, request.POST)
        if not form.is_valid():
            return self._render(bound=form, status=400)
        try:
            feedback.write_feedback(submission, form.cleaned_data["reason"], form.cleaned_data["text"], request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self._render(bound=form, status=400)
        messages.success(request, _("Feedback for %(entry)s is saved.") % {"entry": submission.reference})
        return self._back()

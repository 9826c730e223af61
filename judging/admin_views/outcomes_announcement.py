"""The staff's winners page of one challenge: an award for each winning entry (amount, currency, the date it
is to be paid by, which the seeker is told), then the public announcement with the seeker's statement in
both languages and, if wanted, a draft news item."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from challenges.choices import SubmissionStatus
from challenges.models import Submission

from .. import announcements, awards
from ..admin_forms_outcomes import AnnouncementForm, AwardForm
from ..models import EntryStatus, WinnerAnnouncement
from .outcomes_base import OutcomesView, int_or_none, outcomes_url


def _winning_entries(challenge):
    return (
        Submission.objects.filter(
            challenge=challenge, status=SubmissionStatus.SUBMITTED, evaluation__status=EntryStatus.WINNER
        )
        .select_related("registration__user__profile__organisation", "award")
        .order_by("reference", "pk")
    )


def _award_form(submission, data=None):
    return AwardForm(data, prefix=f"award-{submission.pk}", initial={"currency": submission.challenge.award_currency})


def _announcement_form(announcement, data=None):
    initial = None
    if announcement is not None:
        initial = {
            "seeker_statement_en": announcement.seeker_statement_en,
            "seeker_statement_zh_hans": announcement.seeker_statement_zh_hans,
        }
    return AnnouncementForm(data, prefix="announcement", initial=initial)


class AnnouncementView(OutcomesView):
    page_title = gettext_lazy("Winners and announcement")
    template_name = "judging/admin_outcomes/announcement.html"

    def _announcement(self):
        return WinnerAnnouncement.objects.filter(challenge=self.challenge).select_related("news_page").first()

    def _render(self, bound_award=None, announcement_form=None, status=200):
        announcement = self._announcement()
        rows = []
        for submission in _winning_entries(self.challenge):
            made = getattr(submission, "award", None)
            form = None
            if made is None:
                is_bound = bound_award is not None and bound_award.prefix == f"award-{submission.pk}"
                form = bound_award if is_bound else _award_form(submission)
            rows.append(
                {
                    "submission": submission,
                    "award": made,
                    "form": form,
                    "record_url": outcomes_url("review", made.pk) if made else "",
                }
            )
        news_edit_url = ""
        if announcement is not None and announcement.news_page_id:
            news_edit_url = reverse("wagtailadmin_pages:edit", args=[announcement.news_page_id])
        context = self.get_context_data(
            rows=rows,
            has_award=any(row["award"] for row in rows),
            announcement=announcement,
            announcement_form=announcement_form or _announcement_form(announcement),
            public_url=reverse("judging:winners", args=[self.challenge.pk]),
            news_edit_url=news_edit_url,
            form=bound_award or announcement_form,
        )
        return self.render_to_response(context, status=status)

    def get(self, request, challenge_pk):
        return self._render()

    def post(self, request, challenge_pk):
        if request.POST.get("action") == "publish":
            return self._publish(request)
        submission = _winning_entries(self.challenge).filter(pk=int_or_none(request.POST.get("submission"))).first()
        if submission is None:
            messages.error(request, _("That entry is not a winner of this challenge."))
            return redirect(outcomes_url("announcement", self.challenge.pk))
        form = _award_form(submission, request.POST)
        if not form.is_valid():
            return self._render(bound_award=form, status=400)
        try:
            awards.award(submission, request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self._render(bound_award=form, status=400)
        messages.success(
            request,
            _("The award to %(entry)s is made; the team and the seeker are told, with the due date.")
            % {"entry": submission.reference},
        )
        return redirect(outcomes_url("announcement", self.challenge.pk))

    def _publish(self, request):
        form = _announcement_form(self._announcement(), request.POST)
        if not form.is_valid():
            return self._render(announcement_form=form, status=400)
        try:
            announcement = announcements.publish_announcement(self.challenge, request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self._render(announcement_form=form, status=400)
        message = _("The winners' page is published.")
        if form.cleaned_data["make_news_item"] and announcement.news_page_id:
            message += " " + _("A draft news item is ready for the editors.")
        messages.success(request, message)
        return redirect(outcomes_url("announcement", self.challenge.pk))

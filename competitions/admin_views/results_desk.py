"""A competition's results desk: the standings per track as they would be published, whether scoring is still
open in a round, publishing or taking down the results (``results``), and inviting finalists and winners into
the soft-landing services (``invitations``), with the invitations already sent. Queries do not grow with the
number of entries."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from challenges.choices import SubmissionStatus
from core import rate_limits
from judging.admin_views.desk_base import error_text
from judging.selectors import winner_name

from .. import invitations, results
from ..models import Application
from .base import CompetitionDeskView, admin_url

INVITATIONS_PER_HOUR = 100  # per staff member and client address: each one sends an email
HOUR = 60 * 60


def invitable_applications(competition):
    """Sent applications whose entry is a finalist or a winner, with their invitations (two queries)."""
    applications = (
        Application.objects.filter(
            competition=competition,
            submission__status=SubmissionStatus.SUBMITTED,
            submission__evaluation__status__in=invitations.INVITABLE,
        )
        .select_related("submission__registration__user__profile", "submission__evaluation", "track")
        .prefetch_related("soft_landing_invitations")
        .order_by("track__sort_order", "track", "submission__reference", "pk")
    )
    for application in applications:
        application.entrant = winner_name(application.submission)
        yield application


class ResultsDeskView(CompetitionDeskView):
    page_title = gettext_lazy("Results")
    template_name = "competitions/admin/results_desk.html"

    def get(self, request, pk):
        competition = self.competition
        ranked = results.standings(competition)
        for _track, rows in ranked:
            for row in rows:
                row.entrant = winner_name(row.application.submission)
        online, pitch = results.rounds(competition)
        context = self.get_context_data(
            ranked=ranked,
            has_standings=any(rows for _track, rows in ranked),
            online_round=online,
            pitch_round=pitch,
            open_rounds=results.unclosed_rounds(competition),
            finalists=list(invitable_applications(competition)),
        )
        return self.render_to_response(context)


class PublishView(CompetitionDeskView):
    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            results.publish(self.competition, request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("The results are published on the competition's page."))
        return redirect(admin_url("results", self.competition.pk))


class WithdrawView(CompetitionDeskView):
    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            results.withdraw(self.competition, request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("The results were taken down; the public no longer sees them."))
        return redirect(admin_url("results", self.competition.pk))


class InviteView(CompetitionDeskView):
    http_method_names = ["post"]

    def post(self, request, pk, application_pk):
        application = get_object_or_404(
            Application.objects.select_related(
                "submission__registration__user", "submission__evaluation", "track", "competition__challenge"
            ),
            pk=application_pk,
            competition=self.competition,
        )
        if not rate_limits.consume(
            rate_limits.rate_keys("competition-invitation", request), INVITATIONS_PER_HOUR, HOUR
        ):
            messages.error(request, _("Too many invitations were sent in the last hour. Please try again later."))
            return redirect(admin_url("results", self.competition.pk))
        try:
            invitations.invite(application, request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request,
                _("“%(project)s” was invited to the soft-landing services; its team lead was emailed.")
                % {"project": application.submission.title},
            )
        return redirect(admin_url("results", self.competition.pk))

"""The staff's judging desk in the Wagtail admin ("Judging" in the menu, next to Challenges).

- the challenges to judge (closed for submissions, or with phases already; open ones on a second tab, to
  prepare judging ahead), with their entries, those awaiting screening and those shortlisted;
- a challenge's judging page: its options (anonymous judging, scores in feedback) and its phases;
- a phase's settings and rubric, and its judges (``desk_phases``);
- the entries, screening and decisions, with each entry's history and the recusals (``desk_entries``);
- a phase's standings, reconciliation of outliers, and the exports (``desk_standings``);
- a pitch round's agenda: each entry's slot, room or online link (``desk_pitches``).

Every page needs ``challenges.change_challenge`` (``access.is_judging_staff``); others are refused.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from challenges.choices import SubmissionStatus
from core.pagination import paginate

from ..access import is_judging_staff
from ..admin_forms import JudgingOptionsForm
from ..models import EntryStatus, EvaluationPhase, JudgingOptions
from . import desk_entries, desk_phases, desk_pitches, desk_standings
from .desk_base import NAMESPACE, DeskView, desk_url, error_summary, judgeable_challenges

SENT = Q(submissions__status=SubmissionStatus.SUBMITTED)
AWAITING = SENT & (
    Q(submissions__evaluation__isnull=True) | Q(submissions__evaluation__status=EntryStatus.AWAITING_SCREENING)
)


def with_entry_counts(challenges):
    return challenges.annotate(
        entry_count=Count("submissions", filter=SENT, distinct=True),
        awaiting_count=Count("submissions", filter=AWAITING, distinct=True),
        shortlisted_count=Count(
            "submissions", filter=SENT & Q(submissions__evaluation__status=EntryStatus.SHORTLISTED), distinct=True
        ),
    )


def desk_challenges(show_open=False, now=None):
    """Closed challenges and those with phases, latest deadline first; or (``show_open``) open ones without."""
    now = now or timezone.now()
    has_phases = Exists(EvaluationPhase.objects.filter(challenge=OuterRef("pk")))
    challenges = judgeable_challenges().select_related("organisation")
    if show_open:
        challenges = challenges.filter(~has_phases, submission_deadline__gt=now).order_by("submission_deadline", "pk")
    else:
        challenges = challenges.filter(has_phases | Q(submission_deadline__lte=now)).order_by(
            "-submission_deadline", "-pk"
        )
    return with_entry_counts(challenges)


class ChallengeListView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Judging")
    header_icon = "clipboard-list"
    template_name = "judging/admin/challenge_list.html"

    def dispatch(self, request, *args, **kwargs):
        if not is_judging_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        show_open = request.GET.get("show") == "open"
        challenges = paginate(request, desk_challenges(show_open), per_page=25)
        return self.render_to_response(self.get_context_data(challenges=challenges, show_open=show_open))


class ChallengeJudgingView(DeskView):
    """A challenge's judging: its counts, its options and its phases."""

    page_title = gettext_lazy("Judging")
    template_name = "judging/admin/challenge_judging.html"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": desk_url("index"), "label": _("Judging")},
            {"url": "", "label": self.challenge.title},
        ]

    def options_form(self, data=None):
        options = JudgingOptions.objects.filter(challenge=self.challenge).first()
        return JudgingOptionsForm(data, instance=options or JudgingOptions(challenge=self.challenge))

    def render_page(self, options_form, status=200):
        counted = with_entry_counts(judgeable_challenges().filter(pk=self.challenge.pk)).get()
        phases = self.challenge.evaluation_phases.annotate(
            criteria_count=Count("criteria", distinct=True),
            judge_count=Count("assignments", distinct=True),
        )
        context = self.get_context_data(
            options_form=options_form,
            error_items=error_summary(options_form),
            counts=counted,
            phases=phases,
            deadline_passed=timezone.now() >= self.challenge.submission_deadline,
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk):
        return self.render_page(self.options_form())

    def post(self, request, pk):
        form = self.options_form(request.POST)
        if not form.is_valid():
            return self.render_page(form, status=400)
        form.save()
        messages.success(request, _("The judging options were saved."))
        return redirect(desk_url("challenge", self.challenge.pk))


class EntriesAwaitingScreeningPanel(Component):
    """On the admin home page: sent entries of closed challenges that nobody has screened yet."""

    name = "judging_awaiting_screening"
    order = 95
    template_name = "judging/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        closed = judgeable_challenges().filter(submission_deadline__lte=timezone.now())
        total = closed.aggregate(total=Count("submissions", filter=AWAITING, distinct=True))["total"]
        return {"total_count": total, "desk_url": desk_url("index")}


class JudgingMenuItem(MenuItem):
    def is_shown(self, request):
        return is_judging_staff(request.user)


class JudgingDeskViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "judging"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Judging")
    menu_order = 261  # just after Challenges (260)
    add_to_admin_menu = True
    menu_item_class = JudgingMenuItem

    def get_urlpatterns(self):
        challenge = "<int:pk>/"
        phase = f"{challenge}phases/<int:phase_pk>/"
        return [
            path("", ChallengeListView.as_view(), name="index"),
            path(challenge, ChallengeJudgingView.as_view(), name="challenge"),
            path(f"{challenge}phases/add/", desk_phases.PhaseAddView.as_view(), name="phase_add"),
            path(phase, desk_phases.PhaseEditView.as_view(), name="phase"),
            path(f"{phase}judges/", desk_phases.PhaseJudgesView.as_view(), name="judges"),
            path(
                f"{phase}judges/<int:assignment_pk>/remove/",
                desk_phases.RemoveJudgeView.as_view(),
                name="judge_remove",
            ),
            path(f"{phase}standings/", desk_standings.StandingsView.as_view(), name="standings"),
            path(f"{phase}agenda/", desk_pitches.PitchAgendaView.as_view(), name="pitch_agenda"),
            path(
                f"{phase}agenda/<int:submission_pk>/remove/",
                desk_pitches.UnscheduleView.as_view(),
                name="pitch_unschedule",
            ),
            path(
                f"{phase}reviews/<int:review_pk>/reconcile/",
                desk_standings.ReconcileView.as_view(),
                name="reconcile",
            ),
            path(
                f"{phase}export/<slug:sheet>.<slug:export_format>", desk_standings.ExportView.as_view(), name="export"
            ),
            path(f"{challenge}entries/", desk_entries.EntriesView.as_view(), name="entries"),
            path(f"{challenge}entries/<int:submission_pk>/", desk_entries.EntryView.as_view(), name="entry"),
        ]

"""What the staff's outcome pages share: the staff-only check, the challenge from the URL, breadcrumbs back to
the awards, and the list of challenges whose judging can end in feedback, awards and an announcement."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from challenges.choices import SubmissionStatus
from challenges.models import Challenge, Status
from core.pagination import paginate

from ..access import is_judging_staff
from ..models import EntryStatus, WinnerAnnouncement

NAMESPACE = "awards"


def outcomes_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def int_or_none(value):
    """A posted id as an int, or None for anything else (the lookup then matches nothing)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def challenges_with_entries():
    """Approved challenges past their deadline, with the counts the staff's list shows (one query)."""
    sent = Q(submissions__status=SubmissionStatus.SUBMITTED)
    return (
        Challenge.objects.filter(status=Status.APPROVED, submission_deadline__lte=timezone.now())
        .select_related("organisation")
        .annotate(
            entry_count=Count("submissions", filter=sent, distinct=True),
            feedback_sent_count=Count(
                "submissions", filter=sent & Q(submissions__feedback__sent_at__isnull=False), distinct=True
            ),
            winner_count=Count(
                "submissions", filter=sent & Q(submissions__evaluation__status=EntryStatus.WINNER), distinct=True
            ),
            award_count=Count("awards", distinct=True),
            is_announced=Exists(
                WinnerAnnouncement.objects.filter(challenge=OuterRef("pk"), published_at__isnull=False)
            ),
        )
        .order_by("-submission_deadline", "-pk")
    )


class OutcomesView(WagtailAdminTemplateMixin, View):
    """A staff page about one challenge (``challenge_pk``); anyone without the permission is refused."""

    header_icon = "success"

    def dispatch(self, request, *args, **kwargs):
        if not is_judging_staff(request.user):
            raise PermissionDenied
        self.challenge = get_object_or_404(
            Challenge.objects.filter(status=Status.APPROVED).select_related("organisation", "owner"),
            pk=kwargs["challenge_pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.challenge.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": outcomes_url("index"), "label": _("Awards")},
            {"url": outcomes_url("challenges"), "label": _("Results by challenge")},
            {"url": "", "label": f"{self.challenge.title} · {self.get_page_title()}"},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            challenge=self.challenge,
            feedback_url=outcomes_url("feedback", self.challenge.pk),
            announcement_url=outcomes_url("announcement", self.challenge.pk),
            **kwargs,
        )


class ChallengeResultsView(WagtailAdminTemplateMixin, View):
    """Closed challenges, newest deadline first: entries, feedback sent, winners, awards, announced or not."""

    page_title = gettext_lazy("Results by challenge")
    header_icon = "success"
    template_name = "judging/admin_outcomes/challenges.html"

    def dispatch(self, request, *args, **kwargs):
        if not is_judging_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": outcomes_url("index"), "label": _("Awards")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request):
        page = paginate(request, challenges_with_entries(), per_page=25)
        return self.render_to_response(self.get_context_data(challenges=page, page_obj=page))

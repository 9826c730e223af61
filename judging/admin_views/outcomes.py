"""Wagtail admin of what judging ends in: awards tracked to payment, and from their pages the introduction
to the seeker and the deal's outcome. The viewset also serves the per-challenge pages: results by
challenge, feedback for every entrant (``outcomes_feedback``) and the winners' announcement
(``outcomes_announcement``).

Permission is ``challenges.change_challenge`` (``access.is_judging_staff``), the same as for vetting and
the judging desk: the viewset checks it through a policy on the Challenge model's permissions, and every
write goes through ``awards`` or ``deals``, which check it again.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from challenges.models import Challenge
from core.admin_viewsets import ReadableInspectMixin, RecordPageMixin, ToneStatusTagColumn

from .. import awards, deals
from ..admin_forms_outcomes import StepDateForm
from ..forms_outcomes import DealOutcomeForm
from ..models import Award, AwardStatus
from ..selectors import winner_name
from .outcomes_announcement import AnnouncementView
from .outcomes_base import ChallengeResultsView, outcomes_url
from .outcomes_feedback import FeedbackDeskView


def payment_state(award):
    """In words, for the list: paid, overdue since the due date, or still on time."""
    if award.status == AwardStatus.PAID:
        return _("Paid")
    if award.is_overdue():
        return _("Overdue: was due %(date)s") % {"date": date_format(award.due_on, "DATE_FORMAT")}
    return _("On time")


def status_tone(award):
    """An overdue award waits on staff to chase it: primary."""
    return "primary" if award.is_overdue() else None


class AwardIndexView(IndexView):
    any_permission_required = ["change"]
    page_title = gettext_lazy("Awards")

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("challenge", "submission__registration__user__profile")
            .order_by("-awarded_at", "-pk")
        )

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        return []

    @cached_property
    def header_buttons(self):
        """Awards are made on a challenge's winners page: the way there is through the results by challenge."""
        return [HeaderButton(_("Results by challenge"), url=outcomes_url("challenges"), icon_name="list-ul")]


class AwardRecordView(ReadableInspectMixin, InspectView):
    """One award: its shares, the next step to payment (with its date), the introduction and the deal."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Award")
    template_name = "judging/admin_outcomes/award_record.html"
    amount_fields = {"amount": "currency"}

    def format_amount(self, amount, currency):
        return self.object.amount_text

    def get_object(self, queryset=None):
        return get_object_or_404(
            Award.objects.select_related(
                "challenge__organisation", "challenge__owner", "submission__registration__user__profile", "deal"
            ).prefetch_related("shares"),
            pk=self.pk,
        )

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = self.object
        deal = getattr(record, "deal", None)
        context.update(
            award=record,
            winner=winner_name(record.submission),
            shares=record.shares.all(),
            payment_state=payment_state(record),
            next_step=awards.next_step(record),
            step_form=kwargs.get("step_form") or StepDateForm(),
            deal=deal,
            outcome_form=kwargs.get("outcome_form") or DealOutcomeForm(deal=deal),
            announcement_url=outcomes_url("announcement", record.challenge_id),
        )
        return context

    def post(self, request, *args, **kwargs):
        record = self.object
        action = request.POST.get("action")
        try:
            if action in ("sign", "pay"):
                form = StepDateForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(step_form=form), status=400)
                step = awards.mark_agreement_signed if action == "sign" else awards.mark_paid
                step(record, request.user, form.cleaned_data["on"])
                messages.success(request, _("The award is now “%(status)s”.") % {"status": record.get_status_display()})
            elif action == "introduce":
                deals.introduce(record, request.user)
                messages.success(
                    request, _("The winner and the seeker are introduced; both have the other's contacts.")
                )
            elif action == "outcome" and hasattr(record, "deal"):
                form = DealOutcomeForm(request.POST, deal=record.deal)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(outcome_form=form), status=400)
                deals.record_outcome(record.deal, request.user, **form.cleaned_data)
                messages.success(request, _("The deal's outcome is recorded."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(outcomes_url("review", record.pk))


class AwardViewSet(RecordPageMixin, ModelViewSet):
    model = Award
    name = "awards"
    url_prefix = "awards"
    icon = "success"
    menu_label = gettext_lazy("Awards")
    menu_order = 275
    add_to_admin_menu = True
    index_view_class = AwardIndexView
    inspect_view_class = AwardRecordView
    inspect_view_fields = [
        "challenge",
        "submission",
        "amount",
        "description",
        "status",
        "due_on",
        "awarded_at",
        "awarded_by",
        "agreement_signed_at",
        "paid_at",
    ]
    list_display = [
        Column("challenge", label=gettext_lazy("Challenge"), accessor="challenge"),
        Column("winner", label=gettext_lazy("Winner"), accessor=lambda award: winner_name(award.submission)),
        Column("amount", label=gettext_lazy("Award"), accessor=lambda award: award.amount_text or award.description),
        ToneStatusTagColumn("status", label=gettext_lazy("Status"), accessor="get_status_display", tone=status_tone),
        DateColumn("due_on", label=gettext_lazy("To be paid by"), sort_key="due_on"),
        Column("payment", label=gettext_lazy("Payment"), accessor=payment_state),
    ]
    list_filter = ["status"]
    search_fields = ["challenge__title", "submission__reference"]
    copy_view_enabled = False

    def register_permissions(self):
        """Awards are handled by challenge staff: "change" means ``challenges.change_challenge``."""
        register_permission_policy(Award, ModelPermissionPolicy(Award, auth_model=Challenge), exact_class=True)
        super().register_permissions()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("challenges/", ChallengeResultsView.as_view(), name="challenges"),
            path("challenges/<int:challenge_pk>/feedback/", FeedbackDeskView.as_view(), name="feedback"),
            path("challenges/<int:challenge_pk>/announcement/", AnnouncementView.as_view(), name="announcement"),
        ]

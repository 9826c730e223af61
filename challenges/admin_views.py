"""Wagtail admin of challenge vetting ("expert diagnosis"): the queue (submitted challenges first, filter by
status), one challenge's review page with the whole brief in both languages and the two decisions (approve
with a publication time, or ask for changes with a reason), and the staff's edit of the brief.

Permission is ``challenges.change_challenge`` (``access.is_challenge_staff``); decisions go through
``lifecycle`` and edits through ``posting`` (an edit of a public challenge is an amendment).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_viewsets import ReadableInspectMixin, RecordPageMixin, ToneStatusTagColumn

from . import access, lifecycle, posting
from .admin_forms import ApproveForm, ChallengeVettingFilterSet, ReturnReasonForm, StaffChallengeForm
from .forms import BRIEF_LANGUAGES, PhaseFormSet
from .models import BRIEF_FIELDS, Challenge, Status


def status_tone(challenge):
    """Returned challenges wait on their seeker: warning; submitted ones on staff: primary."""
    if challenge.status == Status.RETURNED:
        return "warning"
    if challenge.status == Status.SUBMITTED:
        return "primary"
    return None


def status_label(challenge):
    stage = challenge.stage()
    return stage.label if stage is not None else challenge.get_status_display()


def brief_in_languages(challenge):
    """``[(heading, lang, [(label, text)])]``: the whole brief, one section per language, as staff read it."""
    return [
        (
            heading,
            lang,
            [
                (capfirst(Challenge._meta.get_field(name).verbose_name), getattr(challenge, f"{name}_{suffix}") or "")
                for name in BRIEF_FIELDS
            ],
        )
        for suffix, heading, lang in BRIEF_LANGUAGES
    ]


class ChallengeQueueView(IndexView):
    """Every challenge, those awaiting review first (oldest submission first, the fairest order)."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Challenges")

    def get_base_queryset(self):
        awaiting_first = Case(
            When(status=Status.SUBMITTED, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        return (
            super()
            .get_base_queryset()
            .select_related("organisation")
            .annotate(awaiting_first=awaiting_first)
            .order_by("awaiting_first", "submitted_at", "-pk")
        )

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return reverse("challenge_vetting:review", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []


class ChallengeReviewView(ReadableInspectMixin, InspectView):
    """The whole challenge in both languages, with Approve (and a publication time) and Request changes."""

    any_permission_required = ["change"]
    page_title = gettext_lazy("Review")
    template_name = "challenges/admin/challenge_review.html"
    amount_fields = {"award_amount": "award_currency"}

    def get_object(self, queryset=None):
        return get_object_or_404(
            Challenge.objects.select_related("organisation", "owner", "approved_by").prefetch_related(
                "sectors", "keywords", "eligible_regions", "phases", "amendments"
            ),
            pk=self.pk,
        )

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_field_display_value(self, field_name, field):
        if field_name == "non_cash_awards":
            return ", ".join(str(label) for label in self.object.non_cash_award_labels()) or "—"
        if field_name == "entrants":
            return ", ".join(str(label) for label in self.object.entrant_labels()) or "—"
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        challenge = self.object
        context.setdefault("return_form", ReturnReasonForm())
        context.setdefault("approve_form", ApproveForm())
        context["challenge"] = challenge
        context["brief"] = brief_in_languages(challenge)
        context["can_decide"] = lifecycle.allows(challenge, "approve")
        context["missing_translations"] = lifecycle.missing_translations(challenge)
        context["edit_brief_url"] = (
            reverse("challenge_vetting:edit", args=[challenge.pk]) if lifecycle.allows(challenge, "staff_edit") else ""
        )
        context["phases"] = challenge.phases.all()
        context["amendments"] = challenge.amendments.all()
        return context

    def post(self, request, *args, **kwargs):
        challenge = self.object
        action = request.POST.get("action")
        try:
            if action == "approve":
                form = ApproveForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(approve_form=form))
                lifecycle.approve_challenge(challenge, request.user, form.cleaned_data["publish_at"])
                messages.success(
                    request, _("“%(title)s” is approved and its seeker was told.") % {"title": challenge.title}
                )
                return redirect("challenge_vetting:index")
            if action == "return":
                form = ReturnReasonForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(return_form=form))
                lifecycle.return_challenge(challenge, request.user, form.cleaned_data["reason"])
                messages.success(
                    request, _("“%(title)s” was returned to its seeker for changes.") % {"title": challenge.title}
                )
                return redirect("challenge_vetting:index")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("challenge_vetting:review", pk=challenge.pk)


class ChallengeBriefEditView(WagtailAdminTemplateMixin, View):
    """Staff edit the brief in both languages, with its phases. On a public challenge the edit is an
    amendment: the form asks what changed, and registrants are told."""

    page_title = gettext_lazy("Edit the brief")
    template_name = "challenges/admin/challenge_edit.html"
    header_icon = "edit"

    def dispatch(self, request, pk):
        if not access.is_challenge_staff(request.user):
            raise PermissionDenied
        self.challenge = get_object_or_404(Challenge.objects.select_related("organisation"), pk=pk)
        if not lifecycle.allows(self.challenge, "staff_edit"):
            messages.error(request, _("A draft or withdrawn challenge is edited by its seeker only."))
            return redirect("challenge_vetting:review", pk=pk)
        self.records_amendment = posting.records_amendment(self.challenge)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.challenge.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("challenge_vetting:index"), "label": _("Challenges")},
            {"url": reverse("challenge_vetting:review", args=[self.challenge.pk]), "label": self.challenge.title},
            {"url": "", "label": _("Edit the brief")},
        ]

    def _forms(self, data=None):
        form = StaffChallengeForm(data, instance=self.challenge, records_amendment=self.records_amendment)
        phases = PhaseFormSet(data, instance=self.challenge, prefix="phases")
        return form, phases

    def _render(self, form, phases, status=200):
        context = self.get_context_data(
            form=form, phases=phases, challenge=self.challenge, records_amendment=self.records_amendment
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk):
        return self._render(*self._forms())

    def post(self, request, pk):
        form, phases = self._forms(request.POST)
        if not (form.is_valid() and phases.is_valid()):
            return self._render(form, phases, status=400)
        try:
            amendment = posting.staff_update_challenge(
                self.challenge,
                request.user,
                form,
                phases,
                note_en=form.cleaned_data.get("note_en", ""),
                note_zh_hans=form.cleaned_data.get("note_zh_hans", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self._render(form, phases, status=400)
        if amendment is not None:
            messages.success(request, _("The brief was amended; every registrant is told what changed."))
        else:
            messages.success(request, _("The brief was saved."))
        return redirect("challenge_vetting:review", pk=self.challenge.pk)


class ChallengesAwaitingReviewPanel(Component):
    """On the admin home page: how many challenges wait for staff, linking to the queue (those come first)."""

    name = "challenges_awaiting_review"
    order = 90
    template_name = "challenges/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {
            "total_count": Challenge.objects.filter(status=Status.SUBMITTED).count(),
            "queue_url": reverse("challenge_vetting:index") + f"?status={Status.SUBMITTED}",
        }


class ChallengeVettingViewSet(RecordPageMixin, ModelViewSet):
    model = Challenge
    name = "challenge_vetting"
    url_prefix = "challenges"
    icon = "tasks"
    menu_label = gettext_lazy("Challenges")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ChallengeQueueView
    inspect_view_class = ChallengeReviewView
    inspect_view_fields = [
        "status",
        "organisation",
        "owner",
        "challenge_type",
        "trl_wanted",
        "sectors",
        "keywords",
        "award_amount",
        "non_cash_awards",
        "entrants",
        "eligible_regions",
        "ip_model",
        "allows_multiple_submissions",
        "submission_deadline",
        "publish_at",
        "submitted_at",
        "approved_at",
        "approved_by",
        "return_reason",
    ]
    filterset_class = ChallengeVettingFilterSet
    search_fields = ["title", "summary"]
    list_display = [
        "title",
        Column("challenge_type", label=gettext_lazy("Type"), accessor="get_challenge_type_display"),
        "organisation",
        DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
        DateColumn("submission_deadline", label=gettext_lazy("Deadline"), sort_key="submission_deadline"),
        ToneStatusTagColumn("status", label=gettext_lazy("Status"), accessor=status_label, tone=status_tone),
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/edit/", ChallengeBriefEditView.as_view(), name="edit"),
        ]

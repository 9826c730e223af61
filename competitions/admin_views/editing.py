"""Editing competitions in the Wagtail admin ("Competitions" in the menu): the list (challenge, year, tracks,
results), and one edit page in three tabs: the competition, its tracks, its application form. Every
translated field is edited in both languages; ``admin_forms`` validates questions and their rules."""

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from core.dates import datetime_with_zone

from ..admin_forms import CompetitionAdminForm, QuestionAdminForm, TrackAdminForm, TrackFormSet
from ..models import Competition
from . import results_desk
from .base import NAMESPACE, admin_url


class FormInlinePanel(InlinePanel):
    """An InlinePanel whose rows use ``form`` and whose formset is ``formset`` (for their server-side checks)."""

    def __init__(self, relation_name, form=None, formset=None, **kwargs):
        super().__init__(relation_name, **kwargs)
        self.form, self.formset = form, formset

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form": self.form, "formset": self.formset}

    def get_form_options(self):
        options = super().get_form_options()
        formset_options = options["formsets"][self.relation_name]
        if self.form is not None:
            formset_options["form"] = self.form
        if self.formset is not None:
            formset_options["formset"] = self.formset
        return options


def in_both_languages(name):
    return FieldRowPanel([FieldPanel(f"{name}_en"), FieldPanel(f"{name}_zh_hans")])


TRACK_PANELS = [in_both_languages("name"), in_both_languages("description"), FieldPanel("sort_order")]
QUESTION_PANELS = [
    FieldRowPanel([FieldPanel("section"), FieldPanel("kind"), FieldPanel("required")]),
    in_both_languages("label"),
    in_both_languages("help_text"),
    in_both_languages("options"),
    FieldRowPanel([FieldPanel("rule_operator"), FieldPanel("rule_value")]),
    in_both_languages("rule_message"),
    FieldPanel("sort_order"),
]


def results_state(competition):
    if competition.results_published_at is None:
        return _("Not published")
    return _("Published %(when)s") % {"when": datetime_with_zone(competition.results_published_at)}


class CompetitionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("challenge").annotate(track_count=Count("tracks"))

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(_("Results"), url=admin_url("results", instance.pk), icon_name="list-ol", priority=15),
        ]


class CompetitionEditView(EditView):
    @property
    def header_buttons(self):
        return [HeaderButton(_("Results"), url=admin_url("results", self.object.pk), icon_name="list-ol")]


class CompetitionDeleteView(DeleteView):
    """A competition that has applications is not deleted: they, their answers and results would go with it."""

    def refused(self):
        if not self.object.applications.exists():
            return None
        messages.error(self.request, _("This competition has applications: it cannot be deleted."))
        return redirect(admin_url("edit", self.object.pk))

    def get(self, request, *args, **kwargs):
        return self.refused() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refused() or super().post(request, *args, **kwargs)


class CompetitionViewSet(ModelViewSet):
    model = Competition
    name = NAMESPACE
    url_prefix = "competitions"
    icon = "list-ol"
    menu_label = gettext_lazy("Competitions")
    menu_order = 262  # after Challenges (260) and Judging (261)
    add_to_admin_menu = True
    index_view_class = CompetitionIndexView
    edit_view_class = CompetitionEditView
    delete_view_class = CompetitionDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_fields = ["challenge__title"]
    list_filter = ["edition"]
    list_display = [
        "challenge",  # the title column: links to the edit page, with the Results button
        Column("edition", label=gettext_lazy("Year"), sort_key="edition"),
        Column("track_count", label=gettext_lazy("Tracks"), sort_key="track_count"),
        Column("results", label=gettext_lazy("Results"), accessor=results_state),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("challenge"), FieldPanel("edition"), in_both_languages("results_note")],
                heading=gettext_lazy("Competition"),
            ),
            ObjectList(
                [
                    FormInlinePanel(
                        "tracks",
                        form=TrackAdminForm,
                        formset=TrackFormSet,
                        panels=TRACK_PANELS,
                        heading=gettext_lazy("Tracks"),
                        label=gettext_lazy("Track"),
                        min_num=1,
                    )
                ],
                heading=gettext_lazy("Tracks"),
            ),
            ObjectList(
                [
                    FormInlinePanel(
                        "questions",
                        form=QuestionAdminForm,
                        panels=QUESTION_PANELS,
                        heading=gettext_lazy("Questions"),
                        label=gettext_lazy("Question"),
                    )
                ],
                heading=gettext_lazy("Application form"),
            ),
        ],
        base_form_class=CompetitionAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/results/", results_desk.ResultsDeskView.as_view(), name="results"),
            path("<int:pk>/results/publish/", results_desk.PublishView.as_view(), name="publish"),
            path("<int:pk>/results/withdraw/", results_desk.WithdrawView.as_view(), name="withdraw"),
            path(
                "<int:pk>/applications/<int:application_pk>/invite/",
                results_desk.InviteView.as_view(),
                name="invite",
            ),
        ]

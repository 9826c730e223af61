"""The application form: the challenge submission's fields, the track, and the editor-defined questions.

The project's name, summary and business plan are the submission's (``challenges.SubmissionForm``, with
its attachment rules and its files kept after an error). The questions are drawn from the competition's
form by kind, grouped by section; their answers are cleaned and checked against the eligibility rules by
``applications.check`` alone, so the form, the server-side check on sending and the tests share one rule.
"""

from django import forms
from django.utils.html import escape, format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from challenges.participation_forms import SubmissionForm
from core import form_rendering

from . import applications, eligibility
from .choices import NO, YES, QuestionKind, Section

RADIO_OPTIONS_AT_MOST = 5  # longer lists of options are a select


class TrackChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, track):
        if track.description:
            return format_html('{}<span class="help track-description">{}</span>', track.name, track.description)
        return track.name


class AnswerMixin:
    """A question's field takes what was sent as it is: ``applications.check`` cleans and checks it."""

    def clean(self, value):
        return "" if value is None else str(value)


class AnswerField(AnswerMixin, forms.CharField):
    pass


class AnswerChoiceField(AnswerMixin, forms.ChoiceField):
    pass


def question_field(question):
    # help_text is rendered as HTML by the form templates: an editor's text is escaped first (as judging does)
    common = {"label": question.label, "help_text": escape(question.help_text), "required": question.required}
    if question.kind == QuestionKind.LONG_TEXT:
        return AnswerField(widget=forms.Textarea(attrs={"rows": 5, "maxlength": eligibility.MAX_LONG}), **common)
    if question.kind == QuestionKind.NUMBER:
        return AnswerField(widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}), **common)
    if question.kind == QuestionKind.YES_NO:
        return AnswerChoiceField(choices=[(YES, _("Yes")), (NO, _("No"))], widget=forms.RadioSelect, **common)
    if question.kind == QuestionKind.CHOICE:
        options = question.option_pairs()
        if len(options) <= RADIO_OPTIONS_AT_MOST:
            return AnswerChoiceField(choices=options, widget=forms.RadioSelect, **common)
        return AnswerChoiceField(choices=[("", "---------"), *options], **common)
    return AnswerField(widget=forms.TextInput(attrs={"maxlength": eligibility.MAX_SHORT}), **common)


def field_name(question_pk):
    return f"question_{question_pk}"


class ApplicationForm(SubmissionForm):
    """``ApplicationForm(competition, data, files, uploads_owner=...)``; ``answers()`` as ``applications`` takes them."""

    track = TrackChoiceField(
        label=_("Track"),
        queryset=None,
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the track you are entering."),
            "invalid_choice": _("Choose the track you are entering."),
        },
    )

    field_order = ["track", "title", "abstract", "abstract_is_public", "proposal", "new_attachments"]

    def __init__(self, competition, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.competition = competition
        self.fields["track"].queryset = competition.tracks.all()
        self.fields["title"].label = _("Project name")
        self.fields["abstract"].label = _("Summary")
        self.fields["abstract"].help_text = _("Your project in a few sentences: the judges read this first.")
        self.fields["abstract_is_public"].label = _("The summary may be shown publicly")
        self.fields["abstract_is_public"].help_text = _(
            "Only the summary, and only after the competition closes. The business plan is never public."
        )
        self.fields["proposal"].label = _("Business plan")
        self.fields["proposal"].help_text = _(
            "The market, your technology, the business model, the team and the financial plan."
        )
        self.unnamed_errors = set()  # questions whose error does not say which question it is about
        self.questions = applications.questions_of(competition)
        for question in self.questions:
            self.fields[field_name(question.pk)] = question_field(question)

    def answers(self):
        """``{question pk as text: what was sent}``."""
        return {
            str(question.pk): self.data.get(self.add_prefix(field_name(question.pk))) for question in self.questions
        }

    def question_sections(self):
        """``[(section label, [bound field])]`` in the form's section order, questions in their order."""
        by_section = {}
        for question in self.questions:
            by_section.setdefault(question.section, []).append(self[field_name(question.pk)])
        return [(section.label, by_section[section.value]) for section in Section if section.value in by_section]

    def clean(self):
        cleaned_data = super().clean()
        try:
            applications.check(self.competition, cleaned_data.get("track"), self.answers())
        except applications.ApplicationRefused as refused:
            self.add_refusal(refused)
        return cleaned_data

    def add_refusal(self, refused):
        """Each answer's error next to its question; every other message of the refusal once, at the top."""
        for question_pk, message in refused.field_errors.items():
            name = field_name(question_pk)
            if name in self.fields:
                self.add_error(name, message)
                if message not in refused.messages:  # "Please answer this question.", not a rule's own message
                    self.unnamed_errors.add(name)
        shown = {str(error) for errors in self.errors.values() for error in errors}
        for message in refused.messages:
            if message not in shown:
                self.add_error(None, message)

    def error_summary_items(self):
        """The summary's items (``includes/error_summary.html``), each answer's error naming its question."""
        labels = {f"#{form_rendering.input_id(self[name])}": self[name].label for name in self.unnamed_errors}
        return [
            {
                **item,
                "message": gettext("%(label)s: %(message)s")
                % {"label": labels[item["href"]], "message": item["message"]},
            }
            if item["href"] in labels
            else item
            for item in form_rendering.error_summary_items(self)
        ]

"""Forms of the staff's judging desk: judging options, a phase and its rubric, assigning a judge, decisions on
entries (one or many), and reconciling a review. Each validates on the server; the write functions
(``decisions``, ``assignments``, ``reconciliation``) check their rules again."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from challenges.forms import BeijingDateTimeField

from .decisions import next_statuses
from .models import Criterion, EntryStatus, Evaluation, EvaluationPhase, JudgingOptions

LANGUAGE_SUFFIXES = (("en", "English"), ("zh_hans", "中文"))


def label_in(label, language_name):
    return _("%(field)s (%(language)s)") % {"field": capfirst(label), "language": language_name}


class BilingualLabelsMixin:
    """``<name>_en`` / ``<name>_zh_hans`` fields labelled with their language; ``required_names`` in both."""

    bilingual_names = ()
    required_names = ()

    def label_languages(self):
        for name in self.bilingual_names:
            for suffix, language_name in LANGUAGE_SUFFIXES:
                field = self.fields[f"{name}_{suffix}"]
                field.label = label_in(self._meta.model._meta.get_field(name).verbose_name, language_name)
                field.required = name in self.required_names


class JudgingOptionsForm(forms.ModelForm):
    class Meta:
        model = JudgingOptions
        fields = ["anonymous", "show_scores_in_feedback"]


class PhaseForm(BilingualLabelsMixin, forms.ModelForm):
    """A phase: its name in both languages (judges read it in theirs), kind, pool, order and closing time."""

    bilingual_names = ("name",)
    required_names = ("name",)
    closes_at = BeijingDateTimeField(
        label=_("Scoring closes (Beijing time, UTC+8)"),
        help_text=_("After this, judges can no longer score or revise their scores."),
    )

    class Meta:
        model = EvaluationPhase
        fields = ["name_en", "name_zh_hans", "kind", "entry_status", "position", "closes_at"]

    def __init__(self, *args, challenge, **kwargs):
        super().__init__(*args, **kwargs)
        self.challenge = challenge
        self.label_languages()
        self.fields["position"].min_value = 1
        self.fields["position"].widget.attrs["min"] = 1

    def clean_closes_at(self):
        closes_at = self.cleaned_data["closes_at"]
        if closes_at <= self.challenge.submission_deadline:
            raise forms.ValidationError(_("Scoring must close after the submission deadline."), code="before_deadline")
        return closes_at

    def save(self, commit=True):
        self.instance.challenge = self.challenge
        return super().save(commit)


class CriterionForm(BilingualLabelsMixin, forms.ModelForm):
    bilingual_names = ("name", "guidance")
    required_names = ("name",)

    class Meta:
        model = Criterion
        fields = [
            "name_en",
            "name_zh_hans",
            "guidance_en",
            "guidance_zh_hans",
            "kind",
            "scale_max",
            "weight",
            "position",
        ]
        widgets = {
            "guidance_en": forms.Textarea(attrs={"rows": 2}),
            "guidance_zh_hans": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, scored=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_languages()
        for name, low, high in (("weight", 1, 100), ("scale_max", 1, 1000), ("position", 1, 1000)):
            self.fields[name].min_value, self.fields[name].max_value = low, high
            self.fields[name].validators += [MinValueValidator(low), MaxValueValidator(high)]
            self.fields[name].widget.attrs.update(min=low, max=high)
        if scored and self.instance.pk:
            # Judges have scored against this criterion: its scale is fixed, or their scores would change meaning.
            for name in ("kind", "scale_max"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed: judges have already scored against it.")


class BaseRubricFormSet(BaseInlineFormSet):
    """The criteria of a phase. Once judges are assigned it keeps at least one criterion; once any review
    exists, criteria are neither added nor removed and their scales are fixed (names and weights may change)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        phase = self.instance
        self.has_judges = bool(phase.pk) and phase.assignments.exists()
        self.scored = bool(phase.pk) and phase.assignments.filter(reviews__isnull=False).exists()
        if self.scored:
            self.extra = 0
            self.can_delete = False

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "scored": self.scored}

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and (form.instance.pk or form.has_changed())
        ]
        if self.scored and len(kept) != len([form for form in self.forms if form.instance.pk]):
            raise forms.ValidationError(_("Judges have already scored: criteria can no longer be added or removed."))
        if self.has_judges and not kept:
            raise forms.ValidationError(_("Judges are assigned to this phase: keep at least one criterion."))


RubricFormSet = inlineformset_factory(
    EvaluationPhase, Criterion, form=CriterionForm, formset=BaseRubricFormSet, extra=2, can_delete=True
)


class AssignJudgeForm(forms.Form):
    email = forms.EmailField(
        label=_("The judge's email address"),
        help_text=_("The email address of their account on the platform. External experts sign up first."),
        error_messages={"required": _("Enter the email address of the judge's account.")},
    )


def decision_choices(statuses):
    return [(str(status), EntryStatus(status).label) for status in statuses]


def reason_field():
    return forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when an entry is ineligible: the entrant is told why."),
    )


class DecisionForm(forms.Form):
    """One entry's next move; the choices are the moves ``decisions.ALLOWED_FROM`` offers from its status."""

    to_status = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    reason = reason_field()

    def __init__(self, *args, evaluation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = decision_choices(next_statuses(evaluation.status))


class BulkDecisionForm(forms.Form):
    """The same move for several entries of one challenge (all or none, ``decisions.decide_many``)."""

    evaluations = forms.ModelMultipleChoiceField(
        queryset=Evaluation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one entry.")},
    )
    to_status = forms.ChoiceField(
        label=_("Move the ticked entries to"),
        choices=decision_choices([status for status in EntryStatus if status != EntryStatus.AWAITING_SCREENING]),
    )
    reason = reason_field()

    def __init__(self, *args, challenge, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluations"].queryset = Evaluation.objects.filter(submission__challenge=challenge)


class ReconcileForm(forms.Form):
    note = forms.CharField(
        label=_("Reconciliation note"),
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What you found, for instance after talking to the judge. Kept with the review."),
        error_messages={"required": _("Write a note saying what you found.")},
    )
    exclude = forms.BooleanField(label=_("Leave this review out of the averages"), required=False)


class EntryFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Any status")), *EntryStatus.choices])


class PitchSlotForm(forms.Form):
    """An entry's slot in a pitch round; ``pitches.schedule`` checks the times, the room or link, and clashes."""

    starts_at = BeijingDateTimeField(
        label=_("Starts (Beijing time, UTC+8)"), error_messages={"required": _("Give the time the pitch starts.")}
    )
    ends_at = BeijingDateTimeField(
        label=_("Ends (Beijing time, UTC+8)"), error_messages={"required": _("Give the time the pitch ends.")}
    )
    room = forms.CharField(label=_("Room"), max_length=120, required=False)
    online_link = forms.URLField(
        label=_("Online link"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("For a team that pitches remotely. Give a room, a link, or both."),
    )

    @classmethod
    def for_slot(cls, slot, prefix, data=None):
        initial = {}
        if slot is not None:
            initial = {name: getattr(slot, name) for name in ("starts_at", "ends_at", "room", "online_link")}
        return cls(data, initial=initial, prefix=prefix)

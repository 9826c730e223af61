"""The form a seeker fills in to write or edit a challenge's brief, and its phases.

The brief is written in English, in Chinese, or in both: each translated field (``Challenge.BRIEF_FIELDS``)
appears once per language, and the form is laid out in two language groups. One language must be complete
(title, summary, problem, what a solution must do); staff add the other before approval.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.dates import beijing_zone, datetime_with_zone
from sectors.models import Sector
from vocabulary.models import Region, TechnologyKeyword

from .models import (
    BRIEF_FIELDS,
    CHALLENGE_TYPE_HELP,
    IP_MODEL_TERMS,
    Challenge,
    ChallengePhase,
    ChallengeType,
    Entrant,
    IPModel,
    NonCashAward,
)

MIN_DEADLINE_DAYS = 7
MAX_PHASES = 8
# What one language must hold for the brief to be complete.
REQUIRED_BRIEF_FIELDS = ("title", "summary", "problem", "must_do")
# (suffix of the translated field, the group's heading, its lang attribute). Headings are each language's own name.
BRIEF_LANGUAGES = (("en", "English", "en"), ("zh_hans", "中文", "zh-Hans"))
DATETIME_INPUT_FORMAT = "%Y-%m-%dT%H:%M"


def model_label(field_name, model=Challenge):
    """The model field's (translated) verbose name, so the form reuses existing translations."""
    return capfirst(model._meta.get_field(field_name).verbose_name)


def brief_field_names(suffix):
    return [f"{name}_{suffix}" for name in BRIEF_FIELDS]


class BeijingDateTimeField(forms.DateTimeField):
    """A date and time typed and shown in Beijing time, whatever time zone is active."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT_FORMAT)

    def to_python(self, value):
        with timezone.override(beijing_zone()):
            return super().to_python(value)

    def has_changed(self, initial, data):
        # The input holds minutes only: a stored time with seconds comes back unchanged, not "changed".
        if isinstance(initial, datetime.datetime):
            initial = initial.replace(second=0, microsecond=0)
        return super().has_changed(initial, data)

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return timezone.localtime(value, beijing_zone()).replace(tzinfo=None)
        return value


def needed_in_one_language(field):
    """Keep ``field`` shown as needed (no "(optional)") but let it be empty: one complete language is enough,
    and ``ChallengeForm.clean`` checks that across the two."""
    validate = field.validate

    def validate_unless_empty(value):
        if value not in field.empty_values:
            validate(value)

    field.validate = validate_unless_empty


class ChallengeForm(forms.ModelForm):
    """Everything the seeker says about a challenge; the owner, organisation and status are set elsewhere."""

    challenge_type = forms.ChoiceField(
        label=model_label("challenge_type"),
        choices=ChallengeType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the type of challenge.")},
    )
    sectors = forms.ModelMultipleChoiceField(
        label=model_label("sectors"),
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one sector.")},
    )
    keywords = forms.ModelMultipleChoiceField(
        label=model_label("keywords"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=TechnologyKeyword.objects.all(),
    )
    non_cash_awards = forms.MultipleChoiceField(
        label=model_label("non_cash_awards"),
        required=False,
        choices=NonCashAward.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    entrants = forms.MultipleChoiceField(
        label=model_label("entrants"),
        choices=Entrant.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose who may enter: individuals, teams or organisations.")},
    )
    eligible_regions = forms.ModelMultipleChoiceField(
        label=model_label("eligible_regions"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=Region.objects.all(),
        help_text=_("Leave empty to welcome solvers from anywhere."),
    )
    ip_model = forms.ChoiceField(
        label=model_label("ip_model"),
        choices=IPModel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how intellectual property is handled.")},
    )
    submission_deadline = BeijingDateTimeField(
        label=_("Submission deadline (Beijing time, UTC+8)"),
        help_text=_("Enter the date and time in Beijing time (UTC+8). At least 7 days from now."),
        error_messages={"required": _("Enter the submission deadline."), "invalid": _("Enter a valid date and time.")},
    )

    class Meta:
        model = Challenge
        fields = [
            *brief_field_names("en"),
            *brief_field_names("zh_hans"),
            "challenge_type",
            "trl_wanted",
            "sectors",
            "keywords",
            "award_amount",
            "award_currency",
            "non_cash_awards",
            "entrants",
            "eligible_regions",
            "ip_model",
            "allows_multiple_submissions",
            "submission_deadline",
        ]
        help_texts = {
            "award_amount": _("In whole units of the currency. Leave empty if the award is not in cash."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for _suffix, _heading, _lang in BRIEF_LANGUAGES:
            for name in BRIEF_FIELDS:
                field = self.fields[f"{name}_{_suffix}"]
                field.required = name in REQUIRED_BRIEF_FIELDS
                if field.required:
                    needed_in_one_language(field)
                field.label = model_label(name)
                if isinstance(field.widget, forms.Textarea):
                    field.widget.attrs["rows"] = 3 if name in ("summary", "non_cash_award_details") else 5
        self.fields["trl_wanted"].error_messages["required"] = _("Choose the maturity a solution should reach.")
        self.fields["award_currency"].required = False

    # --- layout helpers for the template -----------------------------------------------------

    def language_groups(self):
        """``[(heading, lang attribute, [bound field, ...])]``: the brief's fields, one group per language."""
        return [
            (heading, lang, [self[f"{name}_{suffix}"] for name in BRIEF_FIELDS])
            for suffix, heading, lang in BRIEF_LANGUAGES
        ]

    def ip_model_options(self):
        """``[(radio, terms)]``: each IP template's radio button with the terms a solver would accept."""
        return [(radio, IP_MODEL_TERMS[IPModel(radio.data["value"])]) for radio in self["ip_model"]]

    def challenge_type_options(self):
        return [(radio, CHALLENGE_TYPE_HELP[ChallengeType(radio.data["value"])]) for radio in self["challenge_type"]]

    # --- validation -----------------------------------------------------------------------------

    def clean_submission_deadline(self):
        deadline = self.cleaned_data["submission_deadline"]
        earliest = timezone.now() + datetime.timedelta(days=MIN_DEADLINE_DAYS)
        if deadline < earliest:
            raise forms.ValidationError(
                _("Choose a deadline at least 7 days from now: after %(earliest)s.")
                % {"earliest": datetime_with_zone(earliest)},
                code="too_soon",
            )
        return deadline

    def clean(self):
        cleaned = super().clean()
        self._check_one_complete_language(cleaned)
        if cleaned.get("award_amount") is None and not cleaned.get("non_cash_awards"):
            self.add_error(
                "award_amount",
                _("Offer an award: a cash amount, a non-cash award (such as a pilot contract), or both."),
            )
        if cleaned.get("award_amount") is not None and not cleaned.get("award_currency"):
            self.add_error("award_currency", _("Choose the currency of the cash award."))
        if not cleaned.get("award_currency"):
            cleaned["award_currency"] = self.instance.award_currency or "CNY"
        return cleaned

    def _check_one_complete_language(self, cleaned):
        def missing(suffix):
            return [name for name in REQUIRED_BRIEF_FIELDS if not (cleaned.get(f"{name}_{suffix}") or "").strip()]

        missing_by_language = {suffix: missing(suffix) for suffix, _heading, _lang in BRIEF_LANGUAGES}
        if any(not names for names in missing_by_language.values()):
            return
        # Point at the gaps of the language the seeker has written most of (English when both are empty).
        suffix, heading, _lang = min(BRIEF_LANGUAGES, key=lambda language: len(missing_by_language[language[0]]))
        names = missing_by_language[suffix]
        self.add_error(
            None,
            forms.ValidationError(
                _(
                    "Write the brief completely in at least one language. In %(language)s, add: %(fields)s. "
                    "Or write the title, public summary, problem and what a solution must do in the other language."
                )
                % {"language": heading, "fields": ", ".join(str(model_label(name)) for name in names)},
                code="incomplete_brief",
            ),
        )
        for name in names:
            self.add_error(f"{name}_{suffix}", _("%(language)s: add this.") % {"language": heading})


class PhaseForm(forms.ModelForm):
    ends_at = BeijingDateTimeField(label=_("Ends (Beijing time, UTC+8)"), required=False)

    class Meta:
        model = ChallengePhase
        fields = ["name_en", "name_zh_hans", "ends_at"]
        labels = {"name_en": _("Phase (English)"), "name_zh_hans": _("Phase (中文)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_en"].required = False
        self.fields["name_zh_hans"].required = False

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_data.get("DELETE") or not self.has_changed():
            return cleaned
        if not (cleaned.get("name_en") or "").strip() and not (cleaned.get("name_zh_hans") or "").strip():
            self.add_error("name_en", _("Name the phase in at least one language."))
        if not cleaned.get("ends_at") and "ends_at" not in self.errors:
            self.add_error("ends_at", _("Say when the phase ends."))
        return cleaned


class BasePhaseFormSet(forms.BaseInlineFormSet):
    """A challenge's timeline: each new or changed phase ends in the future, and there are at most MAX_PHASES.

    Phases are shown in the order they end, so they need no order of their own.
    """

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        now = timezone.now()
        for form in self.forms:
            if not form.has_changed() or form.cleaned_data.get("DELETE"):
                continue
            ends_at = form.cleaned_data.get("ends_at")
            if ends_at and ends_at <= now:
                form.add_error("ends_at", _("Choose a time in the future."))
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("ends_at")
        ]
        if len(kept) > MAX_PHASES:
            raise forms.ValidationError(_("A challenge has at most 8 phases."))


PhaseFormSet = forms.inlineformset_factory(
    Challenge,
    ChallengePhase,
    form=PhaseForm,
    formset=BasePhaseFormSet,
    extra=3,
    max_num=MAX_PHASES,
    can_delete=True,
)

"""Forms of the competitions admin: a competition (its challenge, year and results note), its tracks and its
application questions, each in both languages. They validate on the server what ``eligibility`` relies on:
a list question's options line up in both languages, and a rule's value can be compared with an answer."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm

from challenges.models import Challenge, Status
from judging.admin_forms import BilingualLabelsMixin

from . import eligibility
from .choices import NO, YES, QuestionKind, RuleOperator

FIRST_EDITION, LAST_EDITION = 2000, 2100
COMPARED_WITH_ONE_VALUE = (RuleOperator.EQUALS, RuleOperator.NOT_EQUALS)
BOUNDS = (RuleOperator.AT_LEAST, RuleOperator.AT_MOST)


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def is_number(text):
    return eligibility.number(text) is not None  # rule values are read as the answers they are compared with


def shorten_text_areas(form, rows=3):
    for field in form.fields.values():
        if isinstance(field.widget, forms.Textarea):
            field.widget.attrs["rows"] = rows


class CompetitionAdminForm(BilingualLabelsMixin, WagtailAdminModelForm):
    """The competition itself: one approved challenge not yet a competition, fixed once applications exist."""

    bilingual_names = ("results_note",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_languages()
        shorten_text_areas(self)
        competition = self.instance
        challenge = self.fields["challenge"]
        taken = Challenge.objects.filter(competition__isnull=False)
        if competition.pk:
            taken = taken.exclude(competition=competition)
        # A challenge that already has submissions cannot become a competition: they would have no application.
        with_submissions = Challenge.objects.filter(submissions__isnull=False)
        approved = Q(status=Status.APPROVED) & ~Q(pk__in=taken.values("pk")) & ~Q(pk__in=with_submissions.values("pk"))
        current = Q(pk=competition.challenge_id) if competition.challenge_id else Q(pk__in=[])
        challenge.queryset = Challenge.objects.filter(approved | current).order_by("-submission_deadline", "-pk")
        challenge.help_text = _("An approved challenge: its brief, dates, agreement and judging are the competition's.")
        if competition.pk and competition.applications.exists():
            challenge.disabled = True
            challenge.help_text = _("Fixed: applicants have already applied to this challenge.")
        edition = self.fields["edition"]
        edition.min_value, edition.max_value = FIRST_EDITION, LAST_EDITION
        edition.validators += [MinValueValidator(FIRST_EDITION), MaxValueValidator(LAST_EDITION)]
        edition.widget.attrs.update(min=FIRST_EDITION, max=LAST_EDITION)


class TrackAdminForm(BilingualLabelsMixin, WagtailAdminModelForm):
    bilingual_names = ("name", "description")
    required_names = ("name",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_languages()
        shorten_text_areas(self)


class TrackFormSet(BaseChildFormSet):
    """A track that applications are in stays: removing it would lose where they applied."""

    def clean(self):
        super().clean()
        removed = [form.instance.pk for form in self.deleted_forms if form.instance.pk]
        if removed and self.instance.pk and self.instance.applications.filter(track__in=removed).exists():
            raise forms.ValidationError(
                _("A track that applications are in cannot be removed; rename it instead."), code="track_in_use"
            )


class QuestionAdminForm(BilingualLabelsMixin, WagtailAdminModelForm):
    """One question of the application form with its optional eligibility rule."""

    bilingual_names = ("label", "help_text", "options", "rule_message")
    required_names = ("label",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_languages()
        shorten_text_areas(self)

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        english, chinese = lines(cleaned.get("options_en")), lines(cleaned.get("options_zh_hans"))
        if kind == QuestionKind.CHOICE:
            if not english:
                self.add_error("options_en", _("List the options, one per line."))
            elif len(english) != len(chinese):
                self.add_error(
                    "options_zh_hans",
                    _("Give as many options in Chinese as in English (%(count)s), one per line, in the same order.")
                    % {"count": len(english)},
                )
        self.clean_rule(kind, cleaned.get("rule_operator") or "", (cleaned.get("rule_value") or "").strip(), english)
        return cleaned

    def clean_rule(self, kind, operator, value, options):
        if not operator:
            return
        if not value:
            self.add_error("rule_value", _("Give the value the rule compares each answer with."))
            return
        if operator in BOUNDS:
            if kind != QuestionKind.NUMBER:
                self.add_error(
                    "rule_operator", _("“At least” and “at most” rules need a question answered by a number.")
                )
            elif not is_number(value):
                self.add_error("rule_value", _("Enter a number, for example 2 or 5000000."))
            return
        values = lines(value) if operator == RuleOperator.ONE_OF else [value]
        if kind == QuestionKind.CHOICE and options:
            allowed = {option.casefold() for option in options}
            unknown = [item for item in values if item.casefold() not in allowed]
            if unknown:
                self.add_error(
                    "rule_value",
                    _("Write options exactly as listed in English. Not among them: %(values)s")
                    % {"values": ", ".join(unknown)},
                )
        elif kind == QuestionKind.YES_NO and any(item.casefold() not in (YES, NO) for item in values):
            self.add_error("rule_value", _("Write “yes” or “no”."))
        elif kind == QuestionKind.NUMBER and not all(is_number(item) for item in values):
            self.add_error("rule_value", _("Enter a number, for example 2 or 5000000."))

"""The judge's forms: the confidentiality agreement with the conflict declaration, and the review of an entry.

The review form is built from the phase's rubric in the judge's language (modeltranslation falls back to
the other language when a criterion was written in one only). Its checks mirror ``reviews.save_review``,
which checks again on the server: the form only gives each field its own message.
"""

from django import forms
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from . import access, conflicts
from .models import CriterionKind, JudgeAssignment, Review
from .reviews import missing_message, out_of_range_message


class DeclarationForm(forms.Form):
    """The agreement, accepted once, and the organisations (and other links) the judge declares."""

    accept = forms.BooleanField(
        label=_("I have read the confidentiality agreement and I accept it"),
        error_messages={"required": _("Tick the box to accept the agreement: you cannot judge without it.")},
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations you have links with"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "These are the organisations of this challenge's entrants. Tick each one you work for, advise, invest "
            "in or have a close personal link with. If you have no links with these organisations, leave them all "
            "unticked. You will not judge the entries from the ones you tick."
        ),
    )
    declared_links = forms.CharField(
        label=capfirst(JudgeAssignment._meta.get_field("declared_links").verbose_name),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Any other link with an entrant that staff should know about, for example a former colleague."),
    )

    def __init__(self, assignment, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        self.agreement_text = conflicts.AGREEMENT_TEXT
        self.agreement_version = conflicts.AGREEMENT_VERSION
        challenge = assignment.phase.challenge
        self.anonymous = access.is_anonymous(challenge)
        if self.anonymous:  # the entrants' list would say who entered: the judge names organisations instead
            self.fields["organisations"] = forms.CharField(
                label=_("Organisations you have links with"),
                required=False,
                max_length=2_000,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_(
                    "Judging is anonymous, so entrants are not listed. Write the name of each organisation you work "
                    "for, advise, invest in or have a close personal link with, one per line. You will not judge "
                    "entries from them."
                ),
            )
            return
        choices = conflicts.entrant_organisations_choices(challenge)
        if choices.exists():
            self.fields["organisations"].queryset = choices
        else:
            del self.fields["organisations"]

    def declared_organisations(self):
        if self.anonymous:
            return conflicts.organisations_named(
                self.assignment.phase.challenge, self.cleaned_data.get("organisations")
            )
        return list(self.cleaned_data.get("organisations") or [])

    def declared_links_text(self):
        """The other links; under anonymous judging with every organisation the judge named, as they typed it.

        So the judge's record of their declaration does not tell them which of the names were entrants'.
        """
        links = self.cleaned_data.get("declared_links", "").strip()
        named = self.cleaned_data.get("organisations", "").strip() if self.anonymous else ""
        return "\n".join(filter(None, [named, links]))


def criterion_field_name(criterion):
    return f"criterion_{criterion.pk}"


def stars(count):
    return ngettext("%(count)d star", "%(count)d stars", count) % {"count": count}


def criterion_field(criterion):
    """The form field for one line of the rubric: a number, 1 to 5 stars, or yes/no."""
    # Django %-formats the messages of errors raised with params (the range, the invalid choice), so a "%"
    # in a criterion's name is doubled in those.
    messages = {
        "required": missing_message(criterion),
        "invalid": gettext("Enter a whole number for “%(criterion)s”.") % {"criterion": criterion},
        "invalid_choice": (gettext("Choose a score for “%(criterion)s”.") % {"criterion": criterion}).replace(
            "%", "%%"
        ),
        "min_value": out_of_range_message(criterion).replace("%", "%%"),
        "max_value": out_of_range_message(criterion).replace("%", "%%"),
    }
    hint = escape(criterion.guidance)  # written by staff; includes/form_field_messages.html shows help unescaped
    if criterion.kind in (CriterionKind.RATING, CriterionKind.YES_NO):
        if criterion.kind == CriterionKind.RATING:
            choices = [(value, stars(value)) for value in range(criterion.min_value, criterion.max_value + 1)]
        else:
            choices = [(1, gettext("Yes")), (0, gettext("No"))]
        return forms.TypedChoiceField(
            label=criterion.name,
            help_text=hint,
            error_messages=messages,
            choices=choices,
            coerce=int,
            widget=forms.RadioSelect,
        )
    scale = gettext("From %(min)d to %(max)d.") % {"min": criterion.min_value, "max": criterion.max_value}
    return forms.IntegerField(
        label=criterion.name,
        help_text=f"{scale} {hint}" if hint else scale,
        error_messages=messages,
        min_value=criterion.min_value,
        max_value=criterion.max_value,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "review-number"}),
    )


class ReviewForm(forms.Form):
    """One field per criterion of ``phase`` (in rubric order), and the required comment."""

    comment = forms.CharField(
        label=_("Your comments"),
        max_length=Review._meta.get_field("comment").max_length,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say why you gave these scores: the strengths and weaknesses you saw."),
        error_messages={"required": _("Write a comment: say why you gave these scores.")},
    )

    def __init__(self, phase, review=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.phase = phase
        self.criteria = list(phase.criteria.all())
        comment = self.fields.pop("comment")
        for criterion in self.criteria:
            self.fields[criterion_field_name(criterion)] = criterion_field(criterion)
        self.fields["comment"] = comment
        if review is not None and not self.is_bound:
            self.initial["comment"] = review.comment
            for score in review.scores.all():
                self.initial[f"criterion_{score.criterion_id}"] = score.value

    def criterion_fields(self):
        """``[(criterion, bound field)]`` in rubric order, for the template."""
        return [(criterion, self[criterion_field_name(criterion)]) for criterion in self.criteria]

    def scores(self):
        """``{criterion pk: value}`` from the cleaned data, as ``reviews.save_review`` takes them."""
        return {criterion.pk: self.cleaned_data[criterion_field_name(criterion)] for criterion in self.criteria}

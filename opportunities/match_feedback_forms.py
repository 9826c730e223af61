"""The owner's "Is this match useful?" form on the dashboard. The rules live in ``match_feedback.py``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FeedbackReason, FeedbackVerdict

VERDICT_ERROR = _("Choose “Useful” or “Not relevant”.")


class MatchFeedbackForm(forms.Form):
    """The verdict comes from the button pressed (``name="verdict"``); a reason is optional."""

    verdict = forms.ChoiceField(
        label=_("Is this match useful?"),
        choices=FeedbackVerdict.choices,
        widget=forms.RadioSelect,
        error_messages={"required": VERDICT_ERROR, "invalid_choice": VERDICT_ERROR},
    )
    reason = forms.ChoiceField(
        label=_("Why? (optional)"),
        choices=FeedbackReason.choices,
        required=False,
        error_messages={"invalid_choice": _("Choose one of the reasons in the list, or none.")},
    )

    def clean(self):
        """A reason must fit the verdict: "what we need" is not a reason for "not relevant", and so on."""
        cleaned = super().clean()
        verdict, reason = cleaned.get("verdict"), cleaned.get("reason")
        if reason and verdict == FeedbackVerdict.USEFUL and reason != FeedbackReason.GOOD_FIT:
            raise forms.ValidationError(_("That reason says the match is not relevant: choose “Not relevant”."))
        if reason == FeedbackReason.GOOD_FIT and verdict == FeedbackVerdict.NOT_RELEVANT:
            raise forms.ValidationError(_("“What we need” says the match is useful: choose “Useful”."))
        return cleaned

    @classmethod
    def for_match(cls, match):
        """An empty form whose field ids are unique to ``match``, for a page that lists several matches."""
        return cls(auto_id=f"match-feedback-{match.listing_id}-{match.candidate_id}-%s")

    @property
    def question_id(self):
        """The id of the question that names the form ("Is this match useful?")."""
        return self.auto_id % "question" if "%s" in str(self.auto_id) else "match-feedback-question"

    def error_text(self):
        """All the form's errors in one line, for a message shown after a redirect."""
        return " ".join(error for errors in self.errors.values() for error in errors)

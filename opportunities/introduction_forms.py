"""Forms for introductions and reports. They validate input; the rules live in ``introductions.py``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .introductions import RECORDABLE_OUTCOMES
from .models import ExpressionOfInterest, IntroductionMessage, ListingReport, Outcome, ReportReason


class InterestForm(forms.ModelForm):
    class Meta:
        model = ExpressionOfInterest
        fields = ["message"]
        labels = {"message": _("Your message to the listing's owner")}
        help_texts = {"message": _("Say who you are, what you offer or need, and how you would like to "
                                   "cooperate. Your contact details are shared only if the owner accepts.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 8})}


class MessageForm(forms.ModelForm):
    class Meta:
        model = IntroductionMessage
        fields = ["body"]
        labels = {"body": _("Your message")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[(value, label) for value, label in Outcome.choices if value in RECORDABLE_OUTCOMES])


class ReportForm(forms.ModelForm):
    reason = forms.ChoiceField(label=_("What is wrong with this listing?"), choices=ReportReason.choices,
                               widget=forms.RadioSelect)

    class Meta:
        model = ListingReport
        fields = ["reason", "details"]
        labels = {"details": _("Details (optional)")}
        widgets = {"details": forms.Textarea(attrs={"rows": 4})}

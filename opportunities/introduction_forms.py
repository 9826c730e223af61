"""Forms for introductions and reports. They validate input; the rules live in ``introductions.py``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.consent import SENSITIVE_CONSENT_FIELD, require_sensitive_consent, sensitive_upload_consent_field
from core.uploads import ACCEPT_ATTRIBUTE, validate_upload

from .introductions import RECORDABLE_OUTCOMES
from .models import ExpressionOfInterest, IntroductionMessage, ListingReport, Outcome, ReportReason


class InterestForm(forms.ModelForm):
    class Meta:
        model = ExpressionOfInterest
        fields = ["message"]
        labels = {"message": _("Your message to the listing's owner")}
        help_texts = {
            "message": _(
                "Say who you are, what you offer or need, and how you would like to "
                "cooperate. Your contact details are shared only if the owner accepts."
            )
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 8})}


class MessageForm(forms.ModelForm):
    """A message to the other party, with one optional document (PDF, PNG or JPEG, checked by content).

    The document may hold sensitive personal information (a passport, say), so attaching one needs the
    separate consent box ticked (PIPL art. 29); the view records it with ``record_consent`` once sent.
    """

    consent_purpose = _("sharing it with the other party of this introduction")

    attachment = forms.FileField(
        label=_("Attach a document"),
        required=False,
        help_text=_("PDF, PNG or JPEG, at most 5 MB. Only the two of you can open it."),
        widget=forms.FileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )

    class Meta:
        model = IntroductionMessage
        fields = ["body"]
        labels = {"body": _("Your message")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[SENSITIVE_CONSENT_FIELD] = sensitive_upload_consent_field(self.consent_purpose)
        self.consent_given = False

    def clean_attachment(self):
        attachment = self.cleaned_data.get("attachment")
        if attachment:
            attachment.checked_content_type = validate_upload(attachment)
        return attachment

    def clean(self):
        cleaned = super().clean()
        self.consent_given = require_sensitive_consent(self, ["attachment"])
        return cleaned


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=[(value, label) for value, label in Outcome.choices if value in RECORDABLE_OUTCOMES]
    )


class ReportForm(forms.ModelForm):
    reason = forms.ChoiceField(
        label=_("What is wrong with this listing?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = ListingReport
        fields = ["reason", "details"]
        labels = {"details": _("Details (optional)")}
        widgets = {"details": forms.Textarea(attrs={"rows": 4})}

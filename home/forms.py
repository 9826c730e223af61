"""Site-wide public forms: the contact form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage


class ContactForm(forms.ModelForm):
    """The contact form's fixed fields, plus the privacy-notice consent and a honeypot for bots."""

    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the platform uses these details to answer me."),
        error_messages={"required": _("Tick the box to agree to the privacy notice, or we cannot answer you.")},
    )
    # Hidden from people (CSS and aria-hidden); bots that fill every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "organisation", "topic", "message"]
        labels = {"email": _("Email address")}
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.com."),
            },
            "topic": {"required": _("Choose what your message is about.")},
            "message": {"required": _("Enter your message.")},
        }

    MESSAGE_MAX_LENGTH = 5000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].max_length = self.MESSAGE_MAX_LENGTH
        self.fields["message"].widget.attrs["maxlength"] = self.MESSAGE_MAX_LENGTH
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) > self.MESSAGE_MAX_LENGTH:  # the model field is a TextField without a limit
            raise forms.ValidationError(
                _("Keep your message under %(limit)d characters.") % {"limit": self.MESSAGE_MAX_LENGTH}
            )
        return message

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

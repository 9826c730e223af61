"""What sign-up adds to allauth's form (name, phone, job title, consent), and the one-off "complete your profile" form.

allauth builds its SignupForm on ACCOUNT_SIGNUP_FORM_CLASS, so this form must not import allauth's forms.
"""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.legal import current_legal_page

from .models import Profile
from .profiles import record_signup


def _legal_link(kind, text):
    page = current_legal_page(kind)
    if not page:
        return text
    version = (
        format_html(' <span class="meta">({})</span>', gettext("version %(version)s") % {"version": page.version})
        if page.version
        else ""
    )
    return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>{}', page.url, text, version)


def consent_label():
    """The consent box's label, linking the live privacy policy and terms with their versions."""
    return format_html(
        gettext("I have read and agree to the {privacy} and the {terms}."),
        privacy=_legal_link("privacy", gettext("privacy policy")),
        terms=_legal_link("terms", gettext("terms of use")),
    )


class SignupDetailsForm(forms.Form):
    """Fields allauth adds to its sign-up form; ``signup`` saves them once the user exists."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("Partners see this name when you express interest or are introduced."),
        error_messages={"required": _("Enter your full name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    job_title = forms.CharField(
        label=_("Job title"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=50,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    consent = forms.BooleanField(
        label="",
        error_messages={
            "required": _(
                "Tick the box to agree to the privacy policy and terms of use; you cannot sign up without it."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label()

    # allauth adds its email and password fields after this form's own, so the order is set where it is shown.
    FIELD_ORDER = ["full_name", "email", "job_title", "phone", "password1", "password2", "consent"]

    def __iter__(self):
        names = [name for name in self.FIELD_ORDER if name in self.fields]
        names += [name for name in self.fields if name not in names]
        for name in names:
            yield self[name]

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Enter your full name."), code="required")
        return name

    def signup(self, request, user):
        record_signup(
            request,
            user,
            full_name=self.cleaned_data["full_name"],
            job_title=self.cleaned_data.get("job_title", ""),
            phone=self.cleaned_data.get("phone", ""),
        )


class CompleteProfileForm(forms.ModelForm):
    """Asked once after login of an account without a name (older accounts, accounts made by staff)."""

    class Meta:
        model = Profile
        fields = ["full_name", "job_title", "phone"]
        labels = {"full_name": _("Full name"), "job_title": _("Job title"), "phone": _("Phone")}
        help_texts = {"full_name": _("Partners see this name when you express interest or are introduced.")}
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True
        self.fields["full_name"].error_messages["required"] = _("Enter your full name.")

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Enter your full name."), code="required")
        return name

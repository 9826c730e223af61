"""Forms for the profile and the organisation pages. Validation messages are the user's guide."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.pending_uploads import KeepsUploadsMixin
from sectors.models import Sector

from .models import Organisation, Profile
from .validators import validate_logo


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["full_name", "job_title", "phone", "preferred_language", "match_emails"]
        help_texts = {
            "preferred_language": _("Emails from the platform are written in this language."),
        }
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }


class OrganisationForm(KeepsUploadsMixin, forms.ModelForm):
    """A logo that passes its checks survives an error elsewhere in the form (``core.pending_uploads``)."""

    # A plain file field: the type is judged by validate_logo from the content, so a renamed
    # text file and a GIF get the same clear message instead of Django's generic image error.
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        validators=[validate_logo],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https", max_length=200)
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "kind",
            "country",
            "city",
            "founded_year",
            "size",
            "sectors",
            "website",
            "logo",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 5, "maxlength": 1000})}
        help_texts = {"description": _("What your organisation does, in a few sentences (at most 1,000 characters).")}

    def clean_founded_year(self):
        year = self.cleaned_data.get("founded_year")
        if year and year > timezone.localdate().year:
            raise forms.ValidationError(_("The founding year cannot be in the future."), code="future_year")
        return year


class DeleteAccountForm(forms.Form):
    """Re-entering the password confirms that the account's owner, not someone at an unlocked screen, deletes it."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password to delete your account.")},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password. Enter the password you log in with."), code="wrong_password"
            )
        return password

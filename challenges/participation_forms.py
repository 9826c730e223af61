"""The forms solvers fill in: accepting the agreement, the team, invitations and submissions."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.pending_uploads import KeepsUploadsMixin
from core.uploads import ACCEPT_ATTRIBUTE, validate_uploads

from .models import Registration, Submission, TeamInvitation
from .submission import validate_attachment_count


class AgreementForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read the agreement and I accept it"),
        error_messages={"required": _("Tick the box to accept the agreement, or leave this page.")},
    )


class TeamNameForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["team_name"]


class InvitationForm(forms.ModelForm):
    award_share = forms.IntegerField(
        label=capfirst(TeamInvitation._meta.get_field("award_share").verbose_name),
        min_value=0,
        max_value=100,
        help_text=_("The part of any cash award this member gets. You keep what is not given to others."),
    )

    class Meta:
        model = TeamInvitation
        fields = ["email", "award_share"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class SubmissionForm(KeepsUploadsMixin, forms.ModelForm):
    """A submission's text and new files; files that pass their checks survive an error elsewhere on the form."""

    new_attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Up to 5 files in all: PDF, PNG or JPEG, at most 5 MB each."),
    )

    class Meta:
        model = Submission
        fields = ["title", "abstract", "abstract_is_public", "proposal"]
        widgets = {
            "abstract": forms.Textarea(attrs={"rows": 4}),
            "proposal": forms.Textarea(attrs={"rows": 14}),
        }

    def clean_new_attachments(self):
        files = self.cleaned_data["new_attachments"]
        existing = self.instance.attachments.count() if self.instance.pk else 0
        validate_attachment_count(existing, len(files))
        validate_uploads(files)
        return files

"""Forms and filters of the staff's vetting admin: the queue's filter, the reason for asking for changes,
the publication time of an approval, and the staff's edit of the brief (with an amendment's note)."""

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet

from .forms import BeijingDateTimeField, ChallengeForm
from .models import Challenge, ChallengeType, Status


class ChallengeVettingFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, empty_label=gettext_lazy("Any status")
    )
    challenge_type = django_filters.ChoiceFilter(label=gettext_lazy("Type"), choices=ChallengeType.choices)

    class Meta:
        model = Challenge
        fields = ["status", "challenge_type"]


class ReturnReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("What should the seeker change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The seeker receives this by email and sees it on their challenge."),
        error_messages={"required": gettext_lazy("Say what the seeker should change.")},
    )


class ApproveForm(forms.Form):
    publish_at = BeijingDateTimeField(
        label=gettext_lazy("Publish on (Beijing time, UTC+8)"),
        required=False,
        help_text=gettext_lazy("Leave as it is to publish now; a later time schedules the publication."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["publish_at"].initial = timezone.now().replace(second=0, microsecond=0)


class StaffChallengeForm(ChallengeForm):
    """The seeker's form, for staff ("expert diagnosis"): both languages, and on a public challenge the note
    of the amendment registrants are told about (in one language at least)."""

    note_en = forms.CharField(
        label=gettext_lazy("What changed (English)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    note_zh_hans = forms.CharField(
        label=gettext_lazy("What changed (中文)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, records_amendment=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.records_amendment = records_amendment
        if not records_amendment:
            del self.fields["note_en"]
            del self.fields["note_zh_hans"]

    def clean_submission_deadline(self):
        """Staff may keep a deadline that is now less than seven days away; a new one must be in the future."""
        deadline = self.cleaned_data["submission_deadline"]
        if "submission_deadline" not in self.changed_data:
            return deadline
        if deadline <= timezone.now():
            raise forms.ValidationError(gettext_lazy("Choose a deadline in the future."), code="past")
        return deadline

    def note_fields(self):
        return [self[name] for name in ("note_en", "note_zh_hans") if name in self.fields]

    def clean(self):
        cleaned = super().clean()
        has_note = (cleaned.get("note_en") or "").strip() or (cleaned.get("note_zh_hans") or "").strip()
        if self.records_amendment and self.brief_changed() and not has_note:
            self.add_error(
                "note_en", gettext_lazy("Say what changed, in at least one language: every registrant is told.")
            )
        return cleaned

    def brief_changed(self):
        return any(name in self._meta.fields for name in self.changed_data)

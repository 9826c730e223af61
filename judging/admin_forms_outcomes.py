"""Forms of the staff's outcome pages: an entrant's feedback, an award, the dates of its steps, the announcement."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from .forms_outcomes import MoneyField
from .models import Currency, Feedback, FeedbackReason, WinnerAnnouncement

STATEMENT_MAX_LENGTH = WinnerAnnouncement._meta.get_field("seeker_statement").max_length


class FeedbackForm(forms.Form):
    """One entrant's feedback: a reason from the translated list, and optional text in the entrant's language."""

    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=[("", _("Choose a reason")), *FeedbackReason.choices],
        error_messages={"required": _("Choose the reason this entrant is given.")},
    )
    text = forms.CharField(
        label=_("Feedback"),
        required=False,
        max_length=Feedback._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Write it in the entrant's language; it is sent as written."),
    )


class AwardForm(forms.Form):
    amount = MoneyField(
        label=_("Cash award"),
        required=False,
        help_text=_("In the currency's whole units (cents allowed). Leave empty for an award that is not cash."),
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    due_on = forms.DateField(
        label=_("To be paid by"),
        widget=AdminDateInput,
        help_text=_("The seeker is told this date; staff are emailed when it passes unpaid."),
        error_messages={"required": _("Give the date the award is to be paid by.")},
    )
    description = forms.CharField(
        label=_("What the award is"),
        required=False,
        max_length=300,
        help_text=_("Optional with a cash award: a pilot contract, incubation, a prize title."),
    )

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."), code="past")
        return due_on

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("amount") is None and not (cleaned.get("description") or "").strip() and not self.errors:
            self.add_error("amount", _("Give a cash amount, or say what the award is."))
        return cleaned


class StepDateForm(forms.Form):
    """The date of one step of an award: the agreement signed, or the payment."""

    on = forms.DateField(
        label=_("Date"),
        widget=AdminDateInput,
        error_messages={"required": _("Give the date.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = timezone.localdate()

    def clean_on(self):
        on = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")
        return on


class AnnouncementForm(forms.Form):
    seeker_statement_en = forms.CharField(
        label=_("The seeker's statement (English)"),
        required=False,
        max_length=STATEMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "lang": "en"}),
    )
    seeker_statement_zh_hans = forms.CharField(
        label=_("The seeker's statement (中文)"),
        required=False,
        max_length=STATEMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "lang": "zh-Hans"}),
    )
    make_news_item = forms.BooleanField(
        label=_("Also create a news item"),
        required=False,
        help_text=_("A draft in the news section, titled in both languages; editors finish and publish it."),
    )

    def clean(self):
        cleaned = super().clean()
        en, zh = (cleaned.get(name, "").strip() for name in ("seeker_statement_en", "seeker_statement_zh_hans"))
        if bool(en) != bool(zh) and not self.errors:
            missing = "seeker_statement_zh_hans" if en else "seeker_statement_en"
            self.add_error(missing, _("Write the statement in both languages, or leave both empty."))
        return cleaned

"""The form an owner fills in to write or edit a listing."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.i18n import current_language_code
from core.pending_uploads import KeepsUploadsMixin
from core.uploads import validate_uploads
from sectors.models import Sector, SubField
from vocabulary.models import CooperationType, Region, TechnologyKeyword

from .attachments import validate_attachment_count
from .models import Listing

MAX_DEADLINE_DAYS = 365


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that accepts several files and cleans each one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class SubFieldChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.sector} · {obj}"


def model_label(field_name):
    """The model field's (translated) verbose name, so the form reuses existing translations."""
    return capfirst(Listing._meta.get_field(field_name).verbose_name)


class ListingForm(KeepsUploadsMixin, forms.ModelForm):
    """Everything an owner says about an offer or request; the organisation and status are set elsewhere.

    Attachments that pass their checks are kept when the form fails validation (``core.pending_uploads``).
    """

    sectors = forms.ModelMultipleChoiceField(
        label=model_label("sectors"),
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one sector.")},
    )
    subfields = SubFieldChoiceField(
        label=model_label("subfields"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=SubField.objects.select_related("sector").order_by("sector__sort_order", "sector__code", "sort_order"),
        help_text=_("Only sub-fields of the sectors you chose."),
    )
    keywords = forms.ModelMultipleChoiceField(
        label=model_label("keywords"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=TechnologyKeyword.objects.all(),
    )
    cooperation_types = forms.ModelMultipleChoiceField(
        label=model_label("cooperation_types"),
        queryset=CooperationType.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one type of cooperation.")},
    )
    target_regions = forms.ModelMultipleChoiceField(
        label=model_label("target_regions"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=Region.objects.all(),
    )
    new_attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        # Numbers are spelled out so the lazy string stays translatable (MAX_ATTACHMENTS, 5 MB).
        help_text=_("Up to 5 files in all: PDF, PNG or JPEG, at most 5 MB each."),
    )

    class Meta:
        model = Listing
        fields = [
            "kind",
            "title",
            "summary",
            "description",
            "original_language",
            "translated_title",
            "translated_summary",
            "sectors",
            "subfields",
            "keywords",
            "cooperation_types",
            "target_regions",
            "stage",
            "ip_status",
            "budget_min",
            "budget_max",
            "budget_currency",
            "deadline",
            "is_anonymous",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "translated_summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 7}),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "original_language": _("The language the title, summary and description are written in."),
            "translated_title": _("The title in the other language, so more readers find you."),
            "translated_summary": _("The summary in the other language."),
            "budget_min": _("Leave empty if you would rather not say."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            self.fields["original_language"].initial = current_language_code()
        self.fields["deadline"].help_text = _("The listing expires after this day; at most a year ahead.")

    def subfield_groups(self):
        """``[(sector, [checkbox, ...])]``: the sub-field checkboxes grouped under their sector."""
        groups = {}
        for checkbox in self["subfields"]:
            subfield = checkbox.data["value"].instance
            groups.setdefault(subfield.sector, []).append((checkbox, subfield))
        return list(groups.items())

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        today = timezone.localdate()
        if deadline <= today:
            raise forms.ValidationError(_("Choose a deadline in the future."), code="past")
        if deadline > today + datetime.timedelta(days=MAX_DEADLINE_DAYS):
            raise forms.ValidationError(_("Choose a deadline at most one year from today."), code="too_far")
        return deadline

    def clean_new_attachments(self):
        files = self.cleaned_data["new_attachments"]
        existing = self.instance.attachments.count() if self.instance.pk else 0
        validate_attachment_count(existing, len(files))
        validate_uploads(files)
        return files

    def clean(self):
        cleaned = super().clean()
        sectors = cleaned.get("sectors")
        subfields = cleaned.get("subfields")
        if sectors is not None and subfields:
            chosen = {sector.pk for sector in sectors}
            outside = [subfield for subfield in subfields if subfield.sector_id not in chosen]
            if outside:
                self.add_error(
                    "subfields",
                    _("“%(names)s” does not belong to the sectors you chose.")
                    % {"names": ", ".join(str(subfield) for subfield in outside)},
                )
        budget_min, budget_max = cleaned.get("budget_min"), cleaned.get("budget_max")
        if budget_min is not None and budget_max is not None and budget_min > budget_max:
            self.add_error("budget_max", _("The upper amount must not be smaller than the lower one."))
        if cleaned.get("translated_summary") and not cleaned.get("translated_title"):
            self.add_error("translated_title", _("Add the translated title too, or leave both empty."))
        return cleaned

"""The search page's query string, read into a SearchQuery. Anything malformed is ignored, not an error."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .backends.base import SearchQuery, date_buckets
from .documents import CONTENT_TYPES

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=MAX_QUERY_LENGTH, required=False)
    type = forms.MultipleChoiceField(label=_("Type"), choices=list(CONTENT_TYPES.items()), required=False)
    sector = forms.MultipleChoiceField(label=_("Sector"), required=False)
    lang = forms.MultipleChoiceField(label=_("Language"), choices=settings.LANGUAGES, required=False)
    date = forms.ChoiceField(label=_("Date"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def __init__(self, data, *args, **kwargs):
        data = data.copy()
        if len(data.get("q", "")) > MAX_QUERY_LENGTH:
            data["q"] = data["q"][:MAX_QUERY_LENGTH]  # a pasted essay is cut, not refused
        super().__init__(data, *args, **kwargs)
        # Sector codes are not looked up (no query): an unknown code simply matches nothing.
        self.fields["sector"].valid_value = lambda value: bool(value) and len(value) <= 50
        self.fields["date"].choices = [("", "")] + [(key, label) for key, label, *_range in date_buckets()]

    def _field_or_empty(self, name):
        """A field's cleaned value; None when the reader's input for it was malformed."""
        return self.cleaned_data.get(name)

    def to_query(self, language):
        self.is_valid()
        date_from, date_to = self._field_or_empty("date_from"), self._field_or_empty("date_to")
        bucket = self._field_or_empty("date")
        if bucket:
            date_from, date_to = next((start, end) for key, _label, start, end in date_buckets() if key == bucket)
        return SearchQuery(
            text=(self._field_or_empty("q") or "").strip(),
            language=language,
            content_types=self._field_or_empty("type") or [],
            sectors=self._field_or_empty("sector") or [],
            languages=self._field_or_empty("lang") or [],
            date_from=date_from,
            date_to=date_to,
            page=self._field_or_empty("page") or 1,
            per_page=PER_PAGE,
        )

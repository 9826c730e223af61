"""Filters, keyword search, sort and facet counts for the public opportunities browse page.

Saved searches store the same parameters, so their email digests reuse ``ListingFilter`` as is.
"""

import datetime
import hashlib
import json
from dataclasses import dataclass, field

import django_filters
from django.core.cache import cache
from django.db.models import Case, Count, Exists, F, OuterRef, Q, When
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from sectors.models import Sector
from vocabulary.models import CooperationType, Region, TechnologyKeyword

from .models import Listing, ListingKind, Stage

POSTED_WITHIN_DAYS = (7, 30, 90)
FACET_CACHE_SECONDS = 60
POSTED_CHOICES = [
    ("7", _("In the last 7 days")),
    ("30", _("In the last 30 days")),
    ("90", _("In the last 90 days")),
]
SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("deadline", _("Deadline soonest")),
    ("title", _("Title A–Z")),
]
MAX_SEARCH_TERMS = 8

# Filter parameters that narrow the results (everything but the sort order and the page number).
FILTER_PARAMETERS = ("q", "kind", "sector", "country", "region", "cooperation", "stage", "posted")


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    """One filter with the number of results each of its values would give, the others staying as they are."""

    name: str
    label: str
    empty_label: str
    options: list = field(default_factory=list)
    errors: list = field(default_factory=list)


class ListingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search_text", max_length=200, label=_("Keywords"))
    kind = django_filters.ChoiceFilter(choices=ListingKind.choices, label=_("Type"), empty_label=_("All types"))
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="code",
        label=_("Sector"),
        empty_label=_("All sectors"),
    )
    country = django_filters.ChoiceFilter(
        field_name="organisation__country",
        choices=lambda: list(countries),
        label=_("Country"),
        empty_label=_("All countries"),
    )
    region = django_filters.ModelChoiceFilter(
        field_name="target_regions",
        queryset=Region.objects.all(),
        to_field_name="code",
        label=_("Target region"),
        empty_label=_("All regions"),
    )
    cooperation = django_filters.ModelChoiceFilter(
        field_name="cooperation_types",
        queryset=CooperationType.objects.all(),
        to_field_name="code",
        label=_("Cooperation type"),
        empty_label=_("All cooperation types"),
    )
    stage = django_filters.ChoiceFilter(
        choices=Stage.choices, label=_("Stage of development"), empty_label=_("All stages")
    )
    posted = django_filters.ChoiceFilter(
        choices=POSTED_CHOICES, method="posted_within", label=_("Posted"), empty_label=_("Any time")
    )
    sort = django_filters.ChoiceFilter(choices=SORT_CHOICES, method="sort_by", label=_("Sort by"), empty_label=None)

    class Meta:
        model = Listing
        fields = []

    def search_text(self, queryset, name, value):
        """Every word must appear in the title, summary (either language), description or a keyword.

        Keywords match in both languages, so “人工智能” also finds English listings tagged “AI”.
        Plain substring matching works for Chinese, which has no spaces between words.
        """
        for term in value.split()[:MAX_SEARCH_TERMS]:
            tagged = TechnologyKeyword.objects.filter(
                Q(name_en__icontains=term) | Q(name_zh_hans__icontains=term), listings=OuterRef("pk")
            )
            queryset = queryset.filter(
                Q(title__icontains=term)
                | Q(summary__icontains=term)
                | Q(translated_title__icontains=term)
                | Q(translated_summary__icontains=term)
                | Q(description__icontains=term)
                | Exists(tagged)
            )
        return queryset

    def posted_within(self, queryset, name, value):
        return queryset.filter(published_at__gte=timezone.now() - datetime.timedelta(days=int(value)))

    def sort_by(self, queryset, name, value):
        if value == "deadline":
            return queryset.order_by("deadline", "-published_at", "-pk")
        if value == "title":
            # Sort by the title the reader sees: the translation when it exists in their language.
            shown_title = Case(
                When(~Q(original_language=get_language()) & ~Q(translated_title=""), then=F("translated_title")),
                default=F("title"),
            )
            return queryset.annotate(shown_title=shown_title).order_by("shown_title", "-pk")
        return queryset.order_by("-published_at", "-pk")

    def queryset_without(self, excluded):
        """The results with every filter applied except ``excluded`` (and unsorted, for counting)."""
        self.errors  # noqa: B018 -- validates the form, which fills cleaned_data
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in (excluded, "sort"):
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by()

    def _counts(self, name, group_by):
        rows = self.queryset_without(name).values(group_by).annotate(listing_count=Count("pk", distinct=True))
        return {row[group_by]: row["listing_count"] for row in rows if row[group_by] is not None}

    def _posted_counts(self):
        now = timezone.now()
        return self.queryset_without("posted").aggregate(
            **{
                str(days): Count("pk", filter=Q(published_at__gte=now - datetime.timedelta(days=days)))
                for days in POSTED_WITHIN_DAYS
            }
        )

    def _selected_value(self, name):
        value = self.form.cleaned_data.get(name)
        if value in (None, ""):
            return ""
        return getattr(value, "code", None) or str(value)

    def _facet(self, name, choices, counts):
        """Options in ``choices`` order; values without results are left out unless selected."""
        selected = self._selected_value(name)
        facet = Facet(
            name,
            self.filters[name].label,
            self.filters[name].extra["empty_label"],
            errors=self.form.errors.get(name, []),
        )
        for value, label in choices:
            value = str(value)
            count = counts.get(value, 0)
            if count or value == selected:
                facet.options.append(FacetOption(value, str(label), count, value == selected))
        return facet

    def facet_counts(self):
        """``{facet: {value: count}}``, cached briefly per filter combination.

        Counting scans every matching public listing once per facet (about 300 ms at 100,000
        listings, see bench/), so counts may lag new listings by up to FACET_CACHE_SECONDS.
        """
        key = (
            "listing-facets:"
            + hashlib.sha256(json.dumps(self.active_parameters(), sort_keys=True).encode()).hexdigest()
        )
        counts = cache.get(key)
        if counts is None:
            counts = {
                "kind": self._counts("kind", "kind"),
                "sector": self._counts("sector", "sectors__code"),
                "country": self._counts("country", "organisation__country"),
                "region": self._counts("region", "target_regions__code"),
                "cooperation": self._counts("cooperation", "cooperation_types__code"),
                "stage": self._counts("stage", "stage"),
                "posted": self._posted_counts(),
            }
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def facets(self):
        """Every facet with counts: one aggregate query per facet (when not cached), plus one per vocabulary."""
        counts = self.facet_counts()
        country_choices = sorted(((code, countries.name(code)) for code in counts["country"]), key=lambda c: c[1])
        return [
            self._facet("kind", ListingKind.choices, counts["kind"]),
            self._facet("sector", [(s.code, s.name) for s in Sector.objects.all()], counts["sector"]),
            self._facet("country", country_choices, counts["country"]),
            self._facet("region", [(r.code, r.name) for r in Region.objects.all()], counts["region"]),
            self._facet(
                "cooperation", [(c.code, c.name) for c in CooperationType.objects.all()], counts["cooperation"]
            ),
            self._facet("stage", Stage.choices, counts["stage"]),
            self._facet("posted", POSTED_CHOICES, counts["posted"]),
        ]

    def active_parameters(self):
        """The valid, non-empty filter parameters, as a saved search stores them."""
        self.errors  # noqa: B018
        return {name: self._selected_value(name) for name in FILTER_PARAMETERS if self._selected_value(name)}

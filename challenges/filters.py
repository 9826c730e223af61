"""Filters for the public list of challenges: sector, type, award, status, deadline and a text query.

Imports the vocabularies (``choices.py``), never ``models.py``. The site search (``search/``) is the full
bilingual search; the ``q`` filter here is a plain substring match over titles and summaries in both
languages, which works for Chinese too (no spaces between words).
"""

import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sectors.models import Sector

from .choices import ChallengeType

MAX_SEARCH_TERMS = 8

AWARD_CHOICES = [("cash", _("Cash award")), ("non-cash", _("Non-cash award"))]
STATUS_CHOICES = [("open", _("Open for submissions")), ("closed", _("Closed for submissions"))]
DEADLINE_CHOICES = [("7", _("Closes within 7 days")), ("30", _("Closes within 30 days"))]


class ChallengeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search_text", max_length=200, label=_("Keywords"))
    sector = django_filters.ModelChoiceFilter(
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="code",
        label=_("Sector"),
        empty_label=_("All sectors"),
    )
    type = django_filters.ChoiceFilter(
        field_name="challenge_type", choices=ChallengeType.choices, label=_("Type"), empty_label=_("All types")
    )
    award = django_filters.ChoiceFilter(
        choices=AWARD_CHOICES, method="with_award", label=_("Award"), empty_label=_("Any award")
    )
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="with_status", label=_("Status"), empty_label=_("Open or closed")
    )
    deadline = django_filters.ChoiceFilter(
        choices=DEADLINE_CHOICES, method="closing_within", label=_("Deadline"), empty_label=_("Any deadline")
    )

    def search_text(self, queryset, name, value):
        """Every word must appear in the title or the public summary, in either language."""
        for term in value.split()[:MAX_SEARCH_TERMS]:
            queryset = queryset.filter(
                Q(title_en__icontains=term)
                | Q(title_zh_hans__icontains=term)
                | Q(summary_en__icontains=term)
                | Q(summary_zh_hans__icontains=term)
            )
        return queryset

    def with_award(self, queryset, name, value):
        if value == "cash":
            return queryset.filter(award_amount__gt=0)
        return queryset.exclude(non_cash_awards=[])

    def with_status(self, queryset, name, value):
        now = timezone.now()
        if value == "open":
            return queryset.filter(submission_deadline__gt=now)
        return queryset.filter(submission_deadline__lte=now)

    def closing_within(self, queryset, name, value):
        now = timezone.now()
        return queryset.filter(
            submission_deadline__gt=now, submission_deadline__lte=now + datetime.timedelta(days=int(value))
        )

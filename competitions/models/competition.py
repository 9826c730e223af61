"""A competition (创业大赛): a challenge that applicants enter in a track, through an editor-defined form.

The challenge carries the brief, dates, agreement and judging (phases, rubrics, judges); the competition
adds its tracks (by sector or by region, e.g. Haikou or overseas) and its application form. Each question
may carry one eligibility rule, checked when the application is sent (``eligibility``): the applicant reads
the rule's own message, in their language, when their answer does not meet it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from challenges.models import Challenge

from ..choices import QuestionKind, RuleOperator, Section


class CompetitionQuerySet(models.QuerySet):
    def public(self, now=None):
        return self.filter(challenge__in=Challenge.objects.public(now))

    def with_results(self):
        return self.filter(results_published_at__isnull=False)


class Competition(ClusterableModel):
    challenge = models.OneToOneField(
        "challenges.Challenge",
        on_delete=models.CASCADE,
        related_name="competition",
        verbose_name=_("challenge"),
        help_text=_("The brief, dates, agreement and judging of the competition are the challenge's."),
    )
    edition = models.PositiveSmallIntegerField(_("year"), help_text=_("The edition's year, e.g. 2026."))
    results_note = models.TextField(
        _("about the results"), max_length=2_000, blank=True, help_text=_("Shown above the published results.")
    )
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)
    applicants_told_at = models.DateTimeField(
        null=True, blank=True, help_text="When applicants were emailed their places (once: a correction is not)."
    )
    results_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CompetitionQuerySet.as_manager()

    class Meta:
        ordering = ["-edition", "-pk"]
        verbose_name = _("competition")
        verbose_name_plural = _("competitions")

    def __str__(self):
        return f"{self.challenge} ({self.edition})"

    @property
    def has_results(self):
        return self.results_published_at is not None


class Track(models.Model):
    competition = ParentalKey(Competition, on_delete=models.CASCADE, related_name="tracks")
    name = models.CharField(_("track"), max_length=120)
    description = models.TextField(_("who it is for"), max_length=1_000, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["competition", "sort_order", "pk"]
        verbose_name = _("track")
        verbose_name_plural = _("tracks")

    def __str__(self):
        return self.name


class ApplicationQuestion(models.Model):
    competition = ParentalKey(Competition, on_delete=models.CASCADE, related_name="questions")
    section = models.CharField(_("section"), max_length=20, choices=Section.choices, default=Section.BUSINESS_PLAN)
    label = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(_("kind of answer"), max_length=20, choices=QuestionKind.choices)
    options = models.TextField(
        _("options"),
        blank=True,
        help_text=_("For “one of a list”: one option per line, in the same order in both languages."),
    )
    required = models.BooleanField(_("required"), default=True)
    rule_operator = models.CharField(
        _("eligibility rule"), max_length=20, choices=RuleOperator.choices, default=RuleOperator.NONE, blank=True
    )
    rule_value = models.TextField(
        _("rule value"),
        max_length=1_000,
        blank=True,
        help_text=_("A number, “yes” or “no”, or options as written in English (one per line for “one of”)."),
    )
    rule_message = models.CharField(
        _("message when the rule is not met"), max_length=300, blank=True, help_text=_("What the applicant reads.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["competition", "sort_order", "pk"]
        verbose_name = _("application question")
        verbose_name_plural = _("application questions")

    def __str__(self):
        return self.label

    def option_pairs(self):
        """``[(stored value, label shown)]``: the English option is stored, the current language's shown."""
        english = [line.strip() for line in (self.options_en or "").splitlines() if line.strip()]
        shown = [line.strip() for line in (self.options or "").splitlines() if line.strip()]
        return [(value, shown[index] if index < len(shown) else value) for index, value in enumerate(english)]

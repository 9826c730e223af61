"""A challenge: an enterprise's innovation problem, vetted by staff and then open to solvers anywhere.

The brief is written in English and Chinese (translated fields; a language left empty falls back to the
other). Its public part (title, summary, problem, background, requirements) is for everyone; the
``confidential_details`` only for registrants who accepted the challenge's agreement. Vetting is the
``status`` (draft → submitted → approved, or returned with a reason); once approved, the dates alone say
whether it is scheduled, open or closed (``stage``), so the deadline needs no job to take effect.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cards import Card
from search.searchable import Searchable

from ..choices import (
    IP_MODEL_TERMS,
    TRL_LEVELS,
    ChallengeType,
    Currency,
    Entrant,
    IPModel,
    NonCashAward,
    Stage,
    Status,
)

# Fields of the brief in both languages (``translation.py``); the first six are public.
PUBLIC_BRIEF_FIELDS = ("title", "summary", "problem", "background", "must_do", "must_not_do", "constraints")
BRIEF_FIELDS = (*PUBLIC_BRIEF_FIELDS, "confidential_details", "agreement_terms", "non_cash_award_details")


class ChallengeQuerySet(models.QuerySet):
    def public(self, now=None):
        """Approved and past their publication time: what anyone may see."""
        return self.filter(status=Status.APPROVED, publish_at__lte=now or timezone.now())

    def open_for_submissions(self, now=None):
        now = now or timezone.now()
        return self.public(now).filter(submission_deadline__gt=now)

    def closed_for_submissions(self, now=None):
        now = now or timezone.now()
        return self.public(now).filter(submission_deadline__lte=now)

    def owned_by(self, user):
        return self.filter(owner=user)


def stage_of(status, publish_at, submission_deadline, now=None):
    """Scheduled, open or closed for an approved challenge; None before approval."""
    if status != Status.APPROVED or publish_at is None:
        return None
    now = now or timezone.now()
    if publish_at > now:
        return Stage.SCHEDULED
    return Stage.OPEN if now < submission_deadline else Stage.CLOSED


class Challenge(Card, Searchable, models.Model):
    card_key_fields = ("pk", "updated_at", "organisation__name", "status", "publish_at", "submission_deadline")
    search_kind = "challenge"
    search_date_field = "publish_at"
    search_sectors_field = "sectors"
    search_keyword_fields = ["keywords"]
    search_url_name = "challenges:detail"
    search_unsearched_fields = frozenset({"updated_at", "reminders_sent", "solvers_invited_at"})

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenges")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE, related_name="challenges")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("public summary"), max_length=800, help_text=_("What anyone may read: the problem in a few sentences.")
    )
    problem = models.TextField(_("the problem"), max_length=6_000)
    background = models.TextField(_("background"), max_length=6_000, blank=True)
    must_do = models.TextField(_("a solution must"), max_length=4_000)
    must_not_do = models.TextField(_("a solution must not"), max_length=4_000, blank=True)
    constraints = models.TextField(_("constraints"), max_length=4_000, blank=True)
    confidential_details = models.TextField(
        _("confidential details"),
        max_length=10_000,
        blank=True,
        help_text=_("Shown only to solvers who have accepted the challenge agreement."),
    )
    challenge_type = models.CharField(_("type of challenge"), max_length=30, choices=ChallengeType.choices)
    trl_wanted = models.PositiveSmallIntegerField(
        _("maturity wanted"),
        choices=TRL_LEVELS,
        help_text=_("The technology readiness level a solution should reach."),
    )
    sectors = models.ManyToManyField("sectors.Sector", related_name="challenges", verbose_name=_("sectors"))
    keywords = models.ManyToManyField(
        "vocabulary.TechnologyKeyword", blank=True, related_name="challenges", verbose_name=_("technology keywords")
    )
    award_amount = models.PositiveBigIntegerField(_("cash award"), null=True, blank=True)
    award_currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY)
    non_cash_awards = models.JSONField(
        _("non-cash awards"), default=list, blank=True, help_text=_("Codes from NonCashAward.")
    )
    non_cash_award_details = models.TextField(_("about the non-cash awards"), max_length=2_000, blank=True)
    entrants = models.JSONField(_("who may enter"), default=list, help_text=_("Codes from Entrant."))
    eligible_regions = models.ManyToManyField(
        "vocabulary.Region",
        blank=True,
        related_name="challenges",
        verbose_name=_("countries and regions that may enter"),
        help_text=_("Leave empty to welcome solvers from anywhere."),
    )
    ip_model = models.CharField(_("intellectual property"), max_length=20, choices=IPModel.choices)
    agreement_terms = models.TextField(
        _("further terms of the agreement"), max_length=6_000, blank=True, help_text=_("Added to the IP template.")
    )
    allows_multiple_submissions = models.BooleanField(_("a solver may send more than one submission"), default=False)
    publish_at = models.DateTimeField(_("publish on"), null=True, blank=True, db_index=True)
    submission_deadline = models.DateTimeField(_("submission deadline"), db_index=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    return_reason = models.TextField(_("changes requested"), blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    solvers_invited_at = models.DateTimeField(
        null=True, blank=True, help_text="When matching offers' owners were invited."
    )
    reminders_sent = models.JSONField(default=list, blank=True, help_text="Deadline reminders already sent (days).")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        indexes = [models.Index(fields=["status", "publish_at", "submission_deadline"])]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    def __str__(self):
        return self.title

    @classmethod
    def card_key_of(cls, values):
        """A card says "Closed for submissions" once the deadline passes, with no change to the row."""
        *_, status, publish_at, deadline = values
        return (*values, stage_of(status, publish_at, deadline) == Stage.OPEN)

    def stage(self, now=None):
        """Scheduled, open or closed for an approved challenge; None before approval."""
        return stage_of(self.status, self.publish_at, self.submission_deadline, now)

    @property
    def is_public(self):
        return self.stage() in (Stage.OPEN, Stage.CLOSED)

    def is_open_for_submissions(self, now=None):
        return self.stage(now) == Stage.OPEN

    def ip_terms(self):
        return IP_MODEL_TERMS[IPModel(self.ip_model)]

    def agreement_version(self):
        """A short fingerprint of the agreement in both languages: it changes whenever its text does."""
        parts = [self.ip_model]
        for language, _name in settings.LANGUAGES:
            parts.append(getattr(self, f"agreement_terms_{language.replace('-', '_')}") or "")
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]

    def non_cash_award_labels(self):
        return [NonCashAward(code).label for code in self.non_cash_awards if code in NonCashAward.values]

    def entrant_labels(self):
        return [Entrant(code).label for code in self.entrants if code in Entrant.values]

    # --- search ---------------------------------------------------------------------------

    @classmethod
    def search_rows(cls):
        return cls.search_prefetch(cls.objects.public().select_related("organisation"))

    def search_is_public(self):
        return self.is_public

    def search_versions(self):
        """The public brief in each language it is written in (never the confidential details)."""
        versions = []
        for language, _name in settings.LANGUAGES:
            suffix = language.replace("-", "_")
            title = getattr(self, f"title_{suffix}")
            if title:
                text = [getattr(self, f"{name}_{suffix}") or "" for name in PUBLIC_BRIEF_FIELDS[1:]]
                versions.append((language, title, [*text, self.organisation.name]))
        return versions


class ChallengePhase(models.Model):
    """A step on a challenge's timeline (registration, Q&A, submissions, judging, winners), shown in order."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("phase"), max_length=120)
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["ends_at", "pk"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def __str__(self):
        return self.name


class ChallengeAmendment(models.Model):
    """A change to a public brief, recorded for every registrant to read (and notified to them)."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="amendments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("what changed"), max_length=2_000)
    changed_fields = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")

    def __str__(self):
        return self.note[:60]

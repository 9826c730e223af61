"""How a challenge is judged: its options, evaluation phases and each phase's rubric of weighted criteria.

Staff define these per challenge in the Wagtail admin, in both languages (``translation.py``). A phase
closes at ``closes_at``: after it, judges can no longer score or revise (checked on the server by
``reviews``).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import POOL_CHOICES, POOL_STATUSES, RATING_MAX, CriterionKind, EntryStatus, PhaseKind


class JudgingOptions(models.Model):
    """Per-challenge rules of judging: anonymity, and what entrants see in their feedback."""

    challenge = models.OneToOneField("challenges.Challenge", on_delete=models.CASCADE, related_name="judging_options")
    anonymous = models.BooleanField(
        _("anonymous judging"), default=False, help_text=_("Judges do not see who sent a submission.")
    )
    show_scores_in_feedback = models.BooleanField(
        _("entrants see their scores"),
        default=False,
        help_text=_("Feedback shows each entrant their average score on every criterion."),
    )

    class Meta:
        verbose_name = _("judging options")
        verbose_name_plural = _("judging options")

    def __str__(self):
        return str(self.challenge)


class EvaluationPhase(models.Model):
    """A round of judging. Judges are assigned to a phase; the phase's criteria are what they score."""

    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="evaluation_phases")
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=PhaseKind.choices, default=PhaseKind.REVIEW)
    position = models.PositiveSmallIntegerField(_("order"), default=1)
    entry_status = models.CharField(
        _("entries judged"),
        max_length=30,
        choices=POOL_CHOICES,
        default=EntryStatus.SHORTLISTED,
        help_text=_("Judges score the entries at this status (and those that have since moved further on)."),
    )
    closes_at = models.DateTimeField(_("scoring closes"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["challenge", "position", "pk"]
        verbose_name = _("evaluation phase")
        verbose_name_plural = _("evaluation phases")

    def __str__(self):
        return self.name

    def pool_statuses(self):
        """The entry statuses this phase's judges score."""
        return POOL_STATUSES[self.entry_status]

    def is_open(self, now=None):
        return (now or timezone.now()) < self.closes_at


class Criterion(models.Model):
    """One line of a rubric. Scores are normalised to 0–100 and weighted (``standings``)."""

    phase = models.ForeignKey(EvaluationPhase, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=160)
    guidance = models.TextField(_("guidance for judges"), max_length=1_000, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=CriterionKind.choices, default=CriterionKind.SCALE)
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"), default=10, help_text=_("For a numeric scale: scores run from 0 to this number.")
    )
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    position = models.PositiveSmallIntegerField(_("order"), default=1)

    class Meta:
        ordering = ["phase", "position", "pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name

    @property
    def min_value(self):
        return 1 if self.kind == CriterionKind.RATING else 0

    @property
    def max_value(self):
        if self.kind == CriterionKind.RATING:
            return RATING_MAX
        if self.kind == CriterionKind.YES_NO:
            return 1
        return max(self.scale_max, 1)

    def normalised(self, value):
        """``value`` on a 0–100 scale, so criteria of different kinds can be weighted together."""
        low, high = self.min_value, self.max_value
        return 100.0 * (value - low) / (high - low) if high > low else 0.0

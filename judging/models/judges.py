"""Judges: their assignment to a phase, the confidentiality agreement and conflict declaration, and recusals.

A judge sees nothing of a phase until they have accepted the agreement and declared their conflicts
(``JudgeAssignment.is_ready``). ``conflicts.recuse`` then records a ``Recusal`` for every submission from
the judge's own organisation or one they declared a link with; a recused judge cannot open that submission.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import RecusalReason


class JudgeAssignmentQuerySet(models.QuerySet):
    def ready(self):
        return self.filter(agreement_accepted_at__isnull=False, conflicts_declared_at__isnull=False)


class JudgeAssignment(models.Model):
    phase = models.ForeignKey("judging.EvaluationPhase", on_delete=models.CASCADE, related_name="assignments")
    judge = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="judge_assignments")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    agreement_version = models.CharField(max_length=20, blank=True)
    agreement_accepted_at = models.DateTimeField(null=True, blank=True)
    declared_organisations = models.ManyToManyField(
        "accounts.Organisation",
        blank=True,
        related_name="+",
        verbose_name=_("organisations you have links with"),
    )
    declared_links = models.TextField(_("other links with entrants"), max_length=2_000, blank=True)
    conflicts_declared_at = models.DateTimeField(null=True, blank=True)

    objects = JudgeAssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["phase", "assigned_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["phase", "judge"], name="one_assignment_per_judge_and_phase")]
        verbose_name = _("judge")
        verbose_name_plural = _("judges")

    def __str__(self):
        return f"{self.judge} · {self.phase}"

    @property
    def is_ready(self):
        return self.agreement_accepted_at is not None and self.conflicts_declared_at is not None


class Recusal(models.Model):
    """A judge kept away from one submission, and why; recorded, never silently applied."""

    assignment = models.ForeignKey(JudgeAssignment, on_delete=models.CASCADE, related_name="recusals")
    submission = models.ForeignKey("challenges.Submission", on_delete=models.CASCADE, related_name="recusals")
    reason = models.CharField(_("reason"), max_length=30, choices=RecusalReason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assignment", "submission"], name="one_recusal_per_entry")]
        verbose_name = _("recusal")
        verbose_name_plural = _("recusals")

    def __str__(self):
        return f"{self.assignment} ✕ {self.submission}"

"""A judge's review of one submission in one phase: a score per criterion and a required comment.

A review can be revised until the phase closes. Staff reconcile an outlier by recording a note, and may
leave the review out of the averages (``excluded``), which is recorded with who and when.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Review(models.Model):
    assignment = models.ForeignKey("judging.JudgeAssignment", on_delete=models.CASCADE, related_name="reviews")
    submission = models.ForeignKey("challenges.Submission", on_delete=models.CASCADE, related_name="reviews")
    comment = models.TextField(_("comments"), max_length=5_000)
    language = models.CharField(max_length=10, blank=True)
    submitted_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    excluded = models.BooleanField(_("left out of the averages"), default=False)
    reconciliation_note = models.TextField(_("reconciliation note"), max_length=2_000, blank=True)
    reconciled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reconciled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["assignment", "submission"], name="one_review_per_judge")]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self):
        return f"{self.assignment.judge} · {self.submission}"


class CriterionScore(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey("judging.Criterion", on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(_("score"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion")]
        verbose_name = _("score")
        verbose_name_plural = _("scores")

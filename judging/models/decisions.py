"""Where each sent submission stands (``Evaluation``) and every move on, recorded with who and when."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import EntryStatus


class Evaluation(models.Model):
    submission = models.OneToOneField("challenges.Submission", on_delete=models.CASCADE, related_name="evaluation")
    status = models.CharField(
        _("status"), max_length=30, choices=EntryStatus.choices, default=EntryStatus.AWAITING_SCREENING, db_index=True
    )
    reason = models.TextField(_("reason"), max_length=2_000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self):
        return f"{self.submission}: {self.get_status_display()}"


class Decision(models.Model):
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="decisions")
    from_status = models.CharField(max_length=30, choices=EntryStatus.choices)
    to_status = models.CharField(max_length=30, choices=EntryStatus.choices)
    reason = models.TextField(_("reason"), max_length=2_000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField()

    class Meta:
        ordering = ["decided_at", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"

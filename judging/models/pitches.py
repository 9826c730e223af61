"""The agenda of a pitch round: when and where each entry pitches to the panel.

A slot belongs to a phase of kind ``PhaseKind.PITCH`` and to one entry in it; it has a start and an end
(moments, shown in Beijing time), and a room or an online link (or both). The judges' page of a pitch
phase lists its entries in agenda order, so a judge scores on the day from a phone, slot after slot.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PitchSlot(models.Model):
    phase = models.ForeignKey("judging.EvaluationPhase", on_delete=models.CASCADE, related_name="pitch_slots")
    submission = models.ForeignKey("challenges.Submission", on_delete=models.CASCADE, related_name="pitch_slots")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    room = models.CharField(_("room"), max_length=120, blank=True)
    online_link = models.URLField(_("online link"), blank=True, help_text=_("For a team that pitches remotely."))

    class Meta:
        ordering = ["phase", "starts_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["phase", "submission"], name="one_pitch_slot_per_entry")]
        verbose_name = _("pitch slot")
        verbose_name_plural = _("pitch slots")

    def __str__(self):
        return f"{self.submission} @ {self.starts_at:%Y-%m-%d %H:%M}"

"""Published results, as they stood when staff published them; and invitations into soft-landing services.

``ResultEntry`` rows are a snapshot (``results.publish``): later changes to scores do not move a published
place until staff publish again. An invitation is a link, emailed to a finalist or winner, that opens a
soft-landing service's request form pre-filled with their competition details (``services.hooks``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultEntry(models.Model):
    competition = models.ForeignKey("competitions.Competition", on_delete=models.CASCADE, related_name="results")
    track = models.ForeignKey("competitions.Track", on_delete=models.CASCADE, related_name="results")
    application = models.ForeignKey("competitions.Application", on_delete=models.CASCADE, related_name="results")
    rank = models.PositiveSmallIntegerField(_("place"))
    online_score = models.FloatField(_("online round"), null=True, blank=True)
    pitch_score = models.FloatField(_("pitch round"), null=True, blank=True)
    entry_status = models.CharField(max_length=30)
    entrant_name = models.CharField(max_length=200)
    project_title = models.CharField(max_length=200)

    class Meta:
        ordering = ["competition", "track__sort_order", "track", "rank", "pk"]
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return f"{self.rank}. {self.project_title}"


class SoftLandingInvitation(models.Model):
    application = models.ForeignKey(
        "competitions.Application", on_delete=models.CASCADE, related_name="soft_landing_invitations"
    )
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    token = models.CharField(max_length=64, default=secrets.token_urlsafe, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("soft-landing invitation")
        verbose_name_plural = _("soft-landing invitations")

    def __str__(self):
        return str(self.application)

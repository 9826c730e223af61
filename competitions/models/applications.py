"""An application: the challenge submission an applicant sent to a competition, in a track, with the form's answers.

The submission holds the project's name, summary and business plan, its files and its judging; the
application adds the track and the answers, ``{question pk (as text): value}``, values as ``eligibility``
cleaned them (text, a number as text, "yes"/"no", or a list option in English).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Application(models.Model):
    submission = models.OneToOneField("challenges.Submission", on_delete=models.CASCADE, related_name="application")
    competition = models.ForeignKey("competitions.Competition", on_delete=models.CASCADE, related_name="applications")
    track = models.ForeignKey("competitions.Track", on_delete=models.PROTECT, related_name="applications")
    answers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["competition", "track", "pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self):
        return str(self.submission)

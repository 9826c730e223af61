"""Reaching solvers: owners of matching offers invited to a challenge, and followers of new challenges."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SolverInvitation(models.Model):
    """An owner of a published offer that matches a challenge, invited once by email to take it on."""

    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="solver_invitations")
    listing = models.ForeignKey("opportunities.Listing", on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["challenge", "recipient"], name="one_invitation_per_solver")]
        verbose_name = _("solver invitation")


class ChallengeFollow(models.Model):
    """A reader who wants a weekly digest of new challenges in their sectors; one click unsubscribes."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_follow")
    sectors = models.ManyToManyField("sectors.Sector", blank=True, related_name="+", verbose_name=_("sectors"))
    weekly_digest = models.BooleanField(_("send me a weekly digest of new challenges"), default=True)
    solver_invitations = models.BooleanField(_("invite me to challenges that match my offers"), default=True)
    token = models.CharField(max_length=64, default=secrets.token_urlsafe, unique=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("challenge follower")

    def __str__(self):
        return str(self.user)

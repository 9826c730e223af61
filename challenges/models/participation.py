"""Solvers' side of a challenge: registrations (the accepted agreement), teams, submissions and their files.

A registration is the solver's acceptance of the agreement at a version, with the time; it unlocks the
confidential details. A registrant may lead a team: invitations go out by email with the award share each
member is offered, and nothing can be submitted while an invitation is unanswered. Submissions belong to
the registration (the team), not to one person.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.storage import private_uploads

from ..choices import InvitationStatus, SubmissionStatus


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class Registration(models.Model):
    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_registrations")
    agreement_version = models.CharField(max_length=20)
    accepted_at = models.DateTimeField()
    team_name = models.CharField(_("team name"), max_length=120, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["challenge", "user"], name="one_registration_per_solver")]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return f"{self.user} → {self.challenge}"

    @property
    def is_active(self):
        return self.withdrawn_at is None


class TeamInvitation(models.Model):
    """An invitation from a registrant (the team lead) to join their team for a share of any cash award."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    award_share = models.PositiveSmallIntegerField(_("share of the award (%)"))
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="team_memberships"
    )
    status = models.CharField(max_length=20, choices=InvitationStatus.choices, default=InvitationStatus.PENDING)
    token = models.CharField(max_length=64, default=secrets.token_urlsafe, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("team invitation")
        verbose_name_plural = _("team invitations")

    def __str__(self):
        return self.email


class Submission(models.Model):
    """A solver's (or team's) proposal. A draft until sent; once sent it has a reference and a receipt."""

    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="submissions")
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="submissions")
    title = models.CharField(_("title"), max_length=200)
    abstract = models.TextField(_("abstract"), max_length=2_000)
    abstract_is_public = models.BooleanField(
        _("the abstract may be shown publicly"),
        default=False,
        help_text=_("Only the abstract, and only after the challenge closes. The proposal is never public."),
    )
    proposal = models.TextField(_("proposal"), max_length=50_000)
    status = models.CharField(max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.DRAFT)
    reference = models.CharField(max_length=30, unique=True, null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["challenge", "status"])]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self):
        return self.reference or self.title


class SubmissionAttachment(models.Model):
    """A file of a submission: private storage, sent only by ``challenges:submission_attachment``."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="challenge-submissions/%Y/%m/", storage=private_uploads)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")

    def __str__(self):
        return self.original_name

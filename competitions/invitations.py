"""Inviting a competition's finalists and winners into the soft-landing services and the incubators directory.

Staff invite an application whose entry is a finalist or a winner; the team lead is emailed, in their
language, a private link (``competitions:soft_landing``, for their own account only) listing the platform's
services, each opening its request form pre-filled with who they are and what they achieved
(``prefill_for_request``, registered with ``services.hooks.REQUEST_PREFILL``), and the incubators.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of
from core.emails import recipient_language, send_templated_email_to
from core.links import absolute_url
from judging.choices import EntryStatus

from .access import is_competition_staff
from .models import Application, SoftLandingInvitation

INVITABLE = (EntryStatus.FINALIST, EntryStatus.WINNER)
RESEND_AFTER = datetime.timedelta(minutes=10)  # a second click within this is a double click, not a reminder
QUERY_PARAMETER = "invitation"


def may_invite(application):
    return getattr(getattr(application.submission, "evaluation", None), "status", None) in INVITABLE


def invite(application, user):
    """Record the invitation and email it; refused unless staff invite a finalist or winner."""
    if not is_competition_staff(user):
        raise ValidationError(_("Only the platform's staff can send invitations."), code="not_staff")
    if not may_invite(application):
        raise ValidationError(_("Only finalists and winners can be invited."), code="not_finalist")
    with transaction.atomic():
        Application.objects.select_for_update().filter(pk=application.pk).first()  # one invitation at a time
        since = timezone.now() - RESEND_AFTER
        if application.soft_landing_invitations.filter(sent_at__gte=since).exists():
            raise ValidationError(
                _("An invitation was sent to this team a moment ago: it is not sent twice."), code="just_sent"
            )
        invitation = SoftLandingInvitation.objects.create(application=application, invited_by=user)
    tell_invitee(invitation)  # after the lock is released: no lock waits on the mail server
    return invitation


def tell_invitee(invitation):
    application = invitation.application
    lead = application.submission.registration.user
    language = recipient_language(lead)
    with translation.override(language):
        url = absolute_url(reverse("competitions:soft_landing", args=[invitation.token]))
    return send_templated_email_to(
        lead.email,
        language,
        "competitions/email/soft_landing",
        {"user": lead, "application": application, "competition": application.competition, "url": url},
        robust=True,  # the invitation is saved and listed for staff; a mail failure is only logged
    )


def invitation_for(user, token):
    """The invitation ``token`` names, if it is ``user``'s own (the entry's team lead); else None."""
    if not user.is_authenticated or not isinstance(token, str) or len(token) > 64:
        return None
    return (
        SoftLandingInvitation.objects.select_related(
            "application__submission__registration", "application__track", "application__competition__challenge"
        )
        .filter(token=token, application__submission__registration__user=user)
        .first()
    )


def mark_opened(invitation, now=None):
    if invitation.used_at is None:
        invitation.used_at = now or timezone.now()
        invitation.save(update_fields=["used_at"])


def prefill_text(invitation):
    """The request's details, pre-filled in the active language."""
    application = invitation.application
    status = application.submission.evaluation.status
    achievement = _("Winner") if status == EntryStatus.WINNER else _("Finalist")
    return _(
        "%(achievement)s of %(competition)s (%(year)s), %(track)s track, with “%(project)s”. "
        "Invited by the platform to its soft-landing services."
    ) % {
        "achievement": achievement,
        "competition": application.competition.challenge.title,
        "year": application.competition.edition,
        "track": application.track.name,
        "project": application.submission.title,
    }


def prefill_for_request(request, service):
    """The services hook: initial values when the form is opened from the user's own invitation link."""
    invitation = invitation_for(request.user, request.GET.get(QUERY_PARAMETER))
    if invitation is None:
        return {}
    initial = {"details": prefill_text(invitation)}
    organisation = organisation_of(request.user)
    if organisation is not None:
        initial["organisation_name"] = organisation.name
    return initial

"""The agenda of a pitch round: staff schedule each entry of a pitch phase; the entrant is told when and where.

A slot is for an entry in the phase's pool, ends after it starts, and has a room or an online link. Two
slots of a phase may not overlap in the same room (a panel sits in one room at a time) or on the same online
link (one meeting, one team at a time). Rescheduling an entry replaces its slot, and the team lead
is emailed the new time, in Beijing time with the zone named.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from challenges.choices import SubmissionStatus
from core.emails import recipient_language, send_templated_email_to

from .access import is_judging_staff
from .choices import PhaseKind
from .models import EvaluationPhase, PitchSlot


def _require_staff(user):
    if not is_judging_staff(user):
        raise ValidationError(_("Only the platform's staff can change a pitch agenda."), code="not_staff")


def _check_slot(phase, submission, starts_at, ends_at, room, online_link):
    errors = []
    if phase.kind != PhaseKind.PITCH:
        errors.append(_("Only a pitch round has an agenda."))
    in_pool = (
        submission.challenge_id == phase.challenge_id
        and submission.status == SubmissionStatus.SUBMITTED
        and getattr(getattr(submission, "evaluation", None), "status", None) in phase.pool_statuses()
    )
    if not in_pool:
        errors.append(_("This entry is not in the round: move it to the round's stage first."))
    if ends_at <= starts_at:
        errors.append(_("A slot must end after it starts."))
    if not (room or online_link):
        errors.append(_("Give a room, an online link, or both."))
    if errors:
        raise ValidationError(errors, code="invalid_slot")
    overlapping = PitchSlot.objects.filter(phase=phase, starts_at__lt=ends_at, ends_at__gt=starts_at).exclude(
        submission=submission
    )
    if room and overlapping.filter(room__iexact=room).exists():
        raise ValidationError(_("Another entry pitches in this room at that time."), code="room_taken")
    if online_link and overlapping.filter(online_link=online_link).exists():  # one meeting, one team at a time
        raise ValidationError(_("Another entry uses this online link at that time."), code="link_taken")


def schedule(phase, submission, user, starts_at, ends_at, room="", online_link=""):
    """Give ``submission`` its slot in the pitch ``phase`` (replacing any), and tell the team lead."""
    _require_staff(user)
    room, online_link = room.strip(), online_link.strip()
    with transaction.atomic():
        phase = EvaluationPhase.objects.select_for_update().get(pk=phase.pk)  # one agenda change at a time
        _check_slot(phase, submission, starts_at, ends_at, room, online_link)
        slot, _created = PitchSlot.objects.update_or_create(
            phase=phase,
            submission=submission,
            defaults={"starts_at": starts_at, "ends_at": ends_at, "room": room, "online_link": online_link},
        )
    tell_entrant(slot)
    return slot


def unschedule(slot, user):
    """Take the entry's slot off the agenda, and tell the team lead it no longer stands."""
    _require_staff(user)
    slot.delete()
    tell_entrant(slot, template="judging/email/pitch_slot_removed")


def agenda(phase):
    """The phase's slots in time order, with their entries (two queries' worth: one join)."""
    return list(phase.pitch_slots.select_related("submission__registration__user").order_by("starts_at", "pk"))


def slots_by_entry(phase, submission_ids):
    return {slot.submission_id: slot for slot in phase.pitch_slots.filter(submission_id__in=list(submission_ids))}


def slots_of(submission):
    """The entry's pitch slots (one per pitch round it is in), soonest first, with their phases."""
    return list(submission.pitch_slots.select_related("phase").order_by("starts_at"))


def tell_entrant(slot, template="judging/email/pitch_slot"):
    """Email the entry's team lead, in their language, when and where they pitch (or that the slot is gone)."""
    submission = slot.submission
    lead = submission.registration.user
    language = recipient_language(lead)
    challenge = submission.challenge
    with translation.override(language):
        path = reverse("challenges:detail", args=[challenge.pk])
    return send_templated_email_to(
        lead.email,
        language,
        template,
        {
            "user": lead,
            "slot": slot,
            "phase": slot.phase,
            "submission": submission,
            "challenge": challenge,
            "path": path,
        },
        robust=True,  # the slot is saved and shown on the entrant's page; a mail failure is only logged
    )

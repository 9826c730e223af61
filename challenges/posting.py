"""Writing challenges: the seeker's drafts (created and edited with their phases) and staff edits of the brief.

State changes (submit, withdraw, approve, return) stay in ``lifecycle``; this module saves what was written.
Each write saves the challenge, its sectors, keywords and regions and its phases together or not at all. A
staff edit of a public challenge is recorded as an amendment and every registrant is told once it commits.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of

from . import lifecycle, notices
from .models import ChallengeAmendment, Status

# New challenges per day, per user and per client address (core.rate_limits, counted by the view).
CHALLENGES_PER_DAY = 10
RATE_LIMIT_WINDOW_SECONDS = 24 * 60 * 60


def rate_limit_message():
    return _(
        "You have started %(limit)d challenges in the last 24 hours, the most allowed. Please try again "
        "tomorrow; what you wrote is kept below."
    ) % {"limit": CHALLENGES_PER_DAY}


def is_editable_by_owner(challenge):
    return lifecycle.allows(challenge, "edit")


def _save_with_phases(form, phases):
    challenge = form.save()
    phases.instance = challenge
    phases.save()
    return challenge


@transaction.atomic
def create_challenge(user, form, phases, submit=False):
    """Save a new challenge from a valid ``ChallengeForm`` and ``PhaseFormSet``, owned by ``user`` for their
    organisation. A draft, unless ``submit`` sends it to staff for review at once."""
    organisation = organisation_of(user)
    if organisation is None:
        raise ValidationError(
            _("Add your organisation to your profile before posting a challenge."), code="no_organisation"
        )
    challenge = form.instance
    challenge.owner = user
    challenge.organisation = organisation
    challenge.status = Status.DRAFT
    challenge = _save_with_phases(form, phases)
    if submit:
        lifecycle.submit_challenge(challenge, user)
    return challenge


@transaction.atomic
def update_challenge(challenge, user, form, phases, submit=False):
    """Save the seeker's changes to a draft or returned challenge; ``submit`` sends it for review too."""
    lifecycle.require_owner(challenge, user)
    lifecycle.require_status(challenge, "edit")
    challenge = _save_with_phases(form, phases)
    if submit:
        lifecycle.submit_challenge(challenge, user)
    return challenge


def changed_fields(form, phases):
    """The names of the brief's fields that the edit changes (``phases`` when the timeline changes)."""
    names = [name for name in form.changed_data if name in form._meta.fields]
    if phases.has_changed():
        names.append("phases")
    return names


def records_amendment(challenge):
    """Whether staff editing ``challenge`` must say what changed: it is approved and already public."""
    return challenge.status == Status.APPROVED and challenge.is_public


@transaction.atomic
def staff_update_challenge(challenge, staff_user, form, phases, note_en="", note_zh_hans=""):
    """Staff edit the brief ("expert diagnosis"). On a public challenge the edit is an amendment: recorded
    with its note (in one language at least) and the changed fields, and registrants are told on commit.

    Returns the amendment, or None when none was recorded (not public yet, or nothing changed).
    """
    lifecycle.require_status(challenge, "staff_edit")
    amends = records_amendment(challenge)
    names = changed_fields(form, phases)
    if amends and names and not (note_en.strip() or note_zh_hans.strip()):
        raise ValidationError(_("Say what changed, in at least one language: registrants are told."), code="note")
    _save_with_phases(form, phases)
    if not (amends and names):
        return None
    amendment = ChallengeAmendment.objects.create(
        challenge=challenge,
        author=staff_user,
        note_en=note_en.strip(),
        note_zh_hans=note_zh_hans.strip(),
        changed_fields=names,
    )
    transaction.on_commit(lambda: notices.notify_amendment(amendment))
    return amendment

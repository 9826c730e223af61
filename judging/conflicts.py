"""Conflicts of interest: the judges' confidentiality agreement, their declaration, and automatic recusal.

Before a judge sees anything of a phase they accept the agreement (at ``AGREEMENT_VERSION``) and declare
the organisations they have links with, plus any other link in words. A judge is then recused from every
entry whose team includes someone from the judge's own organisation or from a declared one, and from any
entry they flag themselves. Each recusal is a recorded row with its reason; a recused judge cannot open,
score or export that entry (``access``).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Organisation
from accounts.selectors import organisation_of
from challenges.choices import InvitationStatus, SubmissionStatus
from challenges.models import Submission
from core.dates import datetime_with_zone

from .models import JudgeAssignment, Recusal, RecusalReason

AGREEMENT_VERSION = "2026-12"
AGREEMENT_TEXT = _(
    "I will keep every submission, score and discussion of this evaluation confidential, during and after "
    "it. I will not copy, use or pass on any entrant's ideas. I will judge each entry on its merits against "
    "the published criteria, and I will declare every link I have with an entrant, now or as soon as I "
    "notice it, and take no part in judging that entry."
)


def team_members(submission):
    """The users of an entry's team: the registrant and every member who accepted an invitation."""
    registration = submission.registration
    members = [registration.user]
    members += [
        invitation.member
        for invitation in registration.invitations.all()
        if invitation.status == InvitationStatus.ACCEPTED and invitation.member is not None
    ]
    return members


def entrant_organisation_ids(submission):
    return {org.pk for org in map(organisation_of, team_members(submission)) if org is not None}


def recusal_reason(assignment, submission, declared_ids=None, own_organisation=None):
    """Why ``assignment``'s judge must not judge ``submission``, or None."""
    entrants = entrant_organisation_ids(submission)
    own = own_organisation if own_organisation is not None else organisation_of(assignment.judge)
    if own is not None and own.pk in entrants:
        return RecusalReason.SAME_ORGANISATION
    if declared_ids is None:
        declared_ids = set(assignment.declared_organisations.values_list("pk", flat=True))
    if entrants & set(declared_ids):
        return RecusalReason.DECLARED_ORGANISATION
    if any(member.pk == assignment.judge_id for member in team_members(submission)):
        return RecusalReason.SAME_ORGANISATION  # a judge who entered is recused whatever their organisation
    return None


def sent_submissions(challenge):
    return (
        Submission.objects.filter(challenge=challenge, status=SubmissionStatus.SUBMITTED)
        .select_related("registration__user__profile__organisation")
        .prefetch_related("registration__invitations__member__profile__organisation")
    )


def recuse(assignment):
    """Record a recusal for every sent entry the judge has a conflict with; returns the new ones."""
    declared = set(assignment.declared_organisations.values_list("pk", flat=True))
    own = organisation_of(assignment.judge)
    existing = set(assignment.recusals.values_list("submission_id", flat=True))
    created = []
    for submission in sent_submissions(assignment.phase.challenge):
        if submission.pk in existing:
            continue
        reason = recusal_reason(assignment, submission, declared, own)
        if reason is not None:
            created.append(Recusal.objects.create(assignment=assignment, submission=submission, reason=reason))
    return created


@transaction.atomic
def declare(assignment, organisations, links=""):
    """The judge accepts the agreement and declares their links; recusals follow at once.

    A declaration is final: a second one (another tab, a double click) changes nothing and returns no recusals.
    It waits for the submission deadline, so that it is made knowing every entrant: a recusal is worked out
    once, and an entry sent later would otherwise reach a judge with a link to it.
    """
    if timezone.now() < assignment.phase.challenge.submission_deadline:
        raise ValidationError(entries_not_in_yet(assignment.phase.challenge), code="too_early")
    locked = JudgeAssignment.objects.select_for_update().get(pk=assignment.pk)
    if locked.conflicts_declared_at is not None:
        return []
    now = timezone.now()
    assignment.agreement_version = AGREEMENT_VERSION
    assignment.agreement_accepted_at = now
    assignment.declared_links = links.strip()
    assignment.conflicts_declared_at = now
    assignment.save(
        update_fields=["agreement_version", "agreement_accepted_at", "declared_links", "conflicts_declared_at"]
    )
    assignment.declared_organisations.set(organisations)
    return recuse(assignment)


def entries_not_in_yet(challenge):
    return _(
        "Entries can be sent until %(deadline)s. Come back then to accept the agreement and declare your links "
        "with every entrant; no entry is shown to you before."
    ) % {"deadline": datetime_with_zone(challenge.submission_deadline)}


def declare_conflict_with(assignment, submission, now=None):
    """The judge flags a conflict with one entry they noticed while judging: they are recused from it.

    Only while the phase is open: a recusal leaves the judge's review out of the averages, so after the
    close it would change results already reached (staff can still leave a review out, with a note).
    """
    if not assignment.phase.is_open(now):
        raise ValidationError(
            _("Scoring for this phase has closed: write to the platform's staff about the conflict instead."),
            code="closed",
        )
    recusal, _created = Recusal.objects.get_or_create(
        assignment=assignment, submission=submission, defaults={"reason": RecusalReason.DECLARED_ENTRANT}
    )
    return recusal


def organisations_named(challenge, text):
    """The entrant organisations ``text`` names, one a line, in any case.

    Under anonymous judging a judge types the organisations they have links with instead of picking from
    the entrants' list, which would tell them who entered; a name that is no entrant's recuses from nothing.
    """
    names = {line.strip().casefold() for line in (text or "").splitlines() if line.strip()}
    return [org for org in entrant_organisations_choices(challenge) if org.name.strip().casefold() in names]


def entrant_organisations_choices(challenge):
    """The organisations a judge may declare links with: those of the challenge's sent entries, by name."""
    ids = set()
    for submission in sent_submissions(challenge):
        ids |= entrant_organisation_ids(submission)
    return Organisation.objects.filter(pk__in=ids).order_by("name")

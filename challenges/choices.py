"""The vocabularies a challenge is described with; ``models`` re-exports them and ``filters`` reads them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from opportunities.models import Currency  # noqa: F401  (the marketplace's currencies: one list for both)


class ChallengeType(models.TextChoices):
    IDEATION = "ideation", _("Ideation")
    TECHNICAL_PROPOSAL = "technical-proposal", _("Technical proposal")
    PROTOTYPE = "prototype", _("Prototype or reduction to practice")


CHALLENGE_TYPE_HELP = {
    ChallengeType.IDEATION: _("Ideas and concepts, described in words and sketches. No proof is needed."),
    ChallengeType.TECHNICAL_PROPOSAL: _("A worked-out technical approach with evidence that it can work."),
    ChallengeType.PROTOTYPE: _("A working prototype or data from a trial that shows the solution works."),
}


class IPModel(models.TextChoices):
    """The templates a challenge's intellectual-property terms are chosen from."""

    SOLVER_KEEPS = "solver-keeps", _("The solver keeps the IP")
    SEEKER_ACQUIRES = "seeker-acquires", _("The seeker acquires the IP of winning solutions")
    NON_EXCLUSIVE_LICENCE = "licence", _("The solver keeps the IP and grants the seeker a non-exclusive licence")
    OPEN = "open", _("Open: solutions are published under an open licence")


IP_MODEL_TERMS = {
    IPModel.SOLVER_KEEPS: _(
        "You keep all intellectual property in your submission. The seeker may read and evaluate it, and "
        "must not use it without a separate agreement with you."
    ),
    IPModel.SEEKER_ACQUIRES: _(
        "You keep the intellectual property in a submission that does not win. If your submission wins, "
        "you transfer its intellectual property to the seeker when the award is paid."
    ),
    IPModel.NON_EXCLUSIVE_LICENCE: _(
        "You keep the intellectual property in your submission. If it wins, you grant the seeker a "
        "non-exclusive, worldwide licence to use it, and you remain free to license it to others."
    ),
    IPModel.OPEN: _(
        "Winning submissions are published under the Creative Commons Attribution 4.0 licence, so anyone "
        "may use them with credit to you. Do not submit anything you cannot publish."
    ),
}


class NonCashAward(models.TextChoices):
    PILOT_CONTRACT = "pilot-contract", _("Pilot contract")
    OFFICE_SPACE = "office-space", _("Office space")
    SOFT_LANDING = "soft-landing", _("Soft-landing package")


class Entrant(models.TextChoices):
    """Who may enter a challenge."""

    INDIVIDUALS = "individuals", _("Individuals")
    TEAMS = "teams", _("Teams")
    ORGANISATIONS = "organisations", _("Organisations")


class Status(models.TextChoices):
    """Where a challenge is in vetting. Once approved, ``Challenge.stage`` tells scheduled, open and closed apart."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting review")
    RETURNED = "returned", _("Changes requested")
    APPROVED = "approved", _("Approved")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Stage(models.TextChoices):
    """What a reader sees of an approved challenge, from its dates."""

    SCHEDULED = "scheduled", _("Scheduled")
    OPEN = "open", _("Open for submissions")
    CLOSED = "closed", _("Closed for submissions")


# Technology readiness levels, as the EU's Horizon programme words them.
TRL_LEVELS = [
    (1, _("TRL 1: basic principles observed")),
    (2, _("TRL 2: technology concept formulated")),
    (3, _("TRL 3: experimental proof of concept")),
    (4, _("TRL 4: technology validated in the lab")),
    (5, _("TRL 5: technology validated in a relevant environment")),
    (6, _("TRL 6: technology demonstrated in a relevant environment")),
    (7, _("TRL 7: system prototype demonstrated in an operational environment")),
    (8, _("TRL 8: system complete and qualified")),
    (9, _("TRL 9: actual system proven in an operational environment")),
]


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


class AnswerVisibility(models.TextChoices):
    PUBLIC = "public", _("Public: every registrant sees it")
    PRIVATE = "private", _("Private: only the person who asked")

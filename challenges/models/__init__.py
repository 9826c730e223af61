"""The challenges app's models, one module per side: the brief, the solvers, questions, outreach."""

from ..choices import *  # noqa: F403  (models re-export the vocabularies, as ARCHITECTURE.md says)
from .challenge import (
    BRIEF_FIELDS,
    PUBLIC_BRIEF_FIELDS,
    Challenge,
    ChallengeAmendment,
    ChallengePhase,
    ChallengeQuerySet,
)
from .outreach import ChallengeFollow, SolverInvitation
from .participation import Registration, Submission, SubmissionAttachment, TeamInvitation
from .questions import Question

__all__ = [
    "BRIEF_FIELDS",
    "PUBLIC_BRIEF_FIELDS",
    "Challenge",
    "ChallengeAmendment",
    "ChallengeFollow",
    "ChallengePhase",
    "ChallengeQuerySet",
    "Question",
    "Registration",
    "SolverInvitation",
    "Submission",
    "SubmissionAttachment",
    "TeamInvitation",
]

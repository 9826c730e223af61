"""The judging app's models, one module per step: rubric, judges, reviews, decisions, outcomes."""

from ..choices import *  # noqa: F403  (models re-export the vocabularies, as ARCHITECTURE.md says)
from .decisions import Decision, Evaluation
from .judges import JudgeAssignment, Recusal
from .outcomes import Award, AwardShare, Deal, Feedback, WinnerAnnouncement
from .phases import Criterion, EvaluationPhase, JudgingOptions
from .pitches import PitchSlot
from .reviews import CriterionScore, Review

__all__ = [
    "Award",
    "AwardShare",
    "Criterion",
    "CriterionScore",
    "Deal",
    "Decision",
    "Evaluation",
    "EvaluationPhase",
    "Feedback",
    "JudgeAssignment",
    "JudgingOptions",
    "PitchSlot",
    "Recusal",
    "Review",
    "WinnerAnnouncement",
]

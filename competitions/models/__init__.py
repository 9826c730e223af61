"""The competitions app's models: a competition and its form, the applications, published results, invitations."""

from ..choices import *  # noqa: F403  (models re-export the vocabularies, as ARCHITECTURE.md says)
from .applications import Application
from .competition import ApplicationQuestion, Competition, Track
from .results import ResultEntry, SoftLandingInvitation

__all__ = ["Application", "ApplicationQuestion", "Competition", "ResultEntry", "SoftLandingInvitation", "Track"]

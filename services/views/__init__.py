"""Public views: the request form (called by ServicePage's route) and the requester's pages."""

from .catalogue import request_form

__all__ = ["request_form"]

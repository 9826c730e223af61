"""Public views: the catalogue and request form (called by the service pages' routes) and the requester's pages."""

from .catalogue import catalogue, request_form

__all__ = ["catalogue", "request_form"]

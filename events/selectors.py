"""Reads of events for other apps' pages (the home page); the queries live on ``EventPage.objects``."""

from .models import EventPage


def upcoming(index_page=None, limit=None):
    """Events that have not ended yet, soonest first (under ``index_page`` when given)."""
    events = (EventPage.objects.in_index(index_page) if index_page else EventPage.objects.live()).upcoming()
    return events[:limit] if limit else events

"""Reads for events: upcoming and past."""

from django.utils import timezone

from .models import EventPage


def _events_under(index_page):
    return EventPage.objects.live().descendant_of(index_page).prefetch_related("sectors")


def upcoming(index_page=None, limit=None):
    """Events that have not ended yet, soonest first."""
    events = _events_under(index_page) if index_page else EventPage.objects.live()
    events = events.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")
    return events[:limit] if limit else events


def past(index_page):
    return _events_under(index_page).filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")

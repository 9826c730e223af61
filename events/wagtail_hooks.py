"""Events' registrations with the lower apps' hooks: the home page and sector pages show upcoming events."""

from django.utils import timezone
from wagtail import hooks

from core.cards import card_rows
from home.chrome import section_path
from home.hooks import HOME_EVENTS, HOME_PAGE_SECTIONS
from sectors.hooks import SECTOR_PAGE_SECTIONS

from .models import EventIndexPage
from .selectors import upcoming


@hooks.register(HOME_PAGE_SECTIONS)
def home_upcoming_events(home_page, request):
    events = card_rows(upcoming(limit=HOME_EVENTS))
    return {"upcoming_events": events, "event_index_path": section_path(request, EventIndexPage) if events else None}


@hooks.register(SECTOR_PAGE_SECTIONS, order=40)
def sector_events(sector, limit):
    events = sector.event_pages.live().filter(ends_at__gte=timezone.now()).order_by("starts_at")
    return {"events": card_rows(events[:limit])}

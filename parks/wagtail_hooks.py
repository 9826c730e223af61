"""Parks' registrations with the lower apps' hooks: the home page and sector pages list parks."""

from wagtail import hooks

from core.cards import card_rows
from home.chrome import section_path
from home.hooks import HOME_PAGE_SECTIONS, HOME_PARKS
from sectors.hooks import SECTOR_PAGE_SECTIONS

from .models import ParkIndexPage, ParkPage


@hooks.register(HOME_PAGE_SECTIONS)
def home_parks(home_page, request):
    """Parks and zones (not stations), in tree order."""
    parks = card_rows(ParkPage.objects.live().filter(park_type__in=["park", "zone"]).order_by("path")[:HOME_PARKS])
    return {"parks": parks, "park_index_path": section_path(request, ParkIndexPage) if parks else None}


@hooks.register(SECTOR_PAGE_SECTIONS, order=30)
def sector_parks(sector, limit):
    parks = sector.park_pages.live().order_by("title").only("title", "url_path", "path", "depth", "park_type")
    return {"parks": card_rows(parks[:limit])}

"""Parks' registrations with the lower apps' hooks: the home page and sector pages list parks."""

from wagtail import hooks

from home.hooks import HOME_PAGE_SECTIONS, HOME_PARKS
from sectors.hooks import SECTOR_PAGE_SECTIONS

from .models import ParkPage


@hooks.register(HOME_PAGE_SECTIONS)
def home_parks(home_page):
    """Parks and zones (not stations), in tree order."""
    return {"parks": ParkPage.objects.live().filter(park_type__in=["park", "zone"]).order_by("path")[:HOME_PARKS]}


@hooks.register(SECTOR_PAGE_SECTIONS, order=30)
def sector_parks(sector, limit):
    return {"parks": sector.park_pages.live().order_by("title")[:limit]}

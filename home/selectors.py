"""Reads for the home page and the site chrome (navigation)."""

from django.db.models import Q
from wagtail.models import Page, Site

from .models import PageTranslationState

HOME_NEWS = 4
HOME_PARKS = 6
HOME_EVENTS = 3


def home_page_sections(home_page):
    """Live content for the home page's sections; a fixed number of queries whatever the data volume."""
    from events.selectors import upcoming
    from news.selectors import latest_news
    from parks.models import ParkPage
    from sectors.models import SectorIndexPage
    from sectors.selectors import sectors_with_subfields

    return {
        "latest_news": latest_news(HOME_NEWS),
        "sectors": sectors_with_subfields(),
        "sector_index": SectorIndexPage.objects.live().first(),
        "parks": ParkPage.objects.live().filter(park_type__in=["park", "zone"]).order_by("path")[:HOME_PARKS],
        "upcoming_events": upcoming(limit=HOME_EVENTS),
    }


def menu_pages(request):
    """Top-level pages that editors ticked “Show in menus”, in tree order."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return site.root_page.get_children().live().in_menu().order_by("path")


def translation_problems():
    """Pages with a missing translation or one language's content older than the other's."""
    from django.db.models import F

    return (
        PageTranslationState.objects.select_related("page")
        .filter(Q(missing_languages__gt="") | ~Q(en_updated_at=F("zh_hans_updated_at")))
        .exclude(page__depth__lte=1)
        .order_by("-page__last_published_at")
    )

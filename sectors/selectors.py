"""Reads over the sector vocabulary and the content tagged with it."""

from django.utils import timezone

from news.selectors import news_for_sector

from .models import Sector

SECTION_SIZE = 6


def sectors_with_subfields():
    return Sector.objects.prefetch_related("subfields")


def content_for_sector(sector, limit=SECTION_SIZE):
    """The latest live news, policies, parks and upcoming events tagged with ``sector``."""
    now = timezone.now()
    return {
        "news": news_for_sector(sector, limit),
        "policies": sector.policy_pages.live().order_by("-effective_date", "-pk")[:limit],
        "parks": sector.park_pages.live().order_by("title")[:limit],
        "events": sector.event_pages.live().filter(ends_at__gte=now).order_by("starts_at")[:limit],
    }

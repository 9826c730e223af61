"""Reads for the news section."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from .models import NewsPage

CARD_RENDITION = "fill-480x270"


def _with_card_data(queryset):
    """Fetch what a news card shows (category, lead image and its card rendition) in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return queryset.select_related("category").prefetch_related(Prefetch("lead_image", queryset=images))


def news_for_index(index_page):
    """Live articles under ``index_page``, newest first."""
    return _with_card_data(NewsPage.objects.live().descendant_of(index_page)).order_by("-date", "-pk")


def latest_news(limit):
    return _with_card_data(NewsPage.objects.live()).order_by("-date", "-pk")[:limit]


def news_for_sector(sector, limit):
    return _with_card_data(sector.news_pages.live()).order_by("-date", "-pk")[:limit]

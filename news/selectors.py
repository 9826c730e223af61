"""Reads of news for other apps' pages (the home page, sector pages); the queries live on ``NewsPage.objects``."""

from .models import NewsPage, cards


def latest_news(limit):
    """The ``limit`` newest live articles, as card rows (core.cards)."""
    return cards(NewsPage.objects.newest_first()[:limit])


def news_for_sector(sector, limit):
    """The ``limit`` newest live articles tagged with ``sector``, as card rows (core.cards)."""
    return cards(sector.news_pages.newest_first()[:limit])

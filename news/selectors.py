"""Reads of news for other apps' pages (the home page, sector pages); the queries live on ``NewsPage.objects``."""

from .models import NewsPage


def latest_news(limit):
    return NewsPage.objects.newest_first()[:limit]


def news_for_sector(sector, limit):
    return sector.news_pages.newest_first()[:limit]

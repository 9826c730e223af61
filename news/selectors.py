"""Reads for the news section."""

from .models import NewsPage


def news_for_index(index_page):
    """Live articles under ``index_page``, newest first, with what list cards need fetched up front."""
    return (
        NewsPage.objects.live().descendant_of(index_page)
        .select_related("category", "lead_image")
        .prefetch_related("sectors")
        .order_by("-date", "-pk")
    )


def latest_news(limit):
    return NewsPage.objects.live().select_related("category", "lead_image").order_by("-date", "-pk")[:limit]

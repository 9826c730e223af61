"""Loads the news topics and the news pages, dated relative to today. Data lives in ``news.py``."""

import datetime

from django.utils import timezone

from news.models import NewsCategory, NewsPage, NewsTopic

from . import news as data
from .builders import banner_image, page_or_new, paragraphs, publish, set_bilingual, set_sectors


def load_news_topics():
    """The news topics, keyed by slug."""
    for slug, name_en, name_zh in data.TOPICS:
        if not NewsTopic.objects.filter(slug=slug).exists():
            NewsTopic.objects.create(slug=slug, name_en=name_en, name_zh_hans=name_zh)


def load_news(index):
    """The topics, then each news page under ``index``, with its first sector's banner as lead image."""
    load_news_topics()
    today = timezone.localdate()
    for item in data.NEWS:
        page, is_new = page_or_new(index, NewsPage, item, date=today - datetime.timedelta(days=item["days_ago"]))
        if not is_new:
            continue
        set_bilingual(page, "intro", item)
        page.body_en = paragraphs(item["body_en"])
        page.body_zh_hans = paragraphs(item["body_zh"])
        page.category = NewsCategory.objects.filter(slug=item["category"]).first()
        page.lead_image = banner_image(item["sectors"][0]) if item["sectors"] else None
        set_sectors(page, item["sectors"])
        page.topics = list(NewsTopic.objects.filter(slug__in=item["topics"]))
        publish(index, page)

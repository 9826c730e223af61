"""RSS and Atom feeds of the latest news, one per language (the URL's language prefix decides)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from core.links import absolute_url, page_path

FEED_SIZE = 20


def feed_addresses(index_page, request):
    """Absolute RSS and Atom URLs of the news feeds in the active language, for the explained feed page."""
    index_path = page_path(index_page, request) or "/"
    return {name: absolute_url(index_path + index_page.reverse_subpage(name)) for name in ("rss", "atom")}


class NewsRssFeed(Feed):
    """The feed of ``index_page``'s ``articles`` (live, newest first), for ``request``."""

    def __init__(self, index_page, articles, request=None):
        super().__init__()
        self.index_page = index_page
        self.articles = articles
        self.request = request  # the site's root paths are looked up once for the feed, not once per article

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro

    def items(self):
        return self.articles.prefetch_related("sectors")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(9), tzinfo=timezone.get_current_timezone())

    def item_categories(self, item):
        return [sector.name for sector in item.sectors.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description

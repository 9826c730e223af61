"""Site search over live pages. The one entry point views use; the engine behind it may change."""

from wagtail.models import Page


def search_pages(query):
    return Page.objects.live().public().specific().search(query)

"""The home app's extension points: apps above it add their sections to the home page and the HTML sitemap.

Home sits low in the layers, so it cannot import news, parks or listings; instead each of those registers a
callable with ``@hooks.register(NAME)`` in its own ``wagtail_hooks.py``, and home runs them here.
"""

from wagtail import hooks

HOME_PAGE_SECTIONS = "home_page_sections"
"""Hook: ``fn(home_page, request)`` returns a dict of template context entries for the home page's live sections.

Return plain lists with what they show already fetched, so the template runs no query; a fixed number of
queries whatever the data volume.
"""

SITE_MAP_EXTRAS = "site_map_extras"
"""Hook: ``fn(request)`` returns a dict of template context entries for the HTML sitemap (e.g. ``listing_count``)."""

# How many of each the home page shows.
HOME_NEWS = 4
HOME_PARKS = 6
HOME_EVENTS = 3


def _collect(hook_name, *args):
    context = {}
    for fn in hooks.get_hooks(hook_name):
        context.update(fn(*args))
    return context


def home_page_sections(home_page, request):
    """The context entries every app registered for the home page (latest news, sectors, parks, events)."""
    return _collect(HOME_PAGE_SECTIONS, home_page, request)


def site_map_extras(request):
    """The context entries every app registered for the HTML sitemap."""
    return _collect(SITE_MAP_EXTRAS, request)

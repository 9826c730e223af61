"""Finding the same page in each language, for the switcher, hreflang links and the sitemap."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page


def current_language_code():
    """The active language as one of settings.LANGUAGES (``zh-hans``, not ``zh-Hans``)."""
    active = (get_language() or settings.LANGUAGE_CODE).lower()
    codes = [code for code, _name in settings.LANGUAGES]
    return active if active in codes else settings.LANGUAGE_CODE


def url_in_language(request, language, page=None, keep_query=False):
    """The URL of what ``request`` shows, in ``language``.

    Wagtail pages have per-language slugs, so their URL is asked of the page itself; a routable
    sub-path (a feed, a filter route) is carried over. Other views use Django's URL translation.
    """
    path = request.path
    url = None
    if isinstance(page, Page):
        own_url = page.get_url(request)
        if own_url and path.startswith(own_url):
            with override(language):
                other_url = page.get_url(request)
            if other_url:
                url = other_url + path[len(own_url):]
    if url is None:
        url = translate_url(path, language)
    query = request.GET.urlencode()
    if keep_query and query:
        url = f"{url}?{query}"
    return url


def language_alternates(request, page=None):
    """One entry per language: code, native name, whether it is current, relative and absolute URL."""
    current = get_language()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = url_in_language(request, code, page)
        alternates.append({
            "code": code,
            "name": name,
            "is_current": code == current,
            "url": url,
            "switch_url": url_in_language(request, code, page, keep_query=True),
            "absolute_url": request.build_absolute_uri(url),
        })
    return alternates

"""Finding the same page in each language, for the switcher, hreflang links and the sitemap."""

from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page

from .links import absolute_url, is_local_path, page_path

WAGTAIL_SERVE = "wagtail_serve"


def current_language_code():
    """The active language as one of settings.LANGUAGES (``zh-hans``, not ``zh-Hans``)."""
    active = (get_language() or settings.LANGUAGE_CODE).lower()
    codes = [code for code, _name in settings.LANGUAGES]
    return active if active in codes else settings.LANGUAGE_CODE


def home_path(language):
    """The home page's path in ``language``: ``/zh-hans/``."""
    with override(language):
        return reverse(WAGTAIL_SERVE, args=("",))


def _view_path_in_language(path, language):
    """``path`` (not a Wagtail page) in ``language``; None unless it resolves to one of our views.

    A path that only Wagtail's catch-all matches, with no page behind it, is a 404: no URL of it in
    another language exists.
    """
    if not is_local_path(path):
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.url_name == WAGTAIL_SERVE:
        return None
    translated = translate_url(path, language)
    return translated if is_local_path(translated) else None


def url_in_language(request, language, page=None, keep_query=False):
    """The local URL of what ``request`` shows, in ``language``; that language's home page if unknown.

    Wagtail pages have per-language slugs, so their URL is asked of the page itself; a routable
    sub-path (a feed, a filter route) is carried over. Other views use Django's URL translation. The
    request path is only reused once it is known to resolve here, so a crafted path (``//evil/``, a
    404) never ends up in a link.
    """
    path = request.path
    url = None
    if isinstance(page, Page):
        own_path = page_path(page, request)
        if own_path and path.startswith(own_path) and is_local_path(path):
            with override(language):
                other_path = page_path(page, request)
            if other_path:
                url = other_path + path[len(own_path) :]
    if url is None:
        url = _view_path_in_language(path, language)
    if url is None:
        return home_path(language)
    query = request.GET.urlencode()
    if keep_query and query:
        url = f"{url}?{query}"
    return url


def language_alternates(request, page=None):
    """One entry per language: code, native name, whether it is current, local and absolute URL.

    The absolute URL is on settings.PORTAL_BASE_URL, whatever Host the request came with.
    """
    current = get_language()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = url_in_language(request, code, page)
        alternates.append(
            {
                "code": code,
                "name": name,
                "is_current": code == current,
                "url": url,
                "switch_url": url_in_language(request, code, page, keep_query=True),
                "absolute_url": absolute_url(url),
            }
        )
    return alternates

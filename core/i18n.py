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


def _page_path_in_language(request, language, page, own_path):
    """``request.path`` (below ``page``, whose path in the active language is ``own_path``) in ``language``."""
    path = request.path
    if not own_path or not path.startswith(own_path) or not is_local_path(path):
        return None
    if language == get_language():
        other_path = own_path
    else:
        with override(language):
            other_path = page_path(page, request)
    return other_path + path[len(own_path) :] if other_path else None


def _with_query(request, url, keep_query):
    query = request.GET.urlencode()
    return f"{url}?{query}" if keep_query and query else url


def url_in_language(request, language, page=None, keep_query=False):
    """The local URL of what ``request`` shows, in ``language``; that language's home page if unknown.

    Wagtail pages have per-language slugs, so their URL is asked of the page itself; a routable
    sub-path (a feed, a filter route) is carried over. Other views use Django's URL translation. The
    request path is only reused once it is known to resolve here, so a crafted path (``//evil/``, a
    404) never ends up in a link.
    """
    url = _same_view_in_language(request, language, page)
    return home_path(language) if url is None else _with_query(request, url, keep_query)


def _same_view_in_language(request, language, page, own_path=None):
    """What ``url_in_language`` answers, or None for "not known here" (the caller falls back to the home page)."""
    url = None
    if isinstance(page, Page):
        if own_path is None:
            own_path = page_path(page, request)
        url = _page_path_in_language(request, language, page, own_path)
    return _view_path_in_language(request.path, language) if url is None else url


class LanguageAlternates(list):
    """The entries of ``language_alternates``, in ``settings.LANGUAGES`` order; ``current`` is the active language's."""

    @property
    def current(self):
        return next((alternate for alternate in self if alternate["is_current"]), self[0] if self else None)


def language_alternates(request, page=None):
    """One entry per language: code, native name, whether it is current, local and absolute URL.

    The absolute URL is on settings.PORTAL_BASE_URL, whatever Host the request came with. Each
    language's URL is worked out once: the page's own path in the active language first, then the
    others (switching language costs Wagtail a look-up of the site's root paths).
    """
    current = get_language()
    own_path = page_path(page, request) if isinstance(page, Page) else None
    alternates = LanguageAlternates()
    for code, name in settings.LANGUAGES:
        same_view = _same_view_in_language(request, code, page, own_path)
        url = home_path(code) if same_view is None else same_view
        alternates.append(
            {
                "code": code,
                "name": name,
                "is_current": code == current,
                "url": url,
                "switch_url": url if same_view is None else _with_query(request, url, keep_query=True),
                "absolute_url": absolute_url(url),
            }
        )
    return alternates

"""The page cache for anonymous visitors: whole responses kept in the ``pages`` cache, purged precisely.

Built on Django's cache framework (a cache alias, ``django.utils.cache``'s header helpers): Redis when
``REDIS_URL`` is set, otherwise a file cache every worker of the machine shares. A response is kept
only when nothing in it can belong to one person: an anonymous GET (no session or messages cookie), a
200 that sets no cookie, used no CSRF token and was not marked private. Such responses say
``Cache-Control: public, max-age=0, s-maxage=N``, so Varnish in front (deploy/varnish.vcl) keeps them
too, while browsers ask again; everything else that passes through says ``private``.

Purging never scans: each path has a generation token, and the whole site one more, both part of the
key. ``purge_paths`` replaces the tokens of the paths it is given (every query string of a path goes
with it) and ``purge_everything`` the site's; the same call reaches every frontend cache
(core/frontend_cache.py). Fragments (header, footer) put ``site_generation()`` in their keys.
Every response carries ``X-Page-Cache: hit``, ``miss`` (stored now), ``pass`` or ``off`` (shareable, but
``PAGE_CACHE=0``: Varnish alone keeps it).
"""

import hashlib
import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import frontend_cache

logger = logging.getLogger(__name__)

ALIAS = "pages"
SITE_KEY = "pc:site"
BYPASS_COOKIES = ("sessionid", "messages")  # what makes a response someone's own
UNCACHEABLE_CONTROL = ("private", "no-store", "no-cache")
MOST_BYTES = 2 * 1024 * 1024  # bigger responses are not worth a cache entry
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "Last-Modified", "ETag")


def _cache():
    return caches[ALIAS]


def _path_key(path):
    return "pc:path:" + hashlib.sha1(path.encode()).hexdigest()


def _new_token():
    return secrets.token_hex(4)


def _safely(operation, default=None):
    """Run a cache operation; an unreachable cache means "no cache", never an error page."""
    try:
        return operation()
    except Exception as error:  # Redis gone, a full disk: serve uncached
        logger.warning("Page cache unavailable (%s): serving uncached", error)
        return default


def _tokens(keys):
    """The generation token under each of ``keys``; a missing one (never set, or culled) is replaced.

    A new token, never a default, so an entry stored under a token that was culled stays unreachable.
    """
    cache = _cache()
    tokens = cache.get_many(keys)
    for key in keys:
        if key not in tokens:
            cache.add(key, _new_token(), None)
            tokens[key] = cache.get(key)
    return tokens


def site_generation():
    """A short token that changes whenever everything is purged: part of every fragment's cache key."""
    return _safely(lambda: _tokens([SITE_KEY])[SITE_KEY], "") or "off"


def _page_key(request):
    """The key of ``request``'s page under the current generations, or None when the cache is away."""
    path_key = _path_key(request.path)
    tokens = _safely(lambda: _tokens([SITE_KEY, path_key]))
    if not tokens or None in tokens.values():
        return None
    url = hashlib.sha1(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"pc:page:{tokens[SITE_KEY]}:{tokens[path_key]}:{url}"


def _bypasses(request):
    if request.method not in ("GET", "HEAD"):
        return True
    if any(name in request.COOKIES for name in BYPASS_COOKIES) or "HTTP_AUTHORIZATION" in request.META:
        return True
    return request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES)


def is_shareable(request, response):
    """True when ``response`` holds nothing of one person and may be served to every anonymous visitor."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False  # a form with this visitor's token
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in UNCACHEABLE_CONTROL) and len(response.content) <= MOST_BYTES


class PageCacheMiddleware:
    """Serve anonymous visitors from the page cache; store what is shareable; mark the rest private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _bypasses(request):
            return self._private(self.get_response(request), "pass")
        if not settings.PAGE_CACHE_ENABLED:  # Varnish alone: still say what it may keep
            return self._shared_or_private(request, self.get_response(request))
        key = _page_key(request)
        if key is None:
            return self._private(self.get_response(request), "pass")
        stored = _safely(lambda: _cache().get(key))
        if stored is not None:
            return self._rebuild(stored)
        response = self.get_response(request)
        if not is_shareable(request, response):
            return self._private(response, "pass")
        self._mark_public(response)
        entry = (response.status_code, response.content, [(h, response[h]) for h in KEPT_HEADERS if h in response])
        _safely(lambda: _cache().set(key, entry, settings.PAGE_CACHE_SECONDS))
        response["X-Page-Cache"] = "miss"
        return response

    def _shared_or_private(self, request, response):
        if not is_shareable(request, response):
            return self._private(response, "pass")
        self._mark_public(response)
        response["X-Page-Cache"] = "off"
        return response

    @staticmethod
    def _mark_public(response):
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
        patch_vary_headers(response, ("Cookie",))

    @staticmethod
    def _rebuild(stored):
        status, content, headers = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        PageCacheMiddleware._mark_public(response)
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _private(response, state):
        control = response.get("Cache-Control", "").lower()
        if "public" not in control and "s-maxage" not in control:
            patch_cache_control(response, private=True)
        response["X-Page-Cache"] = state
        return response


def _purge_now(paths):
    paths = sorted(set(paths))
    if paths:
        _safely(lambda: _cache().set_many({_path_key(path): _new_token() for path in paths}, None))
        frontend_cache.purge_urls([settings.PORTAL_BASE_URL.rstrip("/") + path for path in paths])
    logger.info("Purged %d paths from the page caches", len(paths))


def _purge_all_now():
    _safely(lambda: _cache().set(SITE_KEY, _new_token(), None))
    frontend_cache.purge_all()
    logger.info("Purged every page from the page caches")


def purge_paths(paths):
    """Drop ``paths`` (with any query string) from the page cache and every frontend cache, after commit."""
    paths = list(paths)
    transaction.on_commit(lambda: _purge_now(paths))


def purge_everything():
    """Drop every page and fragment, after commit: a snippet or the site's settings changed.

    Many changes in one transaction (a vocabulary import) purge once.
    """
    pending = transaction.get_connection().run_on_commit
    if not any(callback is _purge_all_now for _savepoints, callback, _robust in pending):
        transaction.on_commit(_purge_all_now)

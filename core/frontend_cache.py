"""Purging the frontend caches (Varnish, deploy/varnish.vcl) through ``wagtail.contrib.frontend_cache``.

``WAGTAILFRONTENDCACHE`` names the caches (settings: ``VARNISH_URL``); with none configured both
functions do nothing. The protocol ``VarnishBackend`` speaks, from an address in the VCL's ``purgers``
ACL: ``PURGE <path>`` drops that path with every query string, whatever the host, and ``BAN /`` drops
everything. A cache that cannot be reached is logged and skipped: a purge never fails a publish, and the
objects it missed expire on their own (s-maxage).

Wagtail's own app (``wagtail.contrib.frontend_cache`` in INSTALLED_APPS) is deliberately not installed:
its publish handlers would purge one language's URL of a page, while ``core.page_cache`` purges every
path a change touches, in both languages, through ``purge_urls`` here. Wagtail's redirect views still
purge a changed redirect's old paths through the configured backends.
"""

import logging
from urllib.error import HTTPError
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

logger = logging.getLogger(__name__)

# Everything RFC 3986 allows in a path, "%" included so that encoded paths stay as they are; the rest
# (a Chinese slug) is UTF-8 percent-encoded, as browsers send it and Varnish stores it.
PATH_SAFE = "/%!$&'()*+,;=:@-._~"


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purger with a timeout, encoded paths, and a ban of everything.

    Options besides ``LOCATION``: ``TIMEOUT`` (seconds per request, default 2).
    """

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def _send(self, method, url):
        """Send ``METHOD url`` to the cache (the path and query of ``url``, its host as Host); raises OSError."""
        parts = urlsplit(url)
        host = parts.hostname or self.cache_netloc
        if parts.port:
            host = f"{host}:{parts.port}"
        target = urlunsplit((self.cache_scheme, self.cache_netloc, quote(parts.path or "/", safe=PATH_SAFE), "", ""))
        if parts.query:
            target += "?" + quote(parts.query, safe=PATH_SAFE + "?")
        request = Request(
            target, method=method, headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"}
        )
        with urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - LOCATION is the operator's setting
            response.read()

    def purge(self, url):
        """Drop ``url``'s path, with any query string, from the cache; a failure is logged."""
        self.purge_batch([url])

    def purge_batch(self, urls):
        """Purge each URL; at the first failure log it and stop, as the rest would fail alike (and wait)."""
        urls = list(urls)
        for done, url in enumerate(urls):
            try:
                self._send("PURGE", url)
            except (OSError, ValueError) as error:
                _log_failure(self, f"purge {url} ({len(urls) - done} URLs left unpurged)", error)
                return

    def ban_everything(self):
        """Drop every object from the cache; a failure is logged."""
        try:
            self._send("BAN", f"{self.cache_scheme}://{self.cache_netloc}/")
        except (OSError, ValueError) as error:
            _log_failure(self, "ban everything", error)


def _log_failure(backend, action, error):
    reason = f"HTTP {error.code}" if isinstance(error, HTTPError) else str(error)
    logger.error("Frontend cache %s could not %s: %s", backend.cache_netloc, action, reason)


def purge_urls(urls):
    """Purge each absolute URL (its path, with any query string) from every configured frontend cache."""
    urls = sorted(set(urls))
    if not urls:
        return
    for name, backend in get_backends().items():
        try:
            backend.purge_batch(urls)
        except Exception:  # another kind of backend (a CDN's API) may raise: the change is saved regardless
            logger.exception("Frontend cache %r failed to purge %d URLs", name, len(urls))


def purge_all():
    """Drop everything from every configured frontend cache that can (a VarnishBackend)."""
    for name, backend in get_backends().items():
        if not hasattr(backend, "ban_everything"):
            logger.warning("Frontend cache %r cannot drop everything; its pages expire on their own", name)
            continue
        try:
            backend.ban_everything()
        except Exception:
            logger.exception("Frontend cache %r failed to drop everything", name)

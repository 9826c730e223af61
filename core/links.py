"""Absolute links to this site: settings.PORTAL_BASE_URL plus a path that is certainly local.

The Host header and the request path are chosen by whoever sends the request, so a link built from
them (in an email, a canonical tag, the language switcher) can send readers and search engines to
another site. Every absolute link the portal writes is built here instead.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings

_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")


def base_url():
    """The site's public origin, without a trailing slash: ``https://offshore.example.cn``."""
    return settings.PORTAL_BASE_URL.rstrip("/")


def base_host():
    """The host (and port, if any) of PORTAL_BASE_URL, for identifiers such as calendar UIDs."""
    return urlsplit(settings.PORTAL_BASE_URL).netloc


def is_local_path(path):
    """True for a path on this site: it starts with exactly one "/" and names no scheme or host.

    Browsers read ``//host`` and ``/\\host`` as another host, and control characters can smuggle
    either past a check, so all three are refused; so is an empty segment (``/en//host``) anywhere
    in the path, which none of our URLs has.
    """
    if not isinstance(path, str) or not path.startswith("/"):
        return False
    if _CONTROL_CHARACTER.search(path):
        return False
    path_part = path.split("?", 1)[0].split("#", 1)[0]
    if "\\" in path_part or "//" in path_part:
        return False
    parts = urlsplit(path)
    return not parts.scheme and not parts.netloc


def absolute_url(path):
    """``path`` on the public site, as an absolute URL; the home page when ``path`` is not local.

    A media URL that settings already make absolute (files on a CDN) is kept: it comes from our
    configuration, never from a request.
    """
    media_url = settings.MEDIA_URL or ""
    if urlsplit(media_url).netloc and isinstance(path, str) and path.startswith(media_url):
        return path
    return base_url() + (path if is_local_path(path) else "/")


def page_path(page, request=None):
    """A Wagtail page's local path in the active language, or None when it has no URL.

    Unlike ``page.get_url``, never a full URL built from the page's Site record.
    """
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    path = parts[2]
    return path if is_local_path(path) else None

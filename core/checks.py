"""System checks for settings the site cannot run safely without."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

EXAMPLE = "https://offshore.example.cn"


@register(Tags.security)
def check_portal_base_url(app_configs, **kwargs):
    """PORTAL_BASE_URL must be an origin (scheme and host, nothing after): every absolute link is built on it."""
    value = getattr(settings, "PORTAL_BASE_URL", "") or ""
    if not value:
        return [
            Error(
                "PORTAL_BASE_URL is not set.",
                hint=f"Set it to the site's public address, e.g. {EXAMPLE}.",
                id="home.E001",
            )
        ]
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return [
            Error(
                f"PORTAL_BASE_URL ({value!r}) is not an absolute http(s) URL with a host.",
                hint=f"Set it to the site's public address, e.g. {EXAMPLE}.",
                id="home.E002",
            )
        ]
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        # reverse() already adds any script prefix, so a path here would be doubled in every link.
        return [
            Error(
                f"PORTAL_BASE_URL ({value!r}) must be only a scheme and host, with no path or query.",
                hint=f"For example {EXAMPLE}.",
                id="home.E003",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_portal_base_url_is_https(app_configs, **kwargs):
    """In production the links in emails and tags must use https."""
    value = getattr(settings, "PORTAL_BASE_URL", "") or ""
    if value and urlsplit(value).scheme != "https":
        return [
            Error(
                f"PORTAL_BASE_URL ({value!r}) does not use https.",
                hint=f"Links in emails and search results must be secure, e.g. {EXAMPLE}.",
                id="home.E004",
            )
        ]
    return []

"""The Content-Security-Policy middleware: django-csp's, plus what follows other settings.

The policy itself is ``CONTENT_SECURITY_POLICY`` in the settings. On top of it, per request:

- the two admins (Wagtail's and Django's), whose own templates carry inline scripts and styles, get
  ``ADMIN_CONTENT_SECURITY_POLICY`` instead;
- Wagtail's previews (a page rendered for the editor through a "dummy" request) keep the public policy,
  so editors see what readers will, except that the admin may frame them;
- the origins of the map tiles, and of media or static files when another host serves them, are
  read from their own settings, so the policy never lags behind them.

A view that needs more (the pay page needs Stripe.js) adds it with django-csp's ``csp_update``.
"""

from functools import lru_cache
from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings


def origin(url):
    """``scheme://host[:port]`` of an absolute URL; ``None`` for a path on this site."""
    parts = urlsplit(url or "")
    if not (parts.scheme and parts.netloc):
        return None
    return f"{parts.scheme}://{parts.netloc}"


def tile_urls(tiles):
    """Every tile URL template in ``PARKS_MAP_TILES`` (base and label layers), one per ``{s}`` subdomain."""
    templates = [tiles["url"], *tiles.get("labels", {}).values()]
    subdomains = tiles.get("subdomains") or ""
    return tuple(
        dict.fromkeys(
            template.replace("{s}", subdomain) if "{s}" in template else template
            for template in templates
            for subdomain in (subdomains or [""])
        )
    )


@lru_cache(maxsize=8)
def _hosted_elsewhere(tile_urls, media_url, static_url):
    sources = {}

    def allow(directives, url):
        if (source := origin(url)) and source not in sources.get(directives[0], []):
            for directive in directives:
                sources.setdefault(directive, []).append(source)

    for tile_url in tile_urls:
        allow(["img-src"], tile_url)
    allow(["img-src"], media_url)
    allow(["script-src", "style-src", "img-src", "font-src"], static_url)
    return sources


def sources_from_settings():
    """Directive → origins to add, for files that settings say live on other hosts."""
    return _hosted_elsewhere(tile_urls(settings.PARKS_MAP_TILES), settings.MEDIA_URL, settings.STATIC_URL)


def _merged(*updates):
    merged = {}
    for update in updates:
        for directive, sources in (update or {}).items():
            merged.setdefault(directive, []).extend(sources)
    return merged


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        admin = settings.ADMIN_CONTENT_SECURITY_POLICY
        if parts.config is None and request.path_info.startswith(tuple(admin["PATH_PREFIXES"])):
            parts.config = admin["DIRECTIVES"]
        if getattr(request, "is_dummy", False):  # Wagtail's flag for middleware
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        parts.update = _merged(sources_from_settings(), parts.update)
        return parts

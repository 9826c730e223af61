"""Site-wide plain views: health check, robots.txt and the contact form."""

import logging

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connections
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Site

from core import rate_limits
from core.links import absolute_url, page_path

from .contact import MESSAGES_PER_HOUR, submit_contact_message
from .forms import ContactForm
from .hooks import site_map_extras
from .legal import current_legal_page
from .selectors import SITEMAP_PAGES_PER_SECTION, sitemap_sections
from .sitemaps import sitemap_index_locations

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return False


def _cache_state():
    """The cache's health: "ok", "degraded" (Redis is away and core.cache answers from the database) or
    "unreachable" (a cache backend without that fallback failed)."""
    if hasattr(cache, "redis_reachable"):
        return "ok" if cache.redis_reachable() else "degraded"
    try:
        cache.set("healthz", "ok", 10)
        return "ok" if cache.get("healthz") == "ok" else "unreachable"
    except Exception:  # any cache client error means "unreachable"
        logger.exception("Health check: cache unreachable")
        return "unreachable"


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers ("degraded" if the Redis cache does not); 503 when the database does not."""
    body = {"database": "ok" if _database_ok() else "unreachable"}
    if settings.REDIS_URL:
        body["cache"] = _cache_state()
    if body["database"] != "ok":
        body["status"] = "unavailable"
    else:
        body["status"] = "ok" if body.get("cache", "ok") == "ok" else "degraded"
    return JsonResponse(body, status=503 if body["status"] == "unavailable" else 200)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
@cache_control(max_age=24 * 60 * 60, public=True)
def favicon(request):
    """Browsers and feed readers ask for /favicon.ico at the root; send them to the static file."""
    return redirect(static("img/favicon.ico"))


def serve_contact_page(page, request):
    """The contact page: the form, its errors with what was typed, or the thank-you note after sending."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam:
            return redirect(f"{page.url}?sent=1")  # look like success, store and send nothing
        if not rate_limits.consume(rate_limits.rate_keys("contact", request), MESSAGES_PER_HOUR, 60 * 60):
            form.add_error(
                None,
                ValidationError(
                    _("You have sent %(limit)d messages in the last hour, the most allowed. Please try again later.")
                    % {"limit": MESSAGES_PER_HOUR},
                    code="rate_limited",
                ),
            )
        else:
            submit_contact_message(Site.find_for_request(request), form.cleaned_data, translation.get_language())
            return redirect(f"{page.url}?sent=1")
    context = page.get_context(request)
    privacy_page = current_legal_page("privacy")
    context.update(
        form=form,
        sent=request.method == "GET" and request.GET.get("sent") == "1",
        privacy_path=page_path(privacy_page, request) if privacy_page else None,
    )
    return TemplateResponse(request, page.get_template(request), context)


@require_safe
def sitemap_index(request):
    """/sitemap.xml: the index of the sitemap files, on the public site's address whatever Host was sent."""
    items = [SitemapIndexItem(location, None) for location in sitemap_index_locations()]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


@require_safe
def site_map(request):
    """The HTML sitemap linked from the footer; /sitemap.xml stays for search engines.

    Apps above home add entries (the open listing count) through the ``site_map_extras`` hook.
    """
    site = Site.find_for_request(request)
    sections, single_pages = sitemap_sections(site, request)
    return TemplateResponse(
        request,
        "home/site_map.html",
        {
            "home_page": site.root_page if site else None,
            "sections": sections,
            "single_pages": single_pages,
            "per_section": SITEMAP_PAGES_PER_SECTION,
            **site_map_extras(request),
        },
    )

"""/sitemap.xml: every live, public page in every language, with hreflang alternates."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.links import base_host, page_path


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def items(self):
        """Live public pages inside a site (pages outside every site have no URL)."""
        pages = Page.objects.none()
        for site in Site.objects.select_related("root_page"):
            pages |= Page.objects.descendant_of(site.root_page, inclusive=True)
        # Only what a location and lastmod read: every page is in the list, so each column costs that many times.
        return pages.live().public().order_by("path").only("path", "depth", "url_path", "last_published_at")

    def location(self, page):
        # Called with each language active, so the translated url_path is used; Django asks again for each
        # alternate, so each page's path in each language is remembered. The site root paths are looked up
        # once per language for the whole sitemap, kept on one object instead of on each page.
        key = (page.pk, get_language())
        if key not in self._locations:
            self._locations[key] = page_path(page, self._root_paths_holder) or "/"
        return self._locations[key]

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        """Locations on settings.PORTAL_BASE_URL; x-default at the English URL, as the pages' own hreflang links do.

        Django strips the language prefix instead, which 404s when the slug itself is translated.
        """
        # Django builds each location from the request's Host and scheme; use the public site's.
        public_site = SimpleNamespace(domain=base_host())
        self._root_paths_holder = SimpleNamespace()
        self._locations = {}
        urls = super().get_urls(page=page, site=public_site, protocol=urlsplit(settings.PORTAL_BASE_URL).scheme)
        for url in urls:
            alternates = {alt["lang_code"]: alt for alt in url.get("alternates", [])}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls

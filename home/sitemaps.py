"""/sitemap.xml: every live, public page in every language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


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
        return pages.live().public().order_by("path")

    def location(self, page):
        # Called with each language active, so the translated url_path is used.
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        """Point x-default at the English URL, as the pages' own hreflang links do.

        Django strips the language prefix instead, which 404s when the slug itself is translated.
        """
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            alternates = {alt["lang_code"]: alt for alt in url.get("alternates", [])}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls

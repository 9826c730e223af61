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

"""The XML sitemaps for search engines: every live, public page in every language, with hreflang alternates.

/sitemap.xml is an index of the sitemap files, /sitemap-pages.xml?p=N, each at most ``PageSitemap.limit``
addresses, read a file's slice at a time (``LanguagePairs``): a file costs about the same however many
pages the site has, and stays far below the 50,000 addresses and 50 MB a search engine reads of one file.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.links import absolute_url, base_host, page_path


class LanguagePairs:
    """The ``(page, language)`` pairs a sitemap lists, for its paginator: counted, and read one file's slice at a
    time, where Django's ``Sitemap._items()`` builds every pair of the site for each file."""

    def __init__(self, pages, languages):
        self.pages = pages
        self.languages = list(languages)

    def count(self):
        return self.pages.count() * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("a sitemap's pairs are read by slices")
        per_page = len(self.languages)
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        first = start // per_page
        pairs = [(page, code) for page in self.pages[first : -(-stop // per_page)] for code in self.languages]
        return pairs[start - first * per_page : stop - first * per_page]


class PageSitemap(Sitemap):
    limit = 1000  # addresses per file: 500 pages in two languages
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

    @property
    def paginator(self):
        return Paginator(LanguagePairs(self.items(), self.languages), self.limit)

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


SITEMAPS = {"pages": PageSitemap}


def sitemap_index_locations():
    """The address of every sitemap file (each section's, a file per ``limit`` addresses) on PORTAL_BASE_URL."""
    locations = []
    for section, sitemap_class in SITEMAPS.items():
        location = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        pages = sitemap_class().paginator.num_pages
        locations += [location] + [f"{location}?p={number}" for number in range(2, pages + 1)]
    return locations

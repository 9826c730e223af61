"""The site's frame on every page: the header's menu, the footer and the section pages' addresses, cached.

They change only when editors change the site settings, a snippet or a page the frame shows (a menu
page, a section's index page, a legal page, a footer link); each of those purges everything
(``core.page_cache``), which retires these fragments (``core.fragments``). Nothing of one visitor goes
in: the account links, the language switch and the search box are rendered on every request around them.
"""

from dataclasses import dataclass

from django.apps import apps
from django.template.loader import render_to_string
from wagtail.models import Page, Site

from core import fragments
from core.links import page_path

from .models import LegalPage, SiteSettings
from .selectors import menu_pages

FOOTER_TEMPLATE = "includes/footer.html"
SECTION_DEPTH = 2  # section index pages sit at most this far below the site's home page (services/providers/)
TOP_LEVEL_DEPTH = 3  # the tree's root is 1, a site's home page 2, the menu's pages 3


@dataclass(frozen=True)
class MenuItem:
    """One header link: enough to render it and to tell whether the current page lies in its section."""

    pk: int
    path: str  # the page's tree path
    url: str
    title: str


def _singleton_page_types():
    """Page types of which a site has one page (``max_count = 1``): the home page and the sections' index pages."""
    return [model for model in apps.get_models() if issubclass(model, Page) and getattr(model, "max_count", None) == 1]


def _sections(request):
    """``{"news.newsindexpage": {"path": "/en/news/", "title": "News"}, ...}``: each singleton type's live page."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    labels = {model._meta.label_lower: model for model in _singleton_page_types()}
    pages = (
        Page.objects.live()
        .descendant_of(root, inclusive=True)
        .filter(
            depth__lte=root.depth + SECTION_DEPTH, content_type__model__in=[m._meta.model_name for m in labels.values()]
        )
        .select_related("content_type")
        .order_by("path")
    )
    paths = {}
    for page in pages:
        label = f"{page.content_type.app_label}.{page.content_type.model}"
        if label in labels and label not in paths:
            paths[label] = {"path": page_path(page, request), "title": page.title}
    return paths


def _build(request):
    return {
        "menu": [MenuItem(page.pk, page.path, page.get_url(request), page.title) for page in menu_pages(request)],
        "footer": render_to_string(FOOTER_TEMPLATE, request=request),  # safe HTML, and stays so when unpickled
        "sections": _sections(request),
    }


def shown_in_frame(page):
    """True when ``page`` appears in every page's frame: a top-level page (the menu), a section's index page (its
    address and title), a legal page or a footer link (the footer). Changing one means purging everything."""
    specific_class = page.specific_class
    if page.depth <= TOP_LEVEL_DEPTH or getattr(specific_class, "max_count", None) == 1:
        return True
    if specific_class is not None and issubclass(specific_class, LegalPage):
        return True
    return any(
        block.get("type") == "page" and block.get("value") == page.pk
        for links in SiteSettings.objects.values_list("footer_links", flat=True)
        for block in (links.raw_data if links else [])
    )


def site_chrome(request):
    """``{"menu": [MenuItem, ...], "footer": HTML, "sections": {label: {path, title}}}`` for the site and language."""
    if not hasattr(request, "_portal_site_chrome"):
        request._portal_site_chrome = fragments.cached(request, "chrome", lambda: _build(request))
    return request._portal_site_chrome


def section(request, model):
    """``{"path": …, "title": …}`` of the live page of singleton page type ``model`` (a section's index), or None."""
    return site_chrome(request)["sections"].get(model._meta.label_lower)


def section_path(request, model):
    """The path of the live page of singleton page type ``model`` (a section's index page), or None."""
    found = section(request, model)
    return found["path"] if found else None


def current_menu_item(request, page):
    """``(pk, is_the_page)`` of the menu item whose section holds ``page``, or ``(None, False)``."""
    path = getattr(page, "path", None)
    if path:
        for item in site_chrome(request)["menu"]:
            if path.startswith(item.path):
                return item.pk, page.pk == item.pk
    return None, False

"""Reads for the home page and the site chrome (navigation)."""

from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber, Substr
from wagtail.models import Page, Site

from core.routing import path_for_url_path

from .hooks import home_page_sections as _run_home_page_sections
from .models import PageTranslationState


def home_page_sections(home_page, request):
    """Live content for the home page's sections, from the apps registered with the ``home_page_sections`` hook.

    A fixed number of queries whatever the data volume.
    """
    return _run_home_page_sections(home_page, request)


def menu_pages(request):
    """Top-level pages that editors ticked “Show in menus”, in tree order."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return site.root_page.get_children().live().in_menu().order_by("path")


def translation_problems():
    """Pages with a missing translation or one language's content older than the other's."""
    return (
        PageTranslationState.objects.select_related("page")
        .filter(Q(missing_languages__gt="") | ~Q(en_updated_at=F("zh_hans_updated_at")))
        .exclude(page__depth__lte=1)
        .order_by("-page__last_published_at")
    )


SITEMAP_PAGES_PER_SECTION = 20


def sitemap_sections(site, request=None, limit=SITEMAP_PAGES_PER_SECTION):
    """The HTML sitemap: each live public section under the site's home page with up to ``limit`` of its pages.

    Returns ``(sections, single_pages)``: sections with pages, as dicts with ``pk``, ``title``, ``url``,
    ``entries`` (each with ``title``, ``url`` and ``level``), ``total`` and ``more``; and the top-level pages
    without children, as dicts with ``title`` and ``url``. A fixed number of queries however many pages there
    are: one for the sections, one to count, one ranked query for the entries. Rows, not page objects (a link
    needs a title and an address), with paths in the active language for ``request``'s site.
    """
    if site is None:
        return [], []
    root = site.root_page
    shown = ("pk", "title", "url_path", "path", "depth")
    sections = list(root.get_children().live().public().order_by("path").values(*shown))
    if not sections:
        return [], []
    section_depth = root.depth + 1
    section_path = Substr("path", 1, Page.steplen * section_depth)
    pages = Page.objects.live().public().filter(path__startswith=root.path, depth__gt=section_depth)
    totals = dict(
        pages.order_by()
        .annotate(section=section_path)
        .values("section")
        .annotate(total=Count("pk"))
        .values_list("section", "total")
    )
    ranked = (
        pages.annotate(
            section=section_path, position=Window(RowNumber(), partition_by=[section_path], order_by=F("path").asc())
        )
        .filter(position__lte=limit)
        .order_by("path")
        .values(*shown, "section")
    )
    entries = {}
    for row in ranked:
        entries.setdefault(row["section"], []).append(
            {
                "title": row["title"],
                "url": path_for_url_path(row["url_path"], request),
                "level": row["depth"] - section_depth - 1,
            }
        )
    with_pages, single_pages = [], []
    for section in sections:
        total = totals.get(section["path"], 0)
        url = path_for_url_path(section["url_path"], request)
        if total:
            shown_entries = entries.get(section["path"], [])
            with_pages.append(
                {
                    "pk": section["pk"],
                    "title": section["title"],
                    "url": url,
                    "entries": shown_entries,
                    "total": total,
                    "more": total - len(shown_entries),
                }
            )
        else:
            single_pages.append({"title": section["title"], "url": url})
    return with_pages, single_pages

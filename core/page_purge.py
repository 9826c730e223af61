"""What to purge when content changes: the paths of a page and of the pages that list it, in every language.

A page that is published, unpublished, moved or deleted takes with it its own URL and its routes (a
``RoutablePageMixin`` page's fixed sub-routes such as ``feed/`` or ``past/``, and whatever its
``get_cached_paths`` adds), every ancestor (the index pages and the home page) with theirs, the pages
that list everything (a page class with ``purged_with_every_page = True``: the sector pages), and the
sitemaps. A snippet or the site settings changing purges everything. ``install()`` (core/apps.py)
connects the signals; apps with content of their own (listings) call ``core.page_cache.purge_paths``.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch, reverse
from django.urls.resolvers import RoutePattern
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import page_cache

# /sitemap.xml (the index), its pages' file (every ?p=N: a purge takes a path's query strings with it) and the
# HTML site map: (URL name, its arguments).
SITEMAP_ROUTES = (("sitemap", {}), ("sitemap_section", {"section": "pages"}), ("site_map", {}))
MOST_DESCENDANTS = 200  # a bigger subtree moved or deleted purges everything instead


def _fixed_routes(page):
    """The sub-routes of a routable page that take no argument, as paths relative to the page ("/feed/")."""
    routes = []
    for pattern in getattr(page, "get_subpage_urls", lambda: [])():
        if isinstance(pattern.pattern, RoutePattern) and not pattern.pattern.converters:
            routes.append("/" + str(pattern.pattern))
    return routes


def _page_paths(page):
    """Every path ``page`` (specific) is served under, in each language."""
    paths = []
    relative = {"/", *page.get_cached_paths(), *_fixed_routes(page)}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            parts = page.get_url_parts()
        if not parts or not parts[2]:
            continue
        base = parts[2].rstrip("/")
        paths += [base + "/" + route.lstrip("/") for route in relative]
    return paths


def sitemap_paths():
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name, kwargs in SITEMAP_ROUTES:
                try:
                    paths.append(reverse(name, kwargs=kwargs))
                except NoReverseMatch:
                    continue
    return paths


def listing_pages():
    """The live pages that list content of every kind (sector pages)."""
    pages = []
    for model in apps.get_models():
        if issubclass(model, Page) and model.__dict__.get("purged_with_every_page"):
            pages += list(model.objects.live())
    return pages


def affected_paths(page):
    """The paths to purge when ``page`` changes: itself, its ancestors, the sector pages and the sitemaps."""
    pages = [page.specific, *page.get_ancestors().filter(depth__gt=1).specific(), *listing_pages()]
    return [path for each in pages for path in _page_paths(each)] + sitemap_paths()


def _subtree_paths(page):
    """``affected_paths`` of ``page`` and of its descendants; None when the subtree is too big to list."""
    descendants = page.get_descendants()
    if descendants.count() > MOST_DESCENDANTS:
        return None
    return affected_paths(page) + [path for child in descendants.specific() for path in _page_paths(child)]


def _purge_subtree(page):
    paths = _subtree_paths(page)
    if paths is None:
        page_cache.purge_everything()
    else:
        page_cache.purge_paths(paths)


def page_changed(instance, **kwargs):
    """Published or unpublished."""
    page_cache.purge_paths(affected_paths(instance))


def page_moving(instance, **kwargs):
    """Before a move: the old URLs, which the move is about to retire."""
    _purge_subtree(instance)


def page_moved(instance, **kwargs):
    """After a move: the new URLs and the new ancestors."""
    _purge_subtree(Page.objects.get(pk=instance.pk).specific)


def page_deleting(instance, **kwargs):
    """Before a delete (the tree still holds the page): its URLs and its ancestors'."""
    if instance.live:
        page_cache.purge_paths(affected_paths(instance))


def everything_changed(**kwargs):
    page_cache.purge_everything()


def _site_wide_models():
    """Snippets, site and generic settings, and redirects: a change to any of them can show on every page."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    settings_models = [m for m in apps.get_models() if issubclass(m, (BaseSiteSetting, BaseGenericSetting))]
    return {*get_snippet_models(), *settings_models, Redirect}


def install():
    """Connect the purges; per page class, so other models keep Django's fast deletes."""
    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    for model in page_models:
        page_published.connect(page_changed, sender=model, dispatch_uid=f"purge-published-{model._meta.label}")
        page_unpublished.connect(page_changed, sender=model, dispatch_uid=f"purge-unpublished-{model._meta.label}")
        pre_delete.connect(page_deleting, sender=model, dispatch_uid=f"purge-deleted-{model._meta.label}")
    pre_page_move.connect(page_moving, dispatch_uid="purge-page-moving")
    post_page_move.connect(page_moved, dispatch_uid="purge-page-moved")


def install_site_wide():
    """Connect purge-everything to every site-wide model, once Wagtail has registered the snippets."""
    for model in _site_wide_models():
        label = model._meta.label
        post_save.connect(everything_changed, sender=model, dispatch_uid=f"purge-all-saved-{label}")
        post_delete.connect(everything_changed, sender=model, dispatch_uid=f"purge-all-deleted-{label}")

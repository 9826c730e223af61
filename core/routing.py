"""Page routing by translated slug, looked up in the database.

wagtail-modeltranslation replaces ``Page.route`` with a version that loads every child page and
compares slugs in Python, so an article URL costs more as the section grows (measured in bench/).
This version keeps its behaviour (routable sub-pages first, then the child whose slug in the
active language, or the English slug when that is empty, matches) with one indexed query.

A request does not walk the tree a level at a time either (two page queries per level: the child,
then its specific object). ``route_for_request`` finds every page on the path at once by its
url_path in the active language (which modeltranslation builds from the same slugs, English where
one is empty), then loads only the page that answers; bench/page_profile.py measured routing an
article at 14 ms of CPU the old way. The site a request is for is matched in Python against the
sites kept in the cache (``site_for_request``), as Wagtail matches them in SQL, and the check for
view restrictions on the page and its ancestors is skipped while no page has one; saving a site, a
page or a view restriction drops that entry.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    SiteRootPath,
)
from wagtail.signals import post_page_move
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation.patch_wagtailadmin import _new_route as modeltranslation_route

from .links import is_local_path


def child_by_slug(page, slug):
    localized = build_localized_fieldname("slug", get_language())
    default = build_localized_fieldname("slug", "en")
    matches = Q(**{localized: slug}) | (Q(**{f"{localized}__isnull": True}) | Q(**{localized: ""})) & Q(
        **{default: slug}
    )
    return page.get_children().filter(matches).first()


def route_by_translated_slug(self, request, path_components):
    if isinstance(self, RoutablePageMixin) and self.live:
        try:
            path = "/" + "".join(f"{component}/" for component in path_components)
            view, args, kwargs = self.resolve_subpage(path)
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass
    if path_components:
        child = child_by_slug(self, path_components[0])
        if child is None:
            raise Http404
        return child.specific.route(request, path_components[1:])
    if self.live:
        return RouteResult(self)
    raise Http404


def _pages_on_path(root, path_components):
    """``(pk, content_type_id, live, depth)`` of each page under ``root`` whose url_path is a prefix of the path.

    One page per depth, shallowest first.

    Plain SQL: this runs on every page request, and compiling it through the ORM would cost more than running it.
    """
    field = Page._meta.get_field(build_localized_fieldname("url_path", get_language()))
    root_url_path = getattr(root, field.attname) or root.url_path
    prefixes = [root_url_path]
    for component in path_components:
        prefixes.append(f"{prefixes[-1]}{component}/")
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * len(prefixes))
    sql = (
        f"SELECT {quote('id')}, {quote('content_type_id')}, {quote('live')}, {quote('depth')} "
        f"FROM {quote(Page._meta.db_table)} WHERE {quote(field.column)} IN ({placeholders}) "
        f"AND {quote('path')} LIKE %s ORDER BY {quote('depth')}, {quote('path')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*prefixes, root.path + "%"])
        rows = cursor.fetchall()
    by_depth = {}
    for pk, content_type_id, live, depth in rows:
        by_depth.setdefault(depth, (pk, content_type_id, bool(live), depth))  # siblings sharing a slug: the first wins
    return [by_depth[depth] for depth in sorted(by_depth)]


def _route_from_root(site, request, path_components):
    root = site.root_page
    chain = _pages_on_path(root, path_components)
    models = [ContentType.objects.get_for_id(content_type_id).model_class() for _pk, content_type_id, *_ in chain]
    consistent = chain and chain[0][0] == root.pk and all(row[3] == root.depth + n for n, row in enumerate(chain))
    if not consistent or any(model is None or model.route is not route_by_translated_slug for model in models):
        return root.specific.route(request, path_components)  # walk the tree a level at a time, as Wagtail does
    for level, ((pk, _content_type_id, live, _depth), model) in enumerate(zip(chain, models, strict=True)):
        remaining = path_components[level:]
        if level < len(chain) - 1 and live and issubclass(model, RoutablePageMixin):
            # An ancestor's own sub-route (``past/``, ``feed/``) comes before a child page of the same slug.
            try:
                model.get_resolver().resolve("/" + "".join(f"{component}/" for component in remaining))
            except Http404:
                continue
            return _served(model, pk).route(request, remaining)
    return _served(models[-1], chain[-1][0]).route(request, path_components[len(chain) - 1 :])


def _served(model, pk):
    """The page to serve, with the relations its class names in ``serve_select_related`` in the same query."""
    return model.objects.select_related(*getattr(model, "serve_select_related", ())).get(pk=pk)


SITES_CACHE_KEY = "routing:sites:2"  # the number changes with the entry's shape
SITES_CACHE_SECONDS = 60 * 60  # a safety net: saving a site, a page or a restriction drops the entry at once


def _sites_and_restrictions(request=None):
    """Every site with its root page, and whether any page has a view restriction: one cache read per request."""
    entry = getattr(request, "_portal_sites", None)
    if entry is None:
        entry = cache.get(SITES_CACHE_KEY)
        if entry is None:
            entry = {
                "sites": list(Site.objects.select_related("root_page__locale").order_by("pk")),
                "any_view_restrictions": PageViewRestriction.objects.exists(),
            }
            cache.set(SITES_CACHE_KEY, entry, SITES_CACHE_SECONDS)
        if request is not None:
            request._portal_sites = entry
    return entry


def _sites(request=None):
    return _sites_and_restrictions(request)["sites"]


def site_root_paths(self, cache_object=None):
    """``Page._get_site_root_paths``: the sites' root paths in the active language, from the same cached sites.

    wagtail-modeltranslation's version reads the cache again each time the language changes (the language
    switcher asks for every language), and is not told when a site changes; this keeps each language's
    paths on the request.
    """
    holder = cache_object if cache_object is not None else self
    language = get_language()
    memo = holder.__dict__.setdefault("_portal_site_root_paths", {})
    if language not in memo:
        request = cache_object if isinstance(cache_object, HttpRequest) else None
        sites = sorted(_sites(request), key=lambda site: site.root_page.url_path, reverse=True)
        memo[language] = [
            SiteRootPath(site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code)
            for site in sites
        ]
    holder._wagtail_cached_site_root_paths = memo[language]  # where Wagtail keeps them (its redirects read it)
    return memo[language]


_wagtail_get_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(self):
    """``Page.get_view_restrictions`` without its two queries on a site where no page is restricted (the usual case)."""
    entry = getattr(self, "_portal_sites", None) or _sites_and_restrictions()  # set on the page a request routed to
    if not entry["any_view_restrictions"]:
        return PageViewRestriction.objects.none()
    return _wagtail_get_view_restrictions(self)


def _match(site, hostname, port):
    if site.hostname == hostname and str(site.port) == str(port):
        return MATCH_HOSTNAME_PORT
    if site.hostname == hostname and site.is_default_site:
        return MATCH_HOSTNAME_DEFAULT
    if site.is_default_site:
        return MATCH_DEFAULT
    return MATCH_HOSTNAME if site.hostname == hostname else None


def path_for_url_path(url_path, request):
    """The local path of the page whose url_path (in the active language) is ``url_path``, as ``page_path`` gives
    it, without a page object: for lists read with ``values()``. None outside every site."""
    for _site_id, root_path, _root_url, _language in site_root_paths(None, request):
        if url_path.startswith(root_path):
            path = reverse("wagtail_serve", args=(url_path[len(root_path) :],))
            return path if is_local_path(path) else None
    return None


def site_for_request(request):
    """``Site._find_for_request``: the site for the request's host and port, as ``get_site_for_hostname`` picks it."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    ranked = sorted(
        ((rank, site) for site in _sites(request) if (rank := _match(site, hostname, port)) is not None),
        key=lambda ranked_site: ranked_site[0],
    )
    sites = [site for _rank, site in ranked]
    if not sites:
        return None
    if len(sites) == 1 or ranked[0][0] in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return sites[0]
    if ranked[0][0] == MATCH_DEFAULT:
        return sites[len(sites) == 2]  # the default, unless exactly one other site has this host name
    return None


def forget_sites(**kwargs):
    """A site, a page (a site's root among them) or a view restriction changed: the next request reads them again."""
    cache.delete(SITES_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(SITES_CACHE_KEY))  # a request during the transaction re-read them


def route_for_request(request, path):
    """``Page.route_for_request``: the page (and sub-route) ``path`` names on the request's site, cached on the request."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            site = Site.find_for_request(request)
            route = _route_from_root(site, request, [c for c in path.split("/") if c]) if site else None
            if route is not None:
                route[0]._portal_sites = _sites_and_restrictions(request)
            request._wagtail_route_for_request = route
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def install():
    """Swap in the database lookups: on every page model that wagtail-modeltranslation patched, and for requests."""
    for model in [Page, *get_page_models()]:
        if model.route is modeltranslation_route:
            model.route = route_by_translated_slug
        model._get_site_root_paths = site_root_paths
    Page.route_for_request = staticmethod(route_for_request)
    Site._find_for_request = staticmethod(site_for_request)
    Page.get_view_restrictions = get_view_restrictions
    for model in (Site, PageViewRestriction):
        label = model._meta.label
        post_save.connect(forget_sites, sender=model, dispatch_uid=f"routing-forget-sites-saved-{label}")
        post_delete.connect(forget_sites, sender=model, dispatch_uid=f"routing-forget-sites-deleted-{label}")
    post_page_move.connect(forget_sites, dispatch_uid="routing-forget-sites-page-moved")
    for model in get_page_models():
        post_save.connect(forget_sites, sender=model, dispatch_uid=f"routing-forget-sites-saved-{model._meta.label}")
        post_delete.connect(
            forget_sites, sender=model, dispatch_uid=f"routing-forget-sites-deleted-{model._meta.label}"
        )

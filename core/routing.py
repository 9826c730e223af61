"""Page routing by translated slug, looked up in the database.

wagtail-modeltranslation replaces ``Page.route`` with a version that loads every child page and
compares slugs in Python, so an article URL costs more as the section grows (measured in bench/).
This version keeps its behaviour (routable sub-pages first, then the child whose slug in the
active language, or the English slug when that is empty, matches) with one indexed query.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation.patch_wagtailadmin import _new_route as modeltranslation_route


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


def install():
    """Swap in the database lookup on every page model that wagtail-modeltranslation patched."""
    for model in get_page_models():
        if model.route is modeltranslation_route:
            model.route = route_by_translated_slug

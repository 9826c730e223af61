"""What a detail page shows around its body, read in ``get_context`` so that its template runs no query."""

from core import fragments
from core.i18n import current_language_code
from home.chrome import section

from . import engine
from .documents import object_key

RELATED_ITEMS = 4


def related_items(item, limit=RELATED_ITEMS, request=None):
    """ "Related" links for a page or a listing: items sharing its sectors, keywords and title words, as Hits.

    Kept as a fragment (``core.fragments``) of the item's version for as long as the page cache keeps a page:
    an item published since joins another's related links within that time, as it does on that page's
    cached copy (a publish purges the item's own page, its lists and the sector pages, not every page that
    could list it).
    """
    key = object_key(item)
    version = getattr(item, "last_published_at", None) or getattr(item, "updated_at", None)
    find = lambda: engine.related(key, current_language_code(), limit)  # noqa: E731
    return fragments.cached(request, "related", find, key, version, limit)


class SectionLinkContext:
    """Mixin for pages with a link to their section above the title, before ``Page`` in the bases.

    Their context gains ``index``, ``{"path", "title"}`` of the page's parent: from the site frame's cached
    sections (``home.chrome``) when the page's one parent type is a section's index, else read from the tree.
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.index_link(request)
        return context

    def index_link(self, request):
        parent_types = self.allowed_parent_page_models()
        found = section(request, parent_types[0]) if len(parent_types) == 1 else None
        if found is None:
            parent = self.get_parent()
            found = {"path": parent.get_url(request), "title": parent.title}
        return found


class DetailPageContext(SectionLinkContext):
    """Mixin for searchable detail pages: ``index`` (``SectionLinkContext``), ``sectors`` as a list when the page
    has a field of that name, and ``related`` (``related_items``) for ``search/includes/related.html``."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if hasattr(self, "sectors"):
            context["sectors"] = list(self.sectors.all())
        context["related"] = related_items(self, request=request)
        return context

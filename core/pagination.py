"""Pagination shared by every listing page."""

from django.core.paginator import Paginator

DEFAULT_PAGE_SIZE = 12


def paginate(request, queryset, per_page=DEFAULT_PAGE_SIZE):
    """Return the requested page; out-of-range or junk page numbers fall back to the nearest page.

    The page's items are read here, as a list (with whatever the queryset prefetches), so the template that
    shows them runs no query.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    return page

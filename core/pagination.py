"""Pagination shared by every listing page."""

from django.core.paginator import Paginator
from wagtail.fields import StreamField

DEFAULT_PAGE_SIZE = 12


def paginate(request, queryset, per_page=DEFAULT_PAGE_SIZE, rows=list):
    """Return the requested page; out-of-range or junk page numbers fall back to the nearest page.

    The page's items are read here by ``rows`` (the page's slice of ``queryset``): as a list, with whatever
    the queryset prefetches, or as card rows (``core.cards``), so the template that shows them runs no query.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = rows(page.object_list)
    return page


def paginate_by_key(request, queryset, per_page=DEFAULT_PAGE_SIZE, rows=None):
    """``paginate`` for lists that run to many thousands of rows: the page's keys first, then its rows.

    The keys come from the index that orders the list (one ordered walk that stops after ``per_page``), where
    reading whole rows would have the database sort every matching row to keep a page of them. The rows
    are then read by key, with whatever the queryset fetches, in the list's order; or, given ``rows``
    (``core.cards.card_rows``), as ``rows(queryset of those keys, order=keys)``.
    """
    page = Paginator(queryset.values_list("pk", flat=True), per_page).get_page(request.GET.get("page"))
    keys = list(page.object_list)
    if rows is not None:
        page.object_list = rows(queryset.filter(pk__in=keys), order=keys)
        return page
    rows = {row.pk: row for row in queryset.filter(pk__in=keys)} if keys else {}
    page.object_list = [rows[key] for key in keys if key in rows]
    return page


def without_bodies(queryset):
    """``queryset`` without its StreamField columns (every language's): lists show cards, never a page's body,
    and reading and decoding a body per card was a large part of a list's cost."""
    streams = [field.attname for field in queryset.model._meta.concrete_fields if isinstance(field, StreamField)]
    return queryset.defer(*streams) if streams else queryset

"""What the results page shows besides the hits: facet links that toggle a filter, page links, labels.

Every link keeps the query and the other filters and drops the page number, so choosing a filter
starts again at page one.
"""

import dataclasses
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from sectors.models import Sector

from .backends.base import FACETS, date_buckets
from .documents import CONTENT_TYPES
from .models import IndexEntry

FACET_LABELS = {"content_type": _("Type"), "sector": _("Sector"), "language": _("Language"), "date": _("Date")}
# The query-string parameter of each facet (see forms.SearchForm).
FACET_PARAMS = {"content_type": "type", "sector": "sector", "language": "lang", "date": "date"}
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def sector_names():
    return {sector.code: sector.name for sector in Sector.objects.only("code", "name_en", "name_zh_hans")}


def value_label(facet, value, sectors):
    if facet == "content_type":
        return CONTENT_TYPES.get(value, value)
    if facet == "sector":
        return sectors.get(value, value)
    if facet == "language":
        return LANGUAGE_NAMES.get(value, value)
    labels = {key: label for key, label, *_range in date_buckets()}
    return labels.get(value, value)


def _url(params):
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def toggle_url(params, facet, value, selected):
    """The link that adds ``value`` to the facet's filter, or removes it when already chosen."""
    params = params.copy()
    params.pop("page", None)
    name = FACET_PARAMS[facet]
    if facet == "date":
        # One date range at a time; a bucket replaces a typed range.
        for key in ("date", "date_from", "date_to"):
            params.pop(key, None)
        if not selected:
            params["date"] = value
    else:
        values = [v for v in params.getlist(name) if v != value]
        if not selected:
            values.append(value)
        params.setlist(name, values)
    return _url(params)


def facet_groups(results, params):
    """Each facet with values to show: label, count, whether chosen, and the link that toggles it."""
    sectors = sector_names() if results.facets.get("sector") else {}
    groups = []
    for facet in FACETS:
        values = [value for value in results.facets.get(facet, []) if value.count or value.selected]
        if not values:
            continue
        groups.append(
            {
                "name": facet,
                "label": FACET_LABELS[facet],
                "values": [
                    {
                        "label": value_label(facet, value.value, sectors),
                        "count": value.count,
                        "selected": value.selected,
                        "url": toggle_url(params, facet, value.value, value.selected),
                    }
                    for value in values
                ],
            }
        )
    return groups


def in_readers_language(hits, language):
    """The hits, each titled and linked in the reader's language when the item has a version in it.

    A hit that matched only the other language's text (an English reader searching Chinese words)
    still shows the item's own English title and English page. Both backends' hits pass through here;
    the database index is always complete (see indexing.py), so one query finds every title.
    """
    wanted = {hit.doc_id: f"{hit.doc_id.rsplit(':', 1)[0]}:{language}" for hit in hits if hit.language != language}
    if not wanted:
        return hits
    entries = {
        entry.doc_id: entry
        for entry in IndexEntry.objects.filter(doc_id__in=wanted.values()).only("doc_id", "title", "url")
    }
    presented = []
    for hit in hits:
        entry = entries.get(wanted.get(hit.doc_id))
        if entry is not None:
            hit = dataclasses.replace(hit, title=entry.title, url=entry.url, title_language=language)
        presented.append(hit)
    return presented


def has_filters(params):
    return any(params.get(name) for name in (*FACET_PARAMS.values(), "date_from", "date_to"))


def clear_filters_url(text):
    return "?" + urlencode({"q": text})


class _ResultWindow:
    """Stands for all results to a Paginator while holding only the page the backend returned."""

    def __init__(self, hits, total):
        self.hits, self.total = hits, total

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, item):
        return self.hits


def paginate_results(results, query, params):
    """A Django page of the hits, with links to the previous and next page that keep every filter."""
    page = Paginator(_ResultWindow(results.hits, results.total), query.per_page).get_page(query.page)

    def page_url(number):
        linked = params.copy()
        linked["page"] = str(number)
        return _url(linked)

    page.previous_url = page_url(page.previous_page_number()) if page.has_previous() else ""
    page.next_url = page_url(page.next_page_number()) if page.has_next() else ""
    return page

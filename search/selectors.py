"""Reads for the search pages and the admin report: promoted results and what readers search for."""

import datetime

from django.core.cache import cache
from django.db.models import Max, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.text import normalise

from .models import SearchQueryLog
from .vocabulary import vocabulary_terms

POPULAR_CACHE_SECONDS = 600


def normalise_query(text):
    """The form a query is logged and promoted under: NFKC, lowercase, single spaces."""
    return " ".join(normalise(text).lower().split())[:200]


def promotions_for(text, request=None):
    """Editors' promoted results for this query text, in their order: title, URL and description."""
    promotions = []
    for promotion in (
        SearchPromotion.objects.filter(query__query_string=normalise_query(text))
        .select_related("page")
        .order_by("sort_order", "pk")
    ):
        if promotion.page_id:
            if not promotion.page.live:
                continue
            url, title = promotion.page.get_url(request), promotion.page.title
        else:
            url, title = promotion.external_link_url, promotion.external_link_text or promotion.external_link_url
        if url:
            promotions.append({"title": title, "url": url, "description": promotion.description})
    return promotions


def search_terms(since=None):
    """One row per query and language: searches (sum of hits), results (most seen) and last day searched."""
    rows = SearchQueryLog.objects.all()
    if since:
        rows = rows.filter(day__gte=since)
    return rows.values("query", "language").annotate(
        searches=Sum("hits"), results=Max("result_count"), last_searched=Max("day")
    )


def popular_queries(language, limit=6, days=30):
    """The most searched queries that found something, for the empty state (cached ten minutes).

    Only queries that name a vocabulary term (a sector, sub-field or technology keyword) or that
    editors promoted are shown: the public page must not repeat whatever anonymous visitors typed.
    """
    key = f"search:popular:{language}:{limit}"
    queries = cache.get(key)
    if queries is None:
        since = timezone.localdate() - datetime.timedelta(days=days)
        vetted = {name.lower() for term in vocabulary_terms() for name in term.values() if name}
        vetted.update(
            text.lower()
            for text in Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True)
        )
        candidates = (
            search_terms(since)
            .filter(language=language, results__gt=0)
            .order_by("-searches", "query")
            .values_list("query", flat=True)[:200]
        )
        queries = [query for query in candidates if query.lower() in vetted][:limit]
        cache.set(key, queries, POPULAR_CACHE_SECONDS)
    return queries

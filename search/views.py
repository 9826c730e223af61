"""The search page and the autocomplete endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from core.i18n import current_language_code

from . import engine
from .forms import SearchForm
from .query_log import record_search
from .results_page import clear_filters_url, facet_groups, has_filters, in_readers_language, paginate_results
from .selectors import popular_queries, promotions_for
from .vocabulary import close_terms

SUGGESTION_LIMIT = 8


@require_GET
def search(request):
    language = current_language_code()
    form = SearchForm(request.GET)
    query = form.to_query(language)
    context = {"form": form, "search_query": query.text}
    if query.text:
        first_page_asked = query.page == 1
        results = engine.search(query)
        page = paginate_results(results, query, request.GET)
        if page.number != query.page and results.total:
            # Past the last page (an old link): show the last page instead.
            query.page = page.number
            results = engine.search(query)
            page = paginate_results(results, query, request.GET)
        results.hits = in_readers_language(results.hits, language)
        filtered = has_filters(request.GET)
        if first_page_asked and not filtered:  # a new search, not a refinement of one
            record_search(query.text, language, results.total)
        context.update(
            {
                "results": results,
                "page_obj": page,
                "facet_groups": facet_groups(results, request.GET),
                "filtered": filtered,
                "clear_filters_url": clear_filters_url(query.text),
                "promotions": promotions_for(query.text, request) if query.page == 1 else [],
            }
        )
        if not results.total:
            context["did_you_mean"] = [
                term for term in close_terms(query.text, language) if term.lower() != query.text.lower()
            ]
    if not query.text or not context["results"].total:
        context["popular_queries"] = popular_queries(language)
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Autocomplete as JSON: ``{"query": ..., "suggestions": [{"text", "kind", "url"}...]}``."""
    text = request.GET.get("q", "").strip()[:100]
    suggestions = engine.autocomplete(text, current_language_code(), limit=SUGGESTION_LIMIT) if text else []
    message = (
        ngettext(
            "%(count)d suggestion. Use the up and down arrows to choose one.",
            "%(count)d suggestions. Use the up and down arrows to choose one.",
            len(suggestions),
        )
        % {"count": len(suggestions)}
        if suggestions
        else ""
    )
    response = JsonResponse(
        {
            "query": text,
            "message": message,
            "suggestions": [{"text": item.text, "kind": item.kind, "url": item.url} for item in suggestions],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "max-age=60"
    return response

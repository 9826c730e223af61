from django.shortcuts import render

from home.pagination import paginate

from .selectors import search_pages


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = paginate(request, search_pages(query), per_page=10) if query else None
    return render(request, "search/search.html", {"search_query": query, "search_results": results})

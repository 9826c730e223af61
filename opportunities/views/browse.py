"""Views: the public browse page, listing detail pages and their attachments, and the reader's saved searches."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.cards import card_rows
from core.media import stored_file_response
from core.pagination import paginate_by_key

from ..filters import FILTER_PARAMETERS, ListingFilter
from ..pending_changes import public_attachments
from ..saved_searches import SavedSearchForm, delete_saved_search, query_string, save_search, saved_searches_of
from ..selectors import attachment_visible_to, listing_page, public_listings

LISTINGS_PER_PAGE = 20


def listing_list(request):
    listing_filter = ListingFilter(request.GET, queryset=public_listings())
    listings = paginate_by_key(request, listing_filter.qs, per_page=LISTINGS_PER_PAGE, rows=card_rows)
    return render(
        request,
        "opportunities/listing_list.html",
        {
            "filter": listing_filter,
            "facets": listing_filter.facets(),
            "listings": listings,
            "active_parameters": listing_filter.active_parameters(),
            "save_form": SavedSearchForm(),
        },
    )


def listing_detail(request, pk):
    listing, listing_with_vocabularies = listing_page(request.user, pk)
    is_owner = request.user.is_authenticated and listing.owner_id == request.user.pk
    return render(
        request,
        "opportunities/listing_detail.html",
        {
            "listing": listing,
            "listing_with_vocabularies": listing_with_vocabularies,
            "is_owner": is_owner,
            # Everyone reads the published version; only the owner hears of changes waiting for review.
            "pending_change": listing.change_under_review if is_owner else None,
            "attachments": list(public_attachments(listing)),
        },
    )


def attachment_download(request, pk):
    """Send a listing's attachment to someone who may see it; the files have no public URL."""
    attachment = attachment_visible_to(request.user, pk)
    return stored_file_response(attachment.file, attachment.content_type, filename=attachment.original_name)


@login_required
def saved_search_list(request):
    searches = [{"search": search, "query_string": query_string(search)} for search in saved_searches_of(request.user)]
    return render(request, "opportunities/saved_searches.html", {"searches": searches})


@require_POST
@login_required
def saved_search_create(request):
    parameters = {name: request.POST[name] for name in FILTER_PARAMETERS if request.POST.get(name)}
    back_to_results = reverse("opportunities:index") + ("?" + urlencode(parameters) if parameters else "")
    form = SavedSearchForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("name", []):
            messages.error(request, error)
        return redirect(back_to_results)
    try:
        save_search(request.user, form.cleaned_data["name"], parameters)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(back_to_results)
    messages.success(request, _("Search saved. We will email you once a day when new opportunities match it."))
    return redirect(back_to_results)


@require_POST
@login_required
def saved_search_delete(request, pk):
    delete_saved_search(request.user, pk)
    messages.success(request, _("Saved search deleted. You will get no more emails about it."))
    return redirect("opportunities:saved_searches")

"""Saved searches: a signed-in user keeps a set of browse filters and gets a daily email of new listings.

The stored query is the browse page's own parameters, so the digest runs exactly the search the
user saw. ``send_saved_search_digests`` runs once a day from the task queue (see ``tasks.py``).
"""

import datetime
from itertools import groupby
from operator import attrgetter
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.emails import send_templated_email

from .filters import ListingFilter
from .models import Listing, SavedSearch

MAX_SAVED_SEARCHES = 20
MAX_LISTINGS_PER_SEARCH = 20
# A little under a day, so a daily job that starts a few minutes early still sends.
DIGEST_INTERVAL = datetime.timedelta(hours=23)


class SavedSearchForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name this search"),
        max_length=100,
        error_messages={"required": gettext_lazy("Give the search a name, so you can tell it apart in your emails.")},
    )


def save_search(user, name, parameters):
    """Keep the valid filters among ``parameters`` under ``name`` for ``user``.

    Raises ValidationError when the user already has ``MAX_SAVED_SEARCHES`` searches.
    """
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise ValidationError(
            _("You can keep up to %(limit)d saved searches. Delete one to save another.")
            % {"limit": MAX_SAVED_SEARCHES}
        )
    query = ListingFilter(parameters, queryset=Listing.objects.none()).active_parameters()
    return SavedSearch.objects.create(user=user, name=name.strip(), query=query)


def saved_searches_of(user):
    return SavedSearch.objects.filter(user=user)


def delete_saved_search(user, pk):
    """Delete one of the user's own saved searches; anyone else's is a 404."""
    deleted, _count = SavedSearch.objects.filter(pk=pk, user=user).delete()
    if not deleted:
        raise Http404


def query_string(saved_search):
    """The browse page's query string for a saved search (``sector=...&q=...``)."""
    return urlencode(saved_search.query)


def new_listings_for(saved_search, since, until):
    """Public listings matching the saved search, published after ``since`` (up to ``until``), not the user's own."""
    queryset = (
        Listing.objects.public()
        .filter(published_at__gt=since, published_at__lte=until)
        .exclude(owner_id=saved_search.user_id)
        .select_related("organisation")
    )
    listing_filter = ListingFilter(saved_search.query, queryset=queryset)
    return list(listing_filter.qs.order_by("-published_at", "-pk")[:MAX_LISTINGS_PER_SEARCH])


def _digest_for(searches, now):
    """The (saved search, new listings) pairs for one user's searches, or None if it is not time yet."""
    last_sent = max((search.last_sent_at for search in searches if search.last_sent_at), default=None)
    if last_sent and last_sent > now - DIGEST_INTERVAL:
        return None
    sections = []
    for search in searches:
        listings = new_listings_for(search, search.last_sent_at or search.created_at, now)
        if listings:
            sections.append({"search": search, "listings": listings, "query_string": query_string(search)})
    return sections


def send_saved_search_digests(now=None):
    """Email each user the new listings matching their saved searches, at most once a day.

    Users with nothing new get no email. Returns the number of emails sent.
    """
    now = now or timezone.now()
    searches = (
        SavedSearch.objects.filter(user__is_active=True)
        .select_related("user", "user__profile")
        .order_by("user_id", "created_at")
    )
    sent = 0
    for _user_id, user_searches in groupby(searches, key=attrgetter("user_id")):
        user_searches = list(user_searches)
        sections = _digest_for(user_searches, now)
        if not sections:
            continue
        user = user_searches[0].user
        with transaction.atomic():
            SavedSearch.objects.filter(pk__in=[search.pk for search in user_searches]).update(last_sent_at=now)
            sent += send_templated_email(
                user,
                "opportunities/email/saved_search_digest",
                {
                    "sections": sections,
                    "listing_count": sum(len(section["listings"]) for section in sections),
                },
            )
    return sent

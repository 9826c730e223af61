"""The pages a listing shows on, purged from the page caches when it opens, changes, closes or expires.

They are the browse page, the listing's own page and the pages of its sectors, in every language.
Statuses other than published never show publicly, so a save that keeps a listing out of public view
purges nothing; one that moves it in or out (``status``, ``deadline``) or edits a public one does.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from core import page_cache
from sectors.models import SectorIndexPage

from .models import Listing

PUBLIC_STATE_FIELDS = {"status", "deadline"}


def listing_paths(listing_ids):
    """Every path that shows one of ``listing_ids``: browse, detail and sector pages, in each language."""
    listings = Listing.objects.filter(pk__in=listing_ids).prefetch_related("sectors")
    sectors = {sector.pk: sector for listing in listings for sector in listing.sectors.all()}
    sector_index = SectorIndexPage.objects.live().first()
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("opportunities:index"))
            paths += [reverse("opportunities:detail", args=[pk]) for pk in listing_ids]
            if sector_index:
                paths += [sector_index.sector_url(sector) for sector in sectors.values()]
    return paths


def listings_changed(listing_ids):
    """Purge the pages of ``listing_ids`` once the transaction commits (their sectors are saved by then)."""
    listing_ids = list(listing_ids)
    if listing_ids:
        transaction.on_commit(lambda: page_cache.purge_paths(listing_paths(listing_ids)))


def listing_saved(instance, created, update_fields=None, **kwargs):
    """post_save: purge when the listing is public or its public state may have changed."""
    touches_state = update_fields is None or PUBLIC_STATE_FIELDS & set(update_fields)
    if instance.is_public or (touches_state and not created):
        listings_changed([instance.pk])


def listing_deleted(instance, **kwargs):
    """pre_delete: while the listing's sectors are still known."""
    if instance.is_public:
        page_cache.purge_paths(listing_paths([instance.pk]))

"""Index updates on publish (a new slug included), unpublish, delete and move, and when a listing opens or closes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from opportunities.models import Listing

from . import indexing

# Saving only these listing fields changes nothing a reader can search (reminder flags, matching).
_UNSEARCHED_LISTING_FIELDS = {"reminder_14_sent", "reminder_3_sent", "renewal_token", "updated_at"}


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    indexing.index_page(instance)
    # A new slug (in either language) moves everything below the page.
    indexing.reindex_below_if_moved(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    indexing.remove_page(instance.pk)


@receiver(post_delete, sender=Page)
def remove_deleted_page(sender, instance, **kwargs):
    indexing.remove_page(instance.pk)


@receiver(post_page_move)
def reindex_moved_page(sender, instance, **kwargs):
    # Its URL and every descendant's URL changed.
    indexing.reindex_page_tree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_pages(sender, instance, **kwargs):
    # Private pages are not searchable; a removed restriction makes them searchable again.
    indexing.reindex_page_tree(instance.page)


@receiver(post_save, sender=Listing)
def index_saved_listing(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= _UNSEARCHED_LISTING_FIELDS:
        return
    indexing.index_listing(instance)


@receiver(post_delete, sender=Listing)
def remove_deleted_listing(sender, instance, **kwargs):
    indexing.remove_listing(instance.pk)


def _reindex_listing_terms(sender, instance, action, reverse, **kwargs):
    if not reverse and action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Listing):
        indexing.index_listing(instance)


for _field in ("sectors", "subfields", "keywords"):
    m2m_changed.connect(_reindex_listing_terms, sender=getattr(Listing, _field).through,
                        dispatch_uid=f"search-listing-{_field}")

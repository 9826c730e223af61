"""Index updates on publish (a new slug included), unpublish, delete and move, and when a listing opens or closes.

Pages are followed through Wagtail's signals; every other searchable model through ``connect_records``.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .documents import is_searchable, searchable_models


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


def index_saved_record(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= instance.search_unsearched_fields:
        return
    indexing.index_record(instance)


def remove_deleted_record(sender, instance, **kwargs):
    indexing.remove_record(instance)


def _reindex_record_terms(sender, instance, action, reverse, **kwargs):
    if not reverse and action in ("post_add", "post_remove", "post_clear") and is_searchable(instance):
        indexing.index_record(instance)


def connect_records():
    """Follow saves, deletions and term changes of every searchable model that is not a page (listings).

    Called from ``SearchConfig.ready``, once every model is loaded.
    """
    for model in searchable_models():
        if issubclass(model, Page):
            continue
        label = model._meta.label_lower
        post_save.connect(index_saved_record, sender=model, dispatch_uid=f"search-save-{label}")
        post_delete.connect(remove_deleted_record, sender=model, dispatch_uid=f"search-delete-{label}")
        for name in filter(None, (model.search_sectors_field, *model.search_keyword_fields)):
            m2m_changed.connect(
                _reindex_record_terms, sender=getattr(model, name).through, dispatch_uid=f"search-{label}-{name}"
            )

"""Keeping the search index in step with the content (the write side; ``engine.py`` reads).

Every change goes to the database backend, always, so search still works when Elasticsearch is down;
and also to Elasticsearch when it is configured, once the change is committed. A failure to index is
logged and never breaks the publish or save that caused it: the database write runs in a savepoint,
and ``manage.py rebuild_search_index`` repairs anything missed.
"""

import logging

from django.db import transaction

from . import engine
from .documents import all_documents, documents_for, is_searchable, object_key, page_documents, page_object_key
from .models import IndexEntry

logger = logging.getLogger(__name__)


def _write(object_key, documents):
    """Replace every document of one item with ``documents`` (none: remove the item)."""
    try:
        with transaction.atomic():
            database = engine.database_backend()
            database.delete_object(object_key)
            if documents:
                database.index_documents(documents)
    except Exception:
        logger.exception("Search index: could not update %s in the database", object_key)
    if _elasticsearch_configured():
        transaction.on_commit(lambda: _write_elasticsearch(object_key, documents))


def _elasticsearch_configured():
    try:
        return engine.elasticsearch_backend() is not None
    except Exception:
        logger.exception("Search index: the Elasticsearch backend could not be set up")
        return False


def _write_elasticsearch(object_key, documents):
    if not engine.elasticsearch_seems_up():
        # A publish must not wait for timeouts; `rebuild_search_index` catches up once it is back.
        logger.warning("Search index: Elasticsearch is down; %s is updated in the database only", object_key)
        return
    try:
        elastic = engine.elasticsearch_backend()
        elastic.delete_object(object_key)
        if documents:
            elastic.index_documents(documents)
    except Exception as error:
        engine.record_elasticsearch_outage()
        logger.warning(
            "Search index: could not update %s in Elasticsearch (%s: %s)", object_key, type(error).__name__, error
        )


def _is_searchable_page(page):
    return is_searchable(page) and page.search_is_public()


def index_page(page):
    """Index a page as it is now: its documents when live, public and of a searched type, else nothing."""
    try:
        page = page.specific
        documents = page_documents(page) if _is_searchable_page(page) else []
    except Exception:
        logger.exception("Search index: could not read page %s", page.pk)
        return
    _write(page_object_key(page.pk), documents)


def reindex_page_tree(page):
    """A page and everything below it (after a move, a slug change or a new view restriction)."""
    try:
        pages = list(page.get_descendants(inclusive=True).specific().iterator())
    except Exception:
        logger.exception("Search index: could not read the pages under %s", page.pk)
        return
    for descendant in pages:
        if is_searchable(descendant) or descendant.pk == page.pk:
            index_page(descendant)


def reindex_below_if_moved(page):
    """Reindex the pages below ``page`` when their URLs no longer match the index.

    Publishing a section with a new slug, in either language, changes every URL below it. Wagtail
    signals only an English slug change (and only on commit), so one child's URLs are compared instead.
    """
    try:
        child = page.get_children().live().specific().first()
        if child is None or not is_searchable(child):
            return
        current = {document.language: document.url for document in page_documents(child)}
        stored = dict(IndexEntry.objects.filter(object_key=page_object_key(child.pk)).values_list("language", "url"))
    except Exception:
        logger.exception("Search index: could not check the URLs below page %s", page.pk)
        return
    if current != stored:
        reindex_page_tree(page)


def index_record(record):
    """Index an item that is not a page (a listing) when it is public; remove it otherwise."""
    try:
        documents = documents_for(record) if record.search_is_public() else []
    except Exception:
        logger.exception("Search index: could not read %s %s", record._meta.label_lower, record.pk)
        return
    _write(object_key(record), documents)


def remove_page(page_id):
    _write(page_object_key(page_id), [])


def remove_record(record):
    _write(object_key(record), [])


def rebuild_index(log=None):
    """Rebuild the database index, then Elasticsearch's when configured. Returns the counts by backend.

    An Elasticsearch failure is logged and reported as ``counts["elasticsearch_error"]``: the database
    index is rebuilt whatever happens to Elasticsearch, and search falls back to it.
    """
    log = log or (lambda message: None)
    counts = {"database": engine.database_backend().rebuild(all_documents())}
    log(f"Database index: {counts['database']} documents")
    if _elasticsearch_configured():
        try:
            counts["elasticsearch"] = engine.elasticsearch_backend().rebuild(all_documents())
            log(f"Elasticsearch index: {counts['elasticsearch']} documents")
        except Exception as error:
            counts["elasticsearch_error"] = f"{type(error).__name__}: {error}"
            logger.warning("Search index: the Elasticsearch rebuild failed (%s)", counts["elasticsearch_error"])
    return counts

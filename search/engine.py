"""The one entry point for reading the search index: search, autocomplete and related items.

Elasticsearch answers when ``ELASTICSEARCH_URL`` is set; the embedded database backend answers
otherwise, and also whenever Elasticsearch fails (unreachable, timing out, erroring). The failure is
logged as a warning and readers still get results, never an error page. After a failure the
database answers for ``RETRY_AFTER_SECONDS`` before Elasticsearch is tried again, so an outage does
not cost every request a timeout. The database index is always kept up to date for this reason
(see ``indexing.py``).
"""

import logging
import time

from django.conf import settings

from .backends.base import SearchQuery, Suggestion
from .backends.database import DatabaseBackend

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30

_database = DatabaseBackend()
_elastic = {}  # url → backend, made on first use
_elastic_down_until = 0.0


def database_backend():
    return _database


def elasticsearch_backend():
    """The Elasticsearch backend when configured, else None. Its module is imported only then."""
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return None
    if url not in _elastic:
        # Lazy on purpose: the elasticsearch client is optional and heavy; sites without it never load it.
        from .backends.elastic import ElasticsearchBackend

        _elastic.clear()
        _elastic[url] = ElasticsearchBackend(url)
    return _elastic[url]


def elasticsearch_seems_up():
    """False for RETRY_AFTER_SECONDS after a failure, so writers do not wait on a dead server either."""
    return time.monotonic() >= _elastic_down_until


def record_elasticsearch_outage():
    global _elastic_down_until
    _elastic_down_until = time.monotonic() + RETRY_AFTER_SECONDS


def _elastic_errors():
    # Lazy for the same reason as above (reached only after Elasticsearch answered or failed).
    from .backends.elastic import ERRORS

    return ERRORS


def _ask(method, *args, **kwargs):
    """Call ``method`` on Elasticsearch if it is configured and up, else (or on failure) on the database."""
    global _elastic_down_until
    elastic = None
    if time.monotonic() >= _elastic_down_until:
        try:
            elastic = elasticsearch_backend()
        except Exception:  # a bad URL or a missing client library must not take search down
            logger.exception("Elasticsearch backend could not be set up; searching the database instead")
    if elastic is not None:
        try:
            return getattr(elastic, method)(*args, **kwargs)
        except Exception as error:
            _elastic_down_until = time.monotonic() + RETRY_AFTER_SECONDS
            if isinstance(error, _elastic_errors()):
                logger.warning(
                    "Elasticsearch %s failed (%s: %s); answering from the database", method, type(error).__name__, error
                )
            else:  # a bug rather than an outage: keep the traceback, still answer the reader
                logger.exception("Elasticsearch %s raised; answering from the database", method)
    return getattr(_database, method)(*args, **kwargs)


def reset():
    """Forget the Elasticsearch client and any recorded outage (settings changed, tests)."""
    global _elastic_down_until
    _elastic.clear()
    _elastic_down_until = 0.0


def search(query: SearchQuery):
    """Results for ``query``: hits of the requested page, the total and the facet counts."""
    if not query.text.strip():
        return None
    return _ask("search", query)


def autocomplete(prefix, language, limit=8):
    """Up to ``limit`` Suggestions for what the reader has typed so far."""
    prefix = prefix.strip()[:100]
    if not prefix:
        return []
    suggestions = _ask("autocomplete", prefix, language, limit)
    return [item if isinstance(item, Suggestion) else Suggestion(text=str(item), kind="term") for item in suggestions][
        :limit
    ]


def related(object_key, language, limit=5):
    """Items like this one (shared sectors, keywords and title words), as Hits."""
    return _ask("related", object_key, language, limit)

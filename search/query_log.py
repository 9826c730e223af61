"""Recording what readers search for: one row per query, language and day, counted up in one statement."""

import logging

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from .selectors import normalise_query

logger = logging.getLogger(__name__)

UPSERT = (
    "INSERT INTO search_searchquerylog (query, language, day, hits, result_count) VALUES (%s, %s, %s, 1, %s) "
    "ON CONFLICT (query, language, day) DO UPDATE SET hits = search_searchquerylog.hits + 1, "
    "result_count = excluded.result_count"
)


def record_search(text, language, result_count):
    """Count one search. A single upsert, so a burst of searches cannot pile up rows or queries;
    a failure is logged and never reaches the reader."""
    query = normalise_query(text)
    if not query:
        return
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(UPSERT, [query, language, timezone.localdate(), result_count])
    except DatabaseError:
        logger.exception("Could not log the search %r", query)

"""The embedded database backend (SQLite FTS5 or PostgreSQL, whichever the tests run on) through the
shared journeys of ``backend_suite.py``: every journey Elasticsearch passes, this backend passes too.
"""

import pytest
from django.core.cache import cache

from search import vocabulary
from search.backends.database import DatabaseBackend
from vocabulary.models import TechnologyKeyword

from .backend_suite import *  # noqa: F403 (the shared journeys, collected here against the database)
from .backend_suite import DOCUMENTS

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend():
    # The documents' keywords are vocabulary terms. This backend offers terms from the vocabulary
    # tables (Elasticsearch: from the indexed keywords), so the terms exist there as on the site.
    TechnologyKeyword.objects.create(code="offshore-incubation", name_en="Offshore incubation", name_zh_hans="离岸孵化")
    TechnologyKeyword.objects.create(code="ai", name_en="AI", name_zh_hans="人工智能")
    cache.delete(vocabulary.CACHE_KEY)
    backend = DatabaseBackend()
    backend.rebuild(iter(DOCUMENTS))
    return backend


@pytest.fixture
def fresh_backend(backend):
    return backend

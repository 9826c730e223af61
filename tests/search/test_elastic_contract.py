"""The Elasticsearch backend against a real server: the shared journeys of ``backend_suite.py`` (which
``test_elastic.py`` can only check as request bodies), plus the alias swap of a rebuild.

Runs only when ``ELASTICSEARCH_URL`` is set (see README, "Production-like run with Elasticsearch"):

    docker compose up -d elasticsearch
    ELASTICSEARCH_URL=http://localhost:9200 python -m pytest tests/search/test_elastic_contract.py

Each run works under its own alias (``portal-search-contract-<random>``) and deletes its indices
afterwards, so it never touches the site's index.
"""

import os
import uuid

import pytest

from search.backends.elastic import ElasticsearchBackend

from .backend_suite import *  # noqa: F403 (the shared journeys, collected here against Elasticsearch)
from .backend_suite import DOCUMENTS, search

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to run the contract tests against",
)


def make_backend():
    alias = f"portal-search-contract-{uuid.uuid4().hex[:8]}"
    return ElasticsearchBackend(os.environ.get("ELASTICSEARCH_URL"), alias=alias)


def drop(backend):
    backend.client.indices.delete(index=f"{backend.alias}-*", ignore_unavailable=True, allow_no_indices=True)


@pytest.fixture(scope="module")
def backend():
    backend = make_backend()
    backend.rebuild(iter(DOCUMENTS))
    yield backend
    drop(backend)


@pytest.fixture
def fresh_backend():
    backend = make_backend()
    backend.rebuild(DOCUMENTS)
    yield backend
    drop(backend)


def test_rebuild_points_the_alias_at_the_new_index_and_drops_the_old(fresh_backend):
    client, alias = fresh_backend.client, fresh_backend.alias
    (old_index,) = client.indices.get_alias(name=alias)

    fresh_backend.rebuild(DOCUMENTS[:2])

    (new_index,) = client.indices.get_alias(name=alias)
    assert new_index != old_index
    assert not client.indices.exists(index=old_index)
    assert search(fresh_backend, "offshore").total == 1

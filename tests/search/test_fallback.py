"""Elasticsearch configured but unreachable: readers still get results from the database, never an error."""

import json
import logging
import socket

import pytest
from django.core.management import CommandError, call_command

from search import engine
from search.models import IndexEntry
from tests.factories import NewsPageFactory


@pytest.fixture
def unreachable_elasticsearch(settings):
    """ELASTICSEARCH_URL pointing at a port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{port}"
    return settings.ELASTICSEARCH_URL


@pytest.fixture
def seaweed_news(site_tree):
    return NewsPageFactory(
        parent=site_tree["news"], slug="seaweed", title_en="Seaweed farm opens", title_zh_hans="海藻养殖场开业"
    )


def test_search_page_answers_from_the_database_and_logs_a_warning(
    client, seaweed_news, unreachable_elasticsearch, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        response = client.get("/en/search/?q=seaweed")
    assert response.status_code == 200
    assert "Seaweed farm opens" in response.content.decode()
    assert any(
        record.levelno == logging.WARNING and "answering from the database" in record.getMessage()
        for record in caplog.records
    )


def test_suggestions_answer_from_the_database(client, seaweed_news, unreachable_elasticsearch):
    response = client.get("/zh-hans/search/suggest/?q=海藻")
    assert response.status_code == 200
    assert [item["text"] for item in json.loads(response.content)["suggestions"]] == ["海藻养殖场开业"]


def test_after_a_failure_the_database_answers_without_trying_elasticsearch_again(
    seaweed_news, unreachable_elasticsearch, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        engine.autocomplete("seaweed", "en")
        engine.autocomplete("seaweed", "en")
    assert sum("answering from the database" in record.getMessage() for record in caplog.records) == 1


def test_publishing_succeeds_and_is_searchable_when_elasticsearch_is_down(
    site_tree, unreachable_elasticsearch, django_capture_on_commit_callbacks, caplog, client
):
    with caplog.at_level(logging.WARNING, logger="search.indexing"), django_capture_on_commit_callbacks(execute=True):
        page = NewsPageFactory(parent=site_tree["news"], title_en="Coral nursery opens")
    page.refresh_from_db()
    assert page.live
    assert "could not update" in caplog.text and "Elasticsearch" in caplog.text
    assert "Coral nursery opens" in client.get("/en/search/?q=coral").content.decode()


def test_after_one_failed_write_publishing_does_not_wait_on_elasticsearch_again(
    site_tree, unreachable_elasticsearch, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.indexing"), django_capture_on_commit_callbacks(execute=True):
        NewsPageFactory(parent=site_tree["news"], title_en="Coral nursery opens")
        NewsPageFactory(parent=site_tree["news"], title_en="Mangrove walk reopens")
    assert caplog.text.count("could not update") == 1
    assert "Elasticsearch is down" in caplog.text


def test_rebuild_command_rebuilds_the_database_and_reports_elasticsearch_failure(
    site_tree, unreachable_elasticsearch, client
):
    NewsPageFactory(parent=site_tree["news"], title_en="Coral nursery opens")
    IndexEntry.objects.all().delete()
    with pytest.raises(CommandError, match="Elasticsearch rebuild failed"):
        call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
    assert "Coral nursery opens" in client.get("/en/search/?q=coral").content.decode()

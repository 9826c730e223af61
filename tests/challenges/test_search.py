"""Challenges in the site search: a public one is found in both languages; drafts, scheduled ones before
their time and the confidential details are not."""

import datetime

import pytest
from django.utils import timezone

from challenges.models import Status
from challenges.search_index import index_newly_public_challenges
from search import engine
from search.backends.base import SearchQuery
from tests.challenges.factories import ChallengeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("embedded_search")]


@pytest.fixture(autouse=True)
def fresh_engine():
    engine.reset()
    yield
    engine.reset()


@pytest.fixture
def embedded_search(settings):
    settings.ELASTICSEARCH_URL = ""


def found(text, language="en"):
    return [(hit.title, hit.url) for hit in engine.search(SearchQuery(text=text, language=language)).hits]


def make_challenge(**fields):
    return ChallengeFactory(
        title_en="Biodegradable mulch film for tropical farms", title_zh_hans="热带农田可降解地膜", **fields
    )


def test_a_public_challenge_is_found_in_english(client):
    challenge = make_challenge()
    assert found("mulch") == [("Biodegradable mulch film for tropical farms", f"/en/challenges/{challenge.pk}/")]


def test_a_public_challenge_is_found_in_chinese(client):
    challenge = make_challenge()
    assert found("地膜", "zh-hans") == [("热带农田可降解地膜", f"/zh-hans/challenges/{challenge.pk}/")]


def test_the_search_page_labels_it_as_an_innovation_challenge(client):
    make_challenge()
    html = client.get("/en/search/?q=mulch").content.decode()
    assert "Biodegradable mulch film for tropical farms" in html and "Innovation challenge" in html


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.WITHDRAWN])
def test_a_challenge_that_is_not_approved_is_not_found(status):
    make_challenge(status=status)
    assert found("mulch") == []


def test_a_withdrawn_challenge_is_no_longer_found():
    challenge = make_challenge()
    challenge.status = Status.WITHDRAWN
    challenge.save()
    assert found("mulch") == []


def test_a_deleted_challenge_is_no_longer_found():
    make_challenge().delete()
    assert found("mulch") == []


def test_the_confidential_details_are_not_searchable():
    make_challenge(confidential_details_en="Supplier Zanzibarplastics", confidential_details_zh_hans="供应商秘密价格")
    assert found("Zanzibarplastics") == []
    assert found("秘密价格", "zh-hans") == []


def test_a_scheduled_challenge_is_found_only_once_its_publication_time_has_come():
    challenge = make_challenge(publish_at=timezone.now() + datetime.timedelta(hours=1))
    assert found("mulch") == []
    assert index_newly_public_challenges() == 0
    type(challenge).objects.filter(pk=challenge.pk).update(publish_at=timezone.now() - datetime.timedelta(minutes=1))
    assert index_newly_public_challenges() == 1
    assert [title for title, _url in found("mulch")] == ["Biodegradable mulch film for tropical farms"]
    assert index_newly_public_challenges() == 0  # already indexed: nothing to do on the next run

"""The public list of challenges: only public ones, newest first, facets, a text query, pages, cards."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from challenges.models import ChallengeType, NonCashAward, Status
from core import fragments
from tests.challenges.factories import ChallengeFactory
from tests.factories import SectorFactory

pytestmark = pytest.mark.django_db

URL = "/en/challenges/"


def shown(response):
    return [challenge.pk for challenge in response.context["challenges"].object_list]


def test_the_list_shows_public_challenges_in_both_languages(client):
    challenge = ChallengeFactory(title_en="AI triage for remote clinics", title_zh_hans="偏远诊所人工智能分诊")
    english = client.get("/en/challenges/")
    chinese = client.get("/zh-hans/challenges/")
    assert english.status_code == chinese.status_code == 200
    assert "AI triage for remote clinics" in english.content.decode()
    assert "偏远诊所人工智能分诊" in chinese.content.decode()
    assert shown(english) == shown(chinese) == [challenge.pk]


def test_a_title_written_in_one_language_only_shows_in_the_other(client):
    ChallengeFactory(title_en="Seawater desalination", title_zh_hans="")
    assert "Seawater desalination" in client.get("/zh-hans/challenges/").content.decode()


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.WITHDRAWN])
def test_challenges_not_approved_are_not_listed(client, status):
    hidden = ChallengeFactory(status=status, title_en="Secret problem")
    response = client.get(URL)
    assert hidden.pk not in shown(response)
    assert "Secret problem" not in response.content.decode()


def test_a_scheduled_challenge_is_not_listed_before_its_publication(client):
    scheduled = ChallengeFactory(publish_at=timezone.now() + datetime.timedelta(days=2))
    assert scheduled.pk not in shown(client.get(URL))


def test_the_newest_challenge_comes_first(client):
    older = ChallengeFactory(publish_at=timezone.now() - datetime.timedelta(days=5))
    newer = ChallengeFactory(publish_at=timezone.now() - datetime.timedelta(hours=1))
    assert shown(client.get(URL)) == [newer.pk, older.pk]


def test_a_closed_challenge_stays_listed_and_is_marked_closed(client):
    closed = ChallengeFactory(
        publish_at=timezone.now() - datetime.timedelta(days=40),
        submission_deadline=timezone.now() - datetime.timedelta(days=1),
    )
    response = client.get(URL)
    assert shown(response) == [closed.pk]
    assert '<span class="badge badge-muted">Closed for submissions</span>' in response.content.decode()


def test_sector_filter(client):
    health = SectorFactory(code="health")
    triage = ChallengeFactory(sectors=[health])
    ChallengeFactory()
    assert shown(client.get(URL, {"sector": "health"})) == [triage.pk]


def test_type_filter(client):
    idea = ChallengeFactory(challenge_type=ChallengeType.IDEATION)
    ChallengeFactory(challenge_type=ChallengeType.PROTOTYPE)
    assert shown(client.get(URL, {"type": "ideation"})) == [idea.pk]


def test_award_filter_tells_cash_from_non_cash_awards(client):
    cash = ChallengeFactory(award_amount=50_000, non_cash_awards=[])
    pilot = ChallengeFactory(award_amount=None, non_cash_awards=[NonCashAward.PILOT_CONTRACT])
    assert shown(client.get(URL, {"award": "cash"})) == [cash.pk]
    assert shown(client.get(URL, {"award": "non-cash"})) == [pilot.pk]


def test_status_filter_tells_open_from_closed(client):
    now = timezone.now()
    closed = ChallengeFactory(
        publish_at=now - datetime.timedelta(days=40), submission_deadline=now - datetime.timedelta(days=1)
    )
    open_one = ChallengeFactory()
    assert shown(client.get(URL, {"status": "open"})) == [open_one.pk]
    assert shown(client.get(URL, {"status": "closed"})) == [closed.pk]


def test_deadline_filter_finds_challenges_closing_soon(client):
    now = timezone.now()
    soon = ChallengeFactory(submission_deadline=now + datetime.timedelta(days=3))
    month = ChallengeFactory(submission_deadline=now + datetime.timedelta(days=20))
    ChallengeFactory(submission_deadline=now + datetime.timedelta(days=60))
    assert shown(client.get(URL, {"deadline": "7"})) == [soon.pk]
    assert set(shown(client.get(URL, {"deadline": "30"}))) == {soon.pk, month.pk}


@pytest.mark.parametrize("query", ["mulch", "MULCH", "地膜", "growing season", "生长季"])
def test_text_query_matches_titles_and_summaries_in_both_languages(client, query):
    film = ChallengeFactory(title_en="Biodegradable mulch film", title_zh_hans="可降解地膜")
    ChallengeFactory(
        title_en="AI triage", title_zh_hans="人工智能分诊", summary_en="Clinics.", summary_zh_hans="诊所。"
    )
    assert shown(client.get(URL, {"q": query})) == [film.pk]


def test_confidential_details_are_not_matched_by_the_text_query(client):
    ChallengeFactory(confidential_details_en="Our supplier is Acme")
    assert shown(client.get(URL, {"q": "Acme"})) == []


def test_cards_show_organisation_type_award_sector_and_deadline_in_beijing_time(client):
    sector = SectorFactory(code="agri", name_en="Tropical agriculture", name_zh_hans="热带农业")
    challenge = ChallengeFactory(sectors=[sector], non_cash_awards=[NonCashAward.PILOT_CONTRACT])
    english = client.get(URL).content.decode()
    for text in (
        challenge.organisation.name,
        "Technical proposal",
        "CNY 200,000",
        "Pilot contract",
        "Tropical agriculture",
        "Beijing time (UTC+8)",
    ):
        assert text in english
    chinese = client.get("/zh-hans/challenges/").content.decode()
    assert "200,000 元" in chinese and "热带农业" in chinese


def test_empty_state_when_nothing_matches(client):
    response = client.get(URL, {"q": "nothing like this"})
    assert "No challenges match these filters right now." in response.content.decode()
    assert "Clear filters and see every challenge" in response.content.decode()


def test_empty_state_in_chinese(client):
    assert client.get("/zh-hans/challenges/").status_code == 200


@pytest.mark.parametrize(
    "parameters",
    [
        {"page": "abc"},
        {"page": "999999999999999999999"},
        {"sector": "999999999999999999999"},
        {"sector": "no\x00pe"},
        {"type": "unknown"},
        {"award": "gold"},
        {"status": "x"},
        {"deadline": "abc"},
        {"q": "x" * 500},
    ],
)
def test_bad_parameters_do_not_break_the_page(client, parameters):
    ChallengeFactory()
    assert client.get(URL, parameters).status_code == 200


def test_the_list_is_paginated(client):
    ChallengeFactory.create_batch(13)
    first, second = client.get(URL), client.get(URL, {"page": 2})
    assert len(shown(first)) == 12 and len(shown(second)) == 1


def test_the_number_of_queries_does_not_grow_with_the_challenges(client, django_assert_num_queries):
    sectors = [SectorFactory(code="energy"), SectorFactory(code="health")]
    ChallengeFactory.create_batch(2, sectors=sectors)
    client.get(URL)  # the first request fills what every page caches (site settings)
    fragments.forget_memory()  # both counts include drawing every card (core.cards reads the rows then)
    with CaptureQueriesContext(connection) as two_challenges:
        client.get(URL)
    ChallengeFactory.create_batch(10, sectors=sectors)
    fragments.forget_memory()
    with django_assert_num_queries(len(two_challenges)):
        response = client.get(URL)
    assert len(shown(response)) == 12

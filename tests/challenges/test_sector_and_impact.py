"""Challenges on the sector pages and the public impact page, and the "Challenges" link in the menu."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from challenges.models import Status, SubmissionStatus
from tests.accounts.factories import OrganisationFactory
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory, make_member
from tests.factories import SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agriculture():
    return SectorFactory(code="agriculture", name_en="Tropical agriculture", name_zh_hans="热带农业")


def closed(**fields):
    now = timezone.now()
    return ChallengeFactory(
        publish_at=now - datetime.timedelta(days=40), submission_deadline=now - datetime.timedelta(days=1), **fields
    )


def test_a_sector_page_lists_its_open_challenges(client, site_tree, agriculture):
    ChallengeFactory(title_en="Mulch film that degrades", sectors=[agriculture])
    ChallengeFactory(title_en="AI triage", sectors=[SectorFactory(code="health")])
    closed(title_en="Old irrigation challenge", sectors=[agriculture])
    ChallengeFactory(title_en="Draft challenge", sectors=[agriculture], status=Status.DRAFT)
    html = client.get("/en/sectors/agriculture/").content.decode()
    assert "Open innovation challenges" in html and "Mulch film that degrades" in html
    for hidden in ("AI triage", "Old irrigation challenge", "Draft challenge"):
        assert hidden not in html


def test_a_sector_page_in_chinese_shows_the_chinese_titles(client, site_tree, agriculture):
    ChallengeFactory(title_zh_hans="可降解地膜挑战", sectors=[agriculture])
    assert "可降解地膜挑战" in client.get("/zh-hans/sectors/agriculture/").content.decode()


def test_a_sector_without_open_challenges_says_so(client, site_tree, agriculture):
    html = client.get("/en/sectors/agriculture/").content.decode()
    assert "No challenges are open in this sector right now." in html


def _numbers_on(html):
    return html.split('id="impact-challenges-heading"', 1)[1]


def test_the_impact_page_counts_challenges_registrants_submissions_and_countries(client, site_tree):
    open_one, closed_one = ChallengeFactory(), closed()
    ChallengeFactory(status=Status.DRAFT)  # not counted
    german = make_member(organisation=OrganisationFactory(country="DE"))
    RegistrationFactory(challenge=open_one, user=german)
    RegistrationFactory(challenge=closed_one, user=german)  # the same solver counts once
    singaporean = RegistrationFactory(challenge=open_one, user=make_member(organisation=OrganisationFactory()))
    SubmissionFactory(registration=singaporean, status=SubmissionStatus.SUBMITTED)
    SubmissionFactory(registration=singaporean)  # a draft is not a submission received
    html = _numbers_on(client.get("/en/opportunities/impact/").content.decode())
    for number, label in (
        (2, "challenges posted"),
        (1, "challenges open for submissions"),
        (2, "registered solvers"),
        (1, "submissions received"),
        (2, "countries and regions solvers come from"),
    ):
        assert f'<span class="impact-number">{number}</span> {label}' in html, label


def test_the_impact_page_shows_the_challenges_in_chinese(client, site_tree):
    assert client.get("/zh-hans/opportunities/impact/").status_code == 200


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_the_challenge_numbers_take_a_fixed_number_of_queries(client, site_tree):
    RegistrationFactory()
    small = _queries(client, "/en/opportunities/impact/")
    for _index in range(5):
        SubmissionFactory(status=SubmissionStatus.SUBMITTED)
    assert _queries(client, "/en/opportunities/impact/") == small


def test_the_main_menu_links_to_the_challenges_in_both_languages(client, site_tree):
    assert 'href="/en/challenges/">Challenges</a>' in client.get("/en/").content.decode()
    assert 'href="/zh-hans/challenges/">' in client.get("/zh-hans/").content.decode()

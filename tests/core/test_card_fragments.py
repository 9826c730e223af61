"""List cards are kept as fragments, one per version of what they show, so a list renders only what changed."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import fragments
from tests.accounts.factories import OrganisationFactory
from tests.challenges.factories import ChallengeFactory
from tests.factories import NewsPageFactory, PolicyPageFactory
from tests.opportunities.factories import ListingFactory


def test_an_articles_card_shows_a_published_change_at_once_in_both_languages(client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    NewsPageFactory(parent=site_tree["news"], title_en="Visa rules eased", title_zh_hans="签证放宽")
    assert "Port opens</a>" in client.get("/en/news/").content.decode()
    assert "港口开放</a>" in client.get("/zh-hans/news/").content.decode()

    article.title_en = "Port opens early"
    article.title_zh_hans = "港口提前开放"
    article.save_revision().publish()

    english = client.get("/en/news/").content.decode()
    chinese = client.get("/zh-hans/news/").content.decode()
    assert "Port opens early</a>" in english and "Visa rules eased</a>" in english
    assert "港口提前开放</a>" in chinese and "签证放宽</a>" in chinese


def test_a_policy_card_and_the_home_pages_cards_follow_their_pages(client, site_tree):
    policy = PolicyPageFactory(parent=site_tree["policies"], title_en="Tax holiday", title_zh_hans="免税期")
    assert "Tax holiday</a>" in client.get("/en/policies/").content.decode()
    policy.title_en = "Tax holiday extended"
    policy.save_revision().publish()
    assert "Tax holiday extended</a>" in client.get("/en/policies/").content.decode()


def test_a_listing_card_shows_its_organisation_verified_at_once(client, db):
    organisation = OrganisationFactory(name="Blue Ocean Labs", is_verified=False)
    ListingFactory(organisation=organisation, title="Ocean sensors")
    before = client.get("/en/opportunities/").content.decode()
    assert "Blue Ocean Labs" in before and "Verified</span>" not in before
    organisation.is_verified = True
    organisation.save()
    assert "Verified</span>" in client.get("/en/opportunities/").content.decode()


def test_a_challenge_card_says_closed_once_the_deadline_passes_with_no_change_to_the_challenge(client, db, monkeypatch):
    in_two_hours = timezone.now() + datetime.timedelta(hours=2)  # the same year: fragments' keys hold the year
    challenge = ChallengeFactory(title_en="Desalination at sea", submission_deadline=in_two_hours)
    assert "Closed for submissions</span>" not in client.get("/en/challenges/").content.decode()

    after_the_deadline = challenge.submission_deadline + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: after_the_deadline)
    page = client.get("/en/challenges/").content.decode()
    assert "Desalination at sea" in page and "Closed for submissions</span>" in page


def test_a_list_whose_cards_are_in_memory_reads_only_their_keys(client, site_tree):
    for title in ("Port opens", "Visa rules eased"):
        NewsPageFactory(parent=site_tree["news"], title_en=title, intro_en=f"{title}: the details.")
    client.get("/en/news/")  # draws the cards

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/news/").content.decode()
    assert "Port opens</a>" in page and "Visa rules eased</a>" in page
    assert not [
        query["sql"] for query in queries if '"news_newspage"."intro_en"' in query["sql"]
    ]  # no article was read whole

    fragments.forget_memory()  # a new process: the cards are drawn from the articles again
    with CaptureQueriesContext(connection) as queries:
        assert "Port opens: the details." in client.get("/en/news/").content.decode()
    assert (
        len([query for query in queries if '"news_newspage"."intro_en"' in query["sql"]]) == 1
    )  # one read for the list

"""The owner's dashboard: their listings, matches with reasons, introductions; and the match-email opt-out."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Profile
from opportunities.matching import refresh_matches
from opportunities.models import ExpressionOfInterest, Status
from tests.opportunities.factories import ListingFactory
from tests.opportunities.test_matching import chinese_request, english_offer, vocab  # noqa: F401 (fixture)

URL = "/en/opportunities/dashboard/"


def test_dashboard_requires_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_dashboard_shows_the_users_own_listings_only(client, db):
    mine = ListingFactory(title="My water purifier offer")
    ListingFactory(title="Someone else's drone offer")
    client.force_login(mine.owner)
    content = client.get(URL).content.decode()
    assert "My water purifier offer" in content
    assert "Someone else&#x27;s drone offer" not in content and "drone offer" not in content


def test_dashboard_shows_a_returned_listing_with_the_moderators_reason(client, db):
    listing = ListingFactory(status=Status.RETURNED, return_reason="Please add a budget range.")
    client.force_login(listing.owner)
    content = client.get(URL).content.decode()
    assert "Returned for changes" in content and "Please add a budget range." in content


def test_dashboard_shows_a_listing_past_its_deadline_as_expired(client, db):
    listing = ListingFactory(deadline=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(listing.owner)
    assert "Expired" in client.get(URL).content.decode()


def test_dashboard_shows_matches_with_their_reasons(client, vocab):  # noqa: F811
    offer = english_offer(vocab)
    request = chinese_request(vocab, target_regions=[vocab.asean])
    refresh_matches(request)
    client.force_login(request.owner)
    content = client.get(URL).content.decode()
    assert offer.title in content
    assert "Both about AI · 人工智能" in content and "Target market: ASEAN" in content


def test_dashboard_shows_match_reasons_in_chinese(client, vocab):  # noqa: F811
    english_offer(vocab)
    request = chinese_request(vocab, target_regions=[vocab.asean])
    refresh_matches(request)
    client.force_login(request.owner)
    content = client.get("/zh-hans/opportunities/dashboard/").content.decode()
    assert "都涉及人工智能 · AI" in content and "目标市场：东盟" in content


def test_dashboard_hides_a_match_whose_listing_was_closed(client, vocab):  # noqa: F811
    offer = english_offer(vocab)
    request = chinese_request(vocab)
    refresh_matches(request)
    offer.status = Status.CLOSED
    offer.save()
    client.force_login(request.owner)
    assert offer.title not in client.get(URL).content.decode()


def test_dashboard_says_so_when_there_is_nothing_yet(client, db):
    listing = ListingFactory(status=Status.DRAFT)
    client.force_login(listing.owner)
    content = client.get(URL).content.decode()
    assert "No matches yet." in content
    assert "Nobody has expressed interest in your listings yet." in content


def test_dashboard_lists_expressions_of_interest_received(client, vocab):  # noqa: F811
    offer = english_offer(vocab)
    request = chinese_request(vocab)
    ExpressionOfInterest.objects.create(
        listing=offer,
        sender=request.owner,
        sender_organisation=request.organisation,
        message="We would like to license this.",
    )
    client.force_login(offer.owner)
    assert "海口智造" in client.get(URL).content.decode()


def _dashboard_queries(client, user):
    client.get(URL)
    with CaptureQueriesContext(connection) as context:
        assert client.get(URL).status_code == 200
    return len(context.captured_queries)


def _add_matched_listings(vocab, request, count):  # noqa: F811
    for _ in range(count):
        offer = english_offer(vocab, target_regions=[vocab.world])
        ListingFactory(owner=request.owner, organisation=request.organisation, sectors=[vocab.digital])
        ExpressionOfInterest.objects.create(
            listing=request, sender=offer.owner, sender_organisation=offer.organisation, message="Hello"
        )
        ExpressionOfInterest.objects.create(
            listing=offer, sender=request.owner, sender_organisation=request.organisation, message="Hello"
        )
    refresh_matches(request)


def test_dashboard_query_count_does_not_grow_with_data(client, vocab):  # noqa: F811
    request = chinese_request(vocab, target_regions=[vocab.asean])
    client.force_login(request.owner)
    _add_matched_listings(vocab, request, 2)
    few = _dashboard_queries(client, request.owner)
    _add_matched_listings(vocab, request, 8)
    assert _dashboard_queries(client, request.owner) == few


# One-click opt-out


def test_unsubscribe_page_asks_before_turning_emails_off(client, db):
    user = ListingFactory().owner
    response = client.get(f"/en/opportunities/unsubscribe/{user.profile.email_token}/")
    assert response.status_code == 200
    assert Profile.objects.get(user=user).match_emails is True


def test_unsubscribe_turns_match_emails_off_without_login(client, db):
    user = ListingFactory().owner
    response = client.post(f"/zh-hans/opportunities/unsubscribe/{user.profile.email_token}/")
    assert response.status_code == 200
    assert Profile.objects.get(user=user).match_emails is False


def test_unsubscribe_with_an_unknown_token_is_not_found(client, db):
    assert client.post("/en/opportunities/unsubscribe/not-a-token/").status_code == 404


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_dashboard_works_in_both_languages(client, db, language):
    listing = ListingFactory()
    client.force_login(listing.owner)
    assert client.get(f"/{language}/opportunities/dashboard/").status_code == 200
